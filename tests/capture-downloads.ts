/**
 * Catches what the app downloads in jsdom (an object URL and a clicked link, src/lib/csv.ts): each
 * file's name and content, and a CSV file read back as rows.
 */
import { vi } from 'vitest';
import { parseCsvLine } from './csv-line';

export const captureDownloads = () => {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:download-${blobs.length}`;
  });
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return {
    names,
    blobs,
    createObjectURL,
    /** The latest file's lines, without the byte-order mark and the last line break. */
    lines: async (): Promise<string[]> =>
      ((await blobs.at(-1)?.text()) ?? '')
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n'),
    /** The latest file as CSV rows, its header first. */
    rows: async (): Promise<string[][]> =>
      ((await blobs.at(-1)?.text()) ?? '')
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n')
        .map(parseCsvLine),
  };
};

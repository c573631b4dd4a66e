/**
 * CSV export of exactly what a table shows. RFC 4180 quoting, a UTF-8 byte-order mark so Excel reads
 * Cyrillic and Kazakh letters, and the separators a spreadsheet in that language expects (";" and a
 * decimal comma for kk/ru, "," and a point for en). Text cells that a spreadsheet would run as a
 * formula (=, +, -, @, tab, CR) get a leading apostrophe: data from the API is never executed.
 */
import type { PeriodRange } from '../api/contract';
import type { Locale } from './i18n/locales';
import { ASTANA_OFFSET_MINUTES, astanaDate } from './months';

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export const csvDialect = (locale: Locale) => (locale === 'en' ? { separator: ',', decimal: '.' } : { separator: ';', decimal: ',' });

export const escapeCsvCell = (cell: CsvCell, locale: Locale): string => {
  const { separator, decimal } = csvDialect(locale);
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return String(cell).replace('.', decimal);
  }
  let text = cell;
  if (FORMULA_START.test(text)) text = `'${text}`;
  if (text.includes('"') || text.includes(separator) || /[\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
};

export const toCsv = (header: readonly string[], rows: readonly (readonly CsvCell[])[], locale: Locale): string => {
  const { separator } = csvDialect(locale);
  const lines = [header, ...rows].map((row) => row.map((cell) => escapeCsvCell(cell, locale)).join(separator));
  return `\ufeff${lines.join('\r\n')}\r\n`;
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An instant as a date-time cell: "2026-12-05 17:47:08", on Astana's clock (UTC+5), the zone the screen
 * shows every time in (the header says so). A UTC ISO string ("2026-12-05T12:47:08.000Z") stayed text in
 * a spreadsheet and read five hours off the clock on the screen.
 */
export const csvDateTime = (instant: Date): string => {
  const d = new Date(instant.getTime() + ASTANA_OFFSET_MINUTES * 60_000);
  return `${astanaDate(instant)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

/** Longest file name stem written whole; a longer one keeps its start and a digest of the whole. */
const MAX_FILE_NAME = 120;

/** FNV-1a of a text, as 8 hex digits: enough to tell apart the long names of one reader's downloads. */
const digest = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
};

/**
 * A file name that is safe on every system: letters, digits, dashes. One too long for that keeps its first
 * part and a digest of the whole: cut at 80 letters, a trend of five regions lost its fifth region and its
 * "-full", and its two CSVs and pictures came down under one name.
 */
export const safeFileName = (name: string): string => {
  const safe = name
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  if (!safe) return 'export';
  return safe.length <= MAX_FILE_NAME ? safe : `${safe.slice(0, MAX_FILE_NAME - 9).replace(/-+$/, '')}-${digest(safe)}`;
};

/**
 * What an export's file name says of its months: "2025-05-2025-05", and for figures that are changes the
 * months they are compared with, "2025-05-2025-05-vs-2024-05-2024-05". One form for every CSV and picture,
 * so files of different periods (or comparisons) never overwrite each other in a downloads folder. A
 * period that runs to today ends on its last day counted: "2026-01-2026-12-06-vs-2025-01-2025-12-06" (it
 * said "2026-12", the whole month, and a file of the 6th and one of the 20th were named alike).
 */
export const periodFileName = (period: PeriodRange, comparison?: PeriodRange): string => {
  const span = (range: PeriodRange) => `${range.from}-${range.through ?? range.to}`;
  return `${span(period)}${comparison ? `-vs-${span(comparison)}` : ''}`;
};

export const downloadBlob = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download after the click handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/**
 * The CSV's file name; "-demo" at its end while the figures are the demo API's: a CSV has no room for the
 * badge the screen shows or the note pictures carry, and a file passed on must not pass for the ministry's.
 */
export const csvFileName = (name: string, demo: boolean): string => `${safeFileName(name)}${demo ? '-demo' : ''}.csv`;

export const downloadCsv = (
  fileName: string,
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  locale: Locale,
  options: { demo: boolean },
): void => downloadBlob(new Blob([toCsv(header, rows, locale)], { type: 'text/csv;charset=utf-8' }), csvFileName(fileName, options.demo));

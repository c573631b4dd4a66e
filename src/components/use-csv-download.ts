/**
 * Downloading a table as CSV from a view: in the reader's language (separators, decimal comma), and
 * marked "-demo" in its file name while /meta says the figures are demo data (`csvFileName`).
 */
import { useCallback } from 'react';
import { useMeta } from '../api/meta-query';
import { downloadCsv, type CsvCell } from '../lib/csv';
import { useI18n } from '../lib/i18n/i18n-context';

export const useCsvDownload = () => {
  const { locale } = useI18n();
  const demo = useMeta().data?.demo ?? false;
  return useCallback(
    (fileName: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]) =>
      downloadCsv(fileName, header, rows, locale, { demo }),
    [demo, locale],
  );
};

/**
 * An accessible data table: a caption, column headers that sort (announced with aria-sort), a row
 * header, optional total rows, and a CSV download of exactly the rows and columns shown, in the
 * order shown. Every chart and map has one of these behind it.
 */
import { useMemo, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import type { CsvCell } from '../lib/csv';
import { Mark } from './mark';
import { useCsvDownload } from './use-csv-download';
import { compareText } from '../lib/i18n/collate';
import { useI18n, useMessages } from '../lib/i18n/i18n-context';
import { groupsFourDigits, sharedFractionDigits, type NumberOptions } from '../lib/i18n/format';
import type { Locale } from '../lib/i18n/locales';
import { defineMessages } from '../lib/i18n/messages';
import { useFitToPaper } from '../lib/print-layout';
import { useScrollCues } from '../lib/scroll-cues';

const messages = defineMessages({
  kk: { download: 'CSV жүктеу', sortBy: '«{column}» бағаны бойынша сұрыптау', noData: 'деректер жоқ' },
  ru: { download: 'Скачать CSV', sortBy: 'Сортировать по столбцу «{column}»', noData: 'нет данных' },
  en: { download: 'Download CSV', sortBy: 'Sort by {column}', noData: 'no data' },
});

export interface Column<Row> {
  id: string;
  header: string;
  /** The raw value: used to sort and for the CSV. */
  value: (row: Row) => string | number | null;
  /**
   * What the cell shows; defaults to the value, numbers formatted for the language. Given the column's
   * number format (its decimals, four-digit groups), for a cell that writes its number its own way.
   */
  render?: (row: Row, numberFormat: NumberOptions) => ReactNode;
  numeric?: boolean;
  /** The most decimals a number of the column shows: 1 unless said (rates per 10 000 may need more not to read as 0). */
  maxFractionDigits?: number;
  sortable?: boolean;
  /** What the CSV gets when it should differ from the sort value (e.g. a status in words, sorted by rank). */
  csv?: (row: Row) => CsvCell;
  /** Only in the CSV: what the table shows some other way (a mark in a cell), as a column of its own. */
  csvOnly?: boolean;
  /** The CSV's header where the column says less there than on screen (one bound of a range shown whole). */
  csvHeader?: string;
  /**
   * Kept on one line where the screen has room (a region's name): the table's automatic layout gave the room
   * to long headers over short numbers, and broke "Солтүстік Қазақстан / облысы" at 1350 and 1600 px.
   */
  keepWhole?: boolean;
}

/** Room between a control scrolled out from behind the row-header column and that column's edge. */
const CLEARANCE_PX = 8;

/** No totals row: one array for every render, so what is derived from the rows is not worked out again. */
const NO_TOTALS: readonly never[] = [];

export interface SortState {
  column: string;
  descending: boolean;
}

interface DataTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The column whose cells are row headers (e.g. the region name). */
  rowHeader?: string;
  totals?: readonly Row[];
  sort?: SortState | null;
  onSortChange?: (sort: SortState) => void;
  defaultSort?: SortState | null;
  /** Rows arrive in `sort` order already (sorted by the server, e.g. one page of many): show the sort, do not re-sort. */
  presorted?: boolean;
  /** File name (without extension) for the CSV download; no download button when absent. */
  csvName?: string;
  captionHidden?: boolean;
  className?: string;
  testId?: string;
}

const compare = (a: string | number | null, b: string | number | null, locale: Locale): number => {
  if (a === null && b === null) return 0;
  if (a === null) return 1; // "no data" sorts last either way
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareText(locale)(String(a), String(b));
};

export const DataTable = <Row,>({
  caption,
  columns,
  rows,
  rowKey,
  rowHeader,
  totals = NO_TOTALS,
  sort: controlledSort,
  onSortChange,
  defaultSort = null,
  presorted = false,
  csvName,
  captionHidden = false,
  className,
  testId,
}: DataTableProps<Row>) => {
  const t = useMessages(messages);
  const { locale, format } = useI18n();
  const downloadCsv = useCsvDownload();
  const scrollRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  useFitToPaper(scrollRef);
  useScrollCues(scrollRef, frameRef);
  const [ownSort, setOwnSort] = useState<SortState | null>(defaultSort);
  const sort = controlledSort === undefined ? ownSort : controlledSort;
  const setSort = (next: SortState) => (onSortChange ? onSortChange(next) : setOwnSort(next));

  const sorted = useMemo(() => {
    const column = sort ? columns.find((c) => c.id === sort.column) : undefined;
    if (presorted || !sort || !column) return rows;
    return [...rows].sort((ra, rb) => {
      const a = column.value(ra);
      const b = column.value(rb);
      if (a === null || b === null) return compare(a, b, locale);
      const c = compare(a, b, locale);
      return sort.descending ? -c : c;
    });
  }, [rows, columns, sort, locale, presorted]);

  // A column of numbers is written alike down its length: one number of decimals (at most one, or the column's own most), "7,0"
  // beside "16,2", not "7"; and with a number of five digits or more, its four-digit ones grouped too, so
  // thousands stand under thousands ("9 985" under "11 118", not "9985").
  const numberFormats = useMemo(() => {
    const numbersOf = (column: Column<Row>) =>
      [...rows, ...totals].map((row) => column.value(row)).filter((v): v is number => typeof v === 'number');
    return new Map(
      columns.map((column): [string, NumberOptions] => {
        const numbers = numbersOf(column);
        return [
          column.id,
          { fractionDigits: sharedFractionDigits(numbers, column.maxFractionDigits ?? 1), groupFourDigits: groupsFourDigits(numbers) },
        ];
      }),
    );
  }, [columns, rows, totals]);

  const cell = (column: Column<Row>, row: Row): ReactNode => {
    if (column.render) return column.render(row, numberFormats.get(column.id) ?? {});
    const v = column.value(row);
    if (v === null) return <span className="no-data">{t('noData')}</span>;
    return typeof v === 'number' ? format.number(v, numberFormats.get(column.id)) : v;
  };

  // A control focused under the row-header column, which stays in place, is scrolled out from behind it
  // (WCAG 2.4.11): the browser brings a focused sort button into the box, not clear of the names, and
  // Shift+Tab through the headers of the regions table on a phone hid three of them entirely.
  const clearOfRowHeader = (event: FocusEvent<HTMLDivElement>) => {
    const box = event.currentTarget;
    const target = event.target;
    if (!rowHeader || target === box || target.closest('.data-table__row-header')) return;
    const names = box.querySelector('thead .data-table__row-header');
    if (!names) return;
    const hidden = names.getBoundingClientRect().right - target.getBoundingClientRect().left;
    if (hidden > 0) box.scrollLeft -= hidden + CLEARANCE_PX;
  };

  const onDownload = () => {
    const header = columns.map((c) => c.csvHeader ?? c.header);
    const body: CsvCell[][] = [...sorted, ...totals].map((row) => columns.map((c) => (c.csv ? c.csv(row) : c.value(row))));
    downloadCsv(csvName ?? caption, header, body);
  };

  // Body and total rows are built alike: the row-header column as <th scope="row">, the rest as cells.
  // The row-header column (and its header) stays in place while a table wider than the screen scrolls
  // sideways: swiped to its last columns, a row was figures with no region to tell which.
  const shown = columns.filter((column) => !column.csvOnly);
  const tableRow = (row: Row) => (
    <tr key={rowKey(row)}>
      {shown.map((column) =>
        column.id === rowHeader ? (
          <th key={column.id} scope="row" className={`data-table__row-header${column.keepWhole ? ' data-table__whole' : ''}`}>
            {cell(column, row)}
          </th>
        ) : (
          <td
            key={column.id}
            className={[column.numeric ? 'numeric' : '', column.keepWhole ? 'data-table__whole' : ''].join(' ').trim() || undefined}
          >
            {cell(column, row)}
          </td>
        ),
      )}
    </tr>
  );

  return (
    <div className={`data-table${className ? ` ${className}` : ''}`}>
      {csvName ? (
        <div className="data-table__tools">
          <button type="button" className="button" onClick={onDownload}>
            {t('download')}
          </button>
        </div>
      ) : null}
      <div ref={frameRef} className={`data-table__frame${rowHeader ? ' data-table__frame--row-header' : ''}`}>
        <div ref={scrollRef} className="data-table__scroll" role="region" aria-label={caption} tabIndex={0} onFocus={clearOfRowHeader}>
          <table data-testid={testId}>
            <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
            <thead>
              <tr>
                {shown.map((column) => {
                  const active = sort?.column === column.id;
                  const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : column.sortable ? 'none' : undefined;
                  const className = [column.numeric ? 'numeric' : '', column.id === rowHeader ? 'data-table__row-header' : '']
                    .filter(Boolean)
                    .join(' ');
                  return (
                    <th key={column.id} scope="col" aria-sort={ariaSort} className={className || undefined} data-column={column.id}>
                      {column.sortable ? (
                        <button
                          type="button"
                          className="data-table__sort"
                          onClick={() => setSort({ column: column.id, descending: active ? !sort.descending : Boolean(column.numeric) })}
                          aria-label={t('sortBy', { column: column.header })}
                        >
                          {column.header}
                          {/* Joined to the last word by a no-break space: a wrapped header keeps its mark. */}
                          <span aria-hidden="true" className="data-table__sort-mark">
                            {'\u00a0'}
                            <Mark shape={active ? (sort.descending ? 'down' : 'up') : 'sortable'} />
                          </span>
                        </button>
                      ) : (
                        column.header
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>{sorted.map(tableRow)}</tbody>
            {totals.length ? <tfoot>{totals.map(tableRow)}</tfoot> : null}
          </table>
        </div>
      </div>
    </div>
  );
};

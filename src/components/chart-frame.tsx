/**
 * Every chart is three things (as in Our World in Data's grapher): the chart, a table of the same
 * numbers, and downloads — CSV of what is shown, CSV of the full series, and the chart as PNG or SVG
 * with title, source, as-of date and the demo label. The active tab lives in the URL.
 */
import { Suspense, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { ChunkLoader } from './lazy-loadable';
import { OnScreen } from './on-screen';
import { PictureButtons } from './picture-buttons';
import { chartPicture } from '../lib/chart-export';
import type { CsvCell } from '../lib/csv';
import { useCsvDownload } from './use-csv-download';
import { whilePrinting } from '../lib/print-layout';
import { useMessages } from '../lib/i18n/i18n-context';
import { defineMessages } from '../lib/i18n/messages';
import { updateSearch, useSearchParam } from '../lib/router';

const messages = defineMessages({
  kk: {
    chart: 'Диаграмма',
    table: 'Кесте',
    csvShown: 'CSV (көрсетілгені)',
    csvFull: 'CSV (толық қатар)',
    views: 'Көрініс',
    downloads: 'Жүктеу',
  },
  ru: {
    chart: 'График',
    table: 'Таблица',
    csvShown: 'CSV (показанное)',
    csvFull: 'CSV (весь ряд)',
    views: 'Вид',
    downloads: 'Скачать',
  },
  en: {
    chart: 'Chart',
    table: 'Table',
    csvShown: 'CSV (as shown)',
    csvFull: 'CSV (full series)',
    views: 'View',
    downloads: 'Download',
  },
});

export interface CsvData {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

interface ChartFrameProps {
  /** Distinguishes this frame's tab in the URL: `?<tabParam>=table`. */
  tabParam: string;
  title: string;
  subtitle?: string;
  asOf: Date | null;
  demo: boolean;
  /**
   * The chart, memoised on what it draws: a new element draws it again (recharts: 10–30 ms a chart),
   * and a page renders several times per refresh (a query starts fetching, the status light changes)
   * mostly without changing what a chart shows (useSharedValue keeps derived rows' identity).
   */
  chart: ReactNode;
  /**
   * What holds the chart's place until it is drawn, as tall as the chart: the server's HTML, a chart
   * not yet near the viewport and one whose code is on its way show it, so nothing below moves when
   * the chart arrives.
   */
  placeholder: ReactNode;
  /** The chart's chunk, for a chart in one of its own (the `lazyLoadable` itself): drawn only once it is here. */
  chartCode?: ChunkLoader;
  table: ReactNode;
  /** A sentence describing the trend in words, read by everyone (not only screen readers). */
  summary?: string;
  csvShown: CsvData;
  csvFull?: CsvData;
  fileName: string;
}

export const ChartFrame = ({
  tabParam,
  title,
  subtitle,
  asOf,
  demo,
  chart,
  placeholder,
  chartCode,
  table,
  summary,
  csvShown,
  csvFull,
  fileName,
}: ChartFrameProps) => {
  const t = useMessages(messages);
  const downloadCsv = useCsvDownload();
  const tab = useSearchParam(tabParam) === 'table' ? 'table' : 'chart';
  const id = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const tableForPrint = useTableForPrint(tab === 'chart' ? chartCode : undefined);

  // The same element while the chart and its placeholder are: OnScreen redraws whenever it gets a new one.
  const content = useMemo(() => <Suspense fallback={placeholder}>{chart}</Suspense>, [chart, placeholder]);

  // The chart itself, never the first SVG in the frame: recharts' legend icons are SVGs too.
  const chartSvg = () => (chartRef.current ? chartPicture(chartRef.current) : null);

  const tabs = [
    { key: 'chart', label: t('chart') },
    { key: 'table', label: t('table') },
  ] as const;

  return (
    <div className="chart-frame">
      <div className="chart-frame__bar">
        <div role="tablist" aria-label={t('views')} className="chart-frame__tabs">
          {tabs.map((item) => (
            <button
              key={item.key}
              type="button"
              role="tab"
              id={`${id}-${item.key}-tab`}
              aria-selected={tab === item.key}
              aria-controls={`${id}-${item.key}`}
              tabIndex={tab === item.key ? 0 : -1}
              className="chart-frame__tab"
              onClick={() => updateSearch({ [tabParam]: item.key === 'chart' ? null : 'table' })}
              onKeyDown={(event) => {
                // The tabs pattern's keys: the arrows go to the other tab, Home to the first, End to the last.
                const other = tab === 'chart' ? 'table' : 'chart';
                const target: Partial<Record<string, 'chart' | 'table'>> = {
                  ArrowRight: other,
                  ArrowLeft: other,
                  Home: 'chart',
                  End: 'table',
                };
                const next = target[event.key];
                if (next === undefined) return;
                event.preventDefault(); // Home and End would scroll the page
                updateSearch({ [tabParam]: next === 'chart' ? null : 'table' });
                document.getElementById(`${id}-${next}-tab`)?.focus();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
        <div className="chart-frame__downloads" role="group" aria-label={`${t('downloads')}: ${title}`}>
          <button type="button" className="button" onClick={() => downloadCsv(fileName, csvShown.header, csvShown.rows)}>
            {t('csvShown')}
          </button>
          {csvFull ? (
            <button type="button" className="button" onClick={() => downloadCsv(`${fileName}-full`, csvFull.header, csvFull.rows)}>
              {t('csvFull')}
            </button>
          ) : null}
          {tab === 'chart' ? <PictureButtons info={{ title, subtitle, asOf, demo, fileName }} svg={chartSvg} /> : null}
        </div>
      </div>
      {summary ? <p className="chart-frame__summary">{summary}</p> : null}
      <div
        role="tabpanel"
        id={`${id}-chart`}
        aria-labelledby={`${id}-chart-tab`}
        hidden={tab !== 'chart'}
        ref={chartRef}
        className="chart-frame__chart"
      >
        {tab !== 'chart' ? null : tableForPrint ? (
          table
        ) : (
          <OnScreen placeholder={placeholder} ready={chartCode?.load}>
            {content}
          </OnScreen>
        )}
      </div>
      <div role="tabpanel" id={`${id}-table`} aria-labelledby={`${id}-table-tab`} hidden={tab !== 'table'}>
        {tab === 'table' ? table : null}
      </div>
    </div>
  );
};

/**
 * Whether to print the table in the chart's place: its code comes as the chart nears the viewport, and
 * printing cannot wait for it, so a chart scrolled past by no one was printed as an empty box. The code
 * is fetched then, for the next print; back on screen the chart's place is the chart's again.
 */
const useTableForPrint = (chartCode: ChunkLoader | undefined): boolean => {
  const [tableForPrint, setTableForPrint] = useState(false);
  useEffect(() => {
    if (!chartCode) return;
    const stopFollowingPrint = whilePrinting(
      () => {
        if (chartCode.loaded()) return;
        flushSync(() => setTableForPrint(true));
        chartCode.load().catch(() => undefined);
      },
      () => setTableForPrint(false),
    );
    return () => {
      stopFollowingPrint();
      setTableForPrint(false);
    };
  }, [chartCode]);
  return tableForPrint;
};

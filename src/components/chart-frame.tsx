/**
 * Every chart is three things (as in Our World in Data's grapher): the chart, a table of the same
 * numbers, and downloads — CSV of what is shown, CSV of the full series, and the chart as PNG or SVG
 * with title, source, as-of date and the demo label. The active tab lives in the URL.
 */
import { Suspense, useId, useRef, useState, type ReactNode } from 'react';
import { OnScreen } from './on-screen';
import { downloadChartPng, downloadChartSvg, type ChartCaption } from '../lib/chart-export';
import { downloadCsv, type CsvCell } from '../lib/csv';
import { commonMessages } from '../lib/i18n/common-messages';
import { useI18n, useMessages } from '../lib/i18n/i18n-context';
import { defineMessages } from '../lib/i18n/messages';
import { updateSearch, useSearchParam } from '../lib/router';

const messages = defineMessages({
  kk: {
    chart: 'Диаграмма',
    table: 'Кесте',
    csvShown: 'CSV (көрсетілгені)',
    csvFull: 'CSV (толық қатар)',
    png: 'PNG',
    svg: 'SVG',
    views: 'Көрініс',
    downloads: 'Жүктеу',
    asOf: 'Деректер {time} жағдай бойынша',
    pictureFailed: 'Сурет жасалмады: {reason}.',
  },
  ru: {
    chart: 'График',
    table: 'Таблица',
    csvShown: 'CSV (показанное)',
    csvFull: 'CSV (весь ряд)',
    png: 'PNG',
    svg: 'SVG',
    views: 'Вид',
    downloads: 'Скачать',
    asOf: 'Данные на {time}',
    pictureFailed: 'Не удалось сделать картинку: {reason}.',
  },
  en: {
    chart: 'Chart',
    table: 'Table',
    csvShown: 'CSV (as shown)',
    csvFull: 'CSV (full series)',
    png: 'PNG',
    svg: 'SVG',
    views: 'View',
    downloads: 'Download',
    asOf: 'Data as of {time}',
    pictureFailed: 'The picture could not be made: {reason}.',
  },
});

/** What a downloaded picture says around the chart: title above; source, as-of time and demo label below. */
export interface PictureInfo {
  title: string;
  subtitle?: string;
  asOf: Date | null;
  demo: boolean;
  fileName: string;
}

/**
 * The PNG and SVG download buttons of a picture. `svg` gives the picture when asked (it may have to be
 * drawn first, as the map's is); null when there is nothing to draw.
 */
export const PictureButtons = ({ info, svg }: { info: PictureInfo; svg: () => SVGSVGElement | null | Promise<SVGSVGElement | null> }) => {
  const t = useMessages(messages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  const caption = (): ChartCaption => ({
    title: info.title,
    subtitle: info.subtitle,
    footer: [
      common('footerSource'),
      info.asOf ? t('asOf', { time: format.dateTime(info.asOf) }) : '',
      info.demo ? `${common('demoBadge')}: ${common('demoExplanation')}` : '',
    ].filter(Boolean),
  });
  // What failed, said next to the buttons (the map's shapes may not load, a browser may refuse the canvas).
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (kind: 'png' | 'svg') => {
    setFailure(null);
    try {
      const picture = await svg();
      if (!picture) return;
      if (kind === 'png') await downloadChartPng(picture, caption(), info.fileName);
      else downloadChartSvg(picture, caption(), info.fileName);
    } catch (error) {
      setFailure(t('pictureFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void download('png')}>
        {t('png')}
      </button>
      <button type="button" className="button" onClick={() => void download('svg')}>
        {t('svg')}
      </button>
      {failure ? (
        <span role="alert" className="notice">
          {failure}
        </span>
      ) : null}
    </>
  );
};

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
  chart: ReactNode;
  /**
   * What holds the chart's place until it is drawn, as tall as the chart: the server's HTML, a chart
   * not yet near the viewport and one whose code is on its way show it, so nothing below moves when
   * the chart arrives.
   */
  placeholder: ReactNode;
  /** The chart's chunk, for a chart in one of its own (`lazyChart`): drawn only once it is here. */
  loadChart?: () => Promise<void>;
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
  loadChart,
  table,
  summary,
  csvShown,
  csvFull,
  fileName,
}: ChartFrameProps) => {
  const t = useMessages(messages);
  const { locale } = useI18n();
  const tab = useSearchParam(tabParam) === 'table' ? 'table' : 'chart';
  const id = useId();
  const chartRef = useRef<HTMLDivElement>(null);

  const chartSvg = () => chartRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface, svg[data-exportable]') ?? null;

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
                if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                  const next = tab === 'chart' ? 'table' : 'chart';
                  updateSearch({ [tabParam]: next === 'chart' ? null : 'table' });
                  document.getElementById(`${id}-${next}-tab`)?.focus();
                }
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
        <div className="chart-frame__downloads" role="group" aria-label={`${t('downloads')}: ${title}`}>
          <button type="button" className="button" onClick={() => downloadCsv(`${fileName}`, csvShown.header, csvShown.rows, locale)}>
            {t('csvShown')}
          </button>
          {csvFull ? (
            <button type="button" className="button" onClick={() => downloadCsv(`${fileName}-full`, csvFull.header, csvFull.rows, locale)}>
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
        {tab === 'chart' ? (
          <OnScreen placeholder={placeholder} ready={loadChart}>
            <Suspense fallback={placeholder}>{chart}</Suspense>
          </OnScreen>
        ) : null}
      </div>
      <div role="tabpanel" id={`${id}-table`} aria-labelledby={`${id}-table-tab`} hidden={tab !== 'table'}>
        {tab === 'table' ? table : null}
      </div>
    </div>
  );
};

/**
 * A trend panel: monthly lines of one metric for a few series (the country, regions or directions),
 * absolute or per 10,000 residents, over the selected period with its comparison period aligned; a
 * sentence per series saying the period's value and its change in words and numbers; and, through
 * ChartFrame, the table of the same numbers and the downloads (CSV shown and full, PNG, SVG).
 *
 * Each series is its full history from /timeseries (from the data's first month to now), so changing
 * the period re-slices what is loaded instead of fetching again. The chart itself is lazy.
 */
import { useQueries } from '@tanstack/react-query';
import { useMemo, type CSSProperties, type ReactNode } from 'react';
import type { Comparison, DirectionId, MetricId, RegionCode } from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { ChartFrame, type CsvData } from '../../../components/chart-frame';
import { lazyLoadable } from '../../../components/lazy-loadable';
import { DataTable, type Column } from '../../../components/data-table';
import type { LineChartSeries } from '../../../components/line-chart';
import { Panel } from '../../../components/panel';
import { periodFileName, type CsvCell } from '../../../lib/csv';
import { roundAsShown } from '../../../lib/i18n/format';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { capitalise } from '../../../lib/i18n/messages';
import { monthOfDate, parsePeriod, soFar } from '../../../lib/months';
import { formatRange } from '../../../lib/period-label';
import { seriesStyle } from '../../../lib/series-style';
import { useSharedValue } from '../../../lib/use-shared-value';
import { partialKey } from '../../../lib/time-series';
import { timeseriesQueryOptions } from '../api/timeseries-queries';
import { trendsMessages } from '../messages';
import {
  buildTrend,
  comparisonKey,
  fullHistory,
  fullHistoryFractionDigits,
  tableFractionDigits,
  type PeriodTotals,
  type TrendTableRow,
} from '../model/trend-model';
import { partialMonthSentence, trendSentence } from '../model/trend-sentence';
import './trends.css';

const LineChart = lazyLoadable(() => import('../../../components/line-chart').then((m) => m.LineChart));

export interface TrendSeriesSpec {
  /** Stable key: "national", a region code or a direction id. */
  key: string;
  label: string;
  /** Position in a stable list (e.g. the contract's directions), so a series keeps its colour and marker. */
  styleIndex: number;
  region: RegionCode | null;
  direction: DirectionId | null;
  /** For values per 10,000 residents. */
  population: number | null;
}

interface TrendChartPanelProps {
  id: string;
  title: string;
  /** URL parameter of the chart | table tab. */
  tabParam: string;
  specs: readonly TrendSeriesSpec[];
  metric: MetricId;
  per10k: boolean;
  period: string;
  compare: Comparison;
  /** What the series cover, e.g. "all directions" or a direction's name (subtitle of the chart). */
  scope: string;
  /** The start of the downloads' names; the months shown and those compared with follow, then `fileSelection`. */
  fileName: string;
  /** What the reader chose to see, where the default is not (regions, directions), at the end of the downloads' names. */
  fileSelection?: string;
  controls?: ReactNode;
  /** Shown instead of the chart when there is nothing to draw (e.g. no direction chosen). */
  empty?: string;
  /** A note under the sentences, e.g. that the national average is shown for reference. */
  note?: string;
  /** The API's totals of the period by series key, which the sentences then state (see `TrendInput.totals`). */
  totals?: ReadonlyMap<string, PeriodTotals>;
}

/** Custom properties the placeholders' heights are computed from (trends.css). */
type PlaceholderStyle = CSSProperties & Record<`--${string}`, number>;
export const TrendChartPanel = ({
  id,
  title,
  tabParam,
  specs,
  metric,
  per10k,
  period,
  compare,
  scope,
  fileName,
  fileSelection,
  controls,
  empty,
  note,
  totals,
}: TrendChartPanelProps) => {
  const t = useMessages(trendsMessages);
  const { locale, format } = useI18n();
  const meta = useMeta();
  const latest = meta.data ? monthOfDate(new Date(meta.data.asOf)) : null;
  const earliest = meta.data?.dataFrom ?? '2019-01';
  const queries = useQueries({
    queries: specs.map((s) => ({
      ...timeseriesQueryOptions({ metric, region: s.region, direction: s.direction, from: earliest, to: latest ?? earliest }),
      enabled: latest !== null,
    })),
  });

  const metricInfo = meta.data?.metrics.find((m) => m.id === metric);
  const metricName = metricInfo?.name[locale] ?? metric;
  const kind = metricInfo?.kind ?? 'stock';
  const range = useSharedValue(latest ? (parsePeriod(period, latest, earliest) ?? parsePeriod('ytd', latest, earliest))?.range : undefined);
  const loaded = queries.every((q) => q.data);
  // Built again only when an answer or the choice changes, not on each of the renders a refresh brings
  // (every series' query starts and ends fetching); the same trend also keeps the chart from being redrawn.
  const inputs = useSharedValue(specs.map((s, i) => ({ key: s.key, points: queries[i]?.data?.points ?? [], population: s.population })));
  const asOf = meta.data?.asOf ?? null;
  const trend = useMemo(
    () =>
      range && loaded
        ? buildTrend({
            series: inputs,
            period: range,
            compare,
            kind,
            per10k,
            earliest,
            // The same moment the window's last month (`latest`) comes from.
            asOf: asOf === null ? null : new Date(asOf),
            totals,
          })
        : null,
    [inputs, range, loaded, compare, kind, per10k, earliest, asOf, totals],
  );

  const chartTitle = t(per10k ? 'chartTitlePer10k' : 'chartTitle', { metric: metricName });
  // A window that ends in the month under way runs to today: its lines and columns hold no whole December.
  const windowText = trend ? formatRange(format, asOf === null ? trend.window : soFar(trend.window, new Date(asOf))) : '';
  const comparisonWindowText = trend ? formatRange(format, trend.comparisonWindow) : '';
  // It follows the title as a sentence of its own ("Volunteers by month. All directions; …") and starts the picture's second line.
  const subtitle = capitalise(t('chartSubtitle', { scope, window: windowText }));
  // One number of decimals for the table, its file and the chart's tooltip: the same figure reads the same.
  const digits = useMemo(() => (trend ? tableFractionDigits(trend.table, per10k) : 0), [trend, per10k]);
  const show = (v: number | null) => (v === null ? null : roundAsShown(v, digits));
  const text = (v: number | null) => (v === null ? '—' : format.number(v, { fractionDigits: digits }));
  const context = { t, format, compare, kind, per10k, tableDigits: digits } as const;

  const series: LineChartSeries[] = [];
  if (trend) {
    for (const s of specs) {
      series.push({
        key: s.key,
        partialKey: partialKey(s.key),
        label: trend.comparisonLines ? t('comparisonLine', { label: s.label, period: windowText }) : s.label,
        // The tooltip's heading names the month.
        tooltip: { name: s.label },
        style: seriesStyle(s.styleIndex),
      });
    }
    if (trend.comparisonLines) {
      for (const s of specs) {
        series.push({
          key: comparisonKey(s.key),
          label: t('comparisonLine', { label: s.label, period: comparisonWindowText }),
          // Its value under the heading "September 2026" is September 2025's: the tooltip says so.
          tooltip: { name: s.label, monthsBack: trend.offset },
          style: seriesStyle(s.styleIndex),
          comparison: true,
        });
      }
    }
  }

  // What the chart draws, the same object while a refresh changes none of it, so the chart is drawn again
  // only when it does (see ChartFrame's `chart`).
  const drawn = useSharedValue(
    trend ? { rows: trend.rows, series, domain: trend.domain, highlight: trend.window.extended ? trend.period : null } : null,
  );
  const ariaLabel = `${chartTitle}. ${subtitle}`;
  // Holds the chart's place, as tall as the chart and its legend, until it is drawn; the same element
  // while the number of lines is, as ChartFrame's OnScreen redraws whenever it gets a new one.
  const lines = series.length;
  const chartPlaceholder = useMemo(
    () => <div className="trend-panel__chart-placeholder" style={{ '--lines': lines } as PlaceholderStyle} />,
    [lines],
  );
  const chart = useMemo(
    () =>
      drawn ? (
        <LineChart
          rows={drawn.rows}
          series={drawn.series}
          domain={drawn.domain.domain}
          ticks={drawn.domain.ticks}
          formatValue={(v) => format.number(v, { fractionDigits: digits })}
          formatMonth={(m) => format.month(m)}
          formatMonthTick={(m) => format.month(m, 'short')}
          highlight={drawn.highlight}
          ariaLabel={ariaLabel}
        />
      ) : null,
    [drawn, format, digits, ariaLabel],
  );

  const columns: Column<TrendTableRow>[] = trend
    ? [
        { id: 'month', header: t('month'), value: (r) => r.month, render: (r) => `${format.month(r.month)}${r.partial ? ' *' : ''}` },
        ...specs.map((s): Column<TrendTableRow> => ({
          id: `v-${s.key}`,
          header: t('valueIn', { label: s.label, period: windowText }),
          value: (r) => show(r.values[s.key] ?? null),
          render: (r) => text(r.values[s.key] ?? null),
          numeric: true,
        })),
        {
          id: 'comparisonMonth',
          header: t('comparisonMonth'),
          value: (r) => r.comparisonMonth,
          render: (r) => format.month(r.comparisonMonth),
        },
        ...specs.map((s): Column<TrendTableRow> => ({
          id: `p-${s.key}`,
          header: t('valueIn', { label: s.label, period: comparisonWindowText }),
          value: (r) => show(r.previous[s.key] ?? null),
          render: (r) => text(r.previous[s.key] ?? null),
          numeric: true,
        })),
      ]
    : [];

  // A file has no room for the table's asterisk and its footnote: the month under way says so in its cell,
  // or a spreadsheet reads its value so far as the whole month's.
  const monthCell = (month: string, partial: boolean): string => (partial ? t('incompleteMonth', { month }) : month);
  const csvShown: CsvData = {
    header: columns.map((c) => c.header),
    rows: (trend?.table ?? []).map((r) =>
      columns.map((c): CsvCell =>
        c.id === 'month'
          ? monthCell(format.month(r.month), r.partial)
          : c.id === 'comparisonMonth'
            ? format.month(r.comparisonMonth)
            : c.value(r),
      ),
    ),
  };
  const fullRows = trend
    ? fullHistory(
        specs.map((s, i) => ({ key: s.key, points: queries[i]?.data?.points ?? [], population: s.population })),
        per10k,
      )
    : [];
  const fullDigits = fullHistoryFractionDigits(digits, per10k);
  const csvFull: CsvData = {
    header: [t('month'), ...specs.map((s) => s.label)],
    rows: fullRows.map((r) => [monthCell(r.month, r.partial), ...r.values.map((v) => (per10k ? roundAsShown(v, fullDigits) : v))]),
  };
  const partialRow = trend?.table.find((r) => r.partial);
  const partialInPeriod = trend?.summaries.find((s) => s.partialMonth)?.partialMonth ?? null;
  // A series still loading (a region just ticked) must not blank the panel and its controls: only the chart waits.
  const panelQueries = [
    ...queries.map((q) => ({
      error: q.error,
      failureReason: q.failureReason,
      data: q.data,
      hasData: q.data !== undefined || q.isPending,
      isFetching: q.isFetching,
      dataUpdatedAt: q.dataUpdatedAt,
      refetch: q.refetch,
    })),
    meta,
  ];

  return (
    <Panel
      id={id}
      title={title}
      className="trend-panel"
      queries={panelQueries}
      skeleton={<div className="skeleton trend-panel__skeleton" />}
    >
      {controls}
      {specs.length === 0 ? (
        <p className="trend-panel__empty">{empty}</p>
      ) : trend ? (
        <>
          <ul className="trend-panel__sentences" data-testid={`${id}-sentences`}>
            {specs.map((s, i) => {
              const summary = trend.summaries[i];
              return summary ? <li key={s.key}>{trendSentence(s.label, summary, trend, context, false)}</li> : null;
            })}
          </ul>
          {partialInPeriod ? <p className="trend-panel__note">{partialMonthSentence(partialInPeriod, context)}</p> : null}
          {note ? <p className="trend-panel__note">{note}</p> : null}
          <ChartFrame
            tabParam={tabParam}
            title={chartTitle}
            subtitle={subtitle}
            asOf={meta.data ? new Date(meta.data.asOf) : null}
            demo={meta.data?.demo ?? false}
            summary={trend.window.extended ? t('selectedPeriodShaded', { period: formatRange(format, trend.period) }) : undefined}
            // The choice after the months: a name cut to its length limit loses the end of a long choice, not the period.
            fileName={`${fileName}-${periodFileName(trend.window, trend.comparisonWindow)}${fileSelection ? `-${fileSelection}` : ''}`}
            csvShown={csvShown}
            csvFull={csvFull}
            placeholder={chartPlaceholder}
            chartCode={LineChart}
            chart={chart}
            table={
              <>
                <DataTable<TrendTableRow>
                  caption={`${chartTitle}. ${subtitle}`}
                  columns={columns}
                  rows={trend.table}
                  rowKey={(r) => r.month}
                  rowHeader="month"
                  testId={`${id}-table`}
                />
                {partialRow ? (
                  <p className="trend-panel__note">{t('partialMonthNote', { month: format.month(partialRow.month) })}</p>
                ) : null}
              </>
            }
          />
        </>
      ) : (
        // As tall as what comes: a sentence a series, the note of the month under way and `note`, the chart.
        <div
          className="trend-panel__loading"
          aria-busy="true"
          style={{ '--series': specs.length, '--notes': note ? 2 : 1 } as PlaceholderStyle}
        >
          {t('loadingSeries')}
        </div>
      )}
    </Panel>
  );
};

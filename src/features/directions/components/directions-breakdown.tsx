/**
 * The breakdown of a metric by direction for the period: bars of shares with each direction's value,
 * the ministry's four priorities marked, a sentence saying what stands out, and the same numbers as a
 * table (value, share, comparison value, change) with CSV and picture downloads. `compact` is the
 * overview's version: the same chart and table with a link to the directions page.
 *
 * The bars are plain SVG (share-bar-chart.tsx), drawn when the panel comes near the viewport.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Comparison, MetricId } from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { ChartFrame, type CsvData } from '../../../components/chart-frame';
import { DataTable, type Column } from '../../../components/data-table';
import { Panel } from '../../../components/panel';
import { periodFileName } from '../../../lib/csv';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { rateFractionDigits, roundAsShown } from '../../../lib/i18n/format';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { formatRange } from '../../../lib/period-label';
import { useSharedValue } from '../../../lib/use-shared-value';
import { Link, useLinkWithParams } from '../../../lib/router';
import { CARRIED_PARAMS } from '../../../lib/view-state';
import { directionsQueryOptions } from '../../../api/directions-query';
import { directionsMessages } from '../messages';
import { buildBreakdown, extremesOfChange, perTen, type BreakdownRow } from '../model/directions-model';
import { ShareBarsPlaceholder, ShareBarsWithKey } from '../../../components/share-bar-chart';
import { ROW_PX, barLabel, type ShareBar } from '../../../lib/share-bar-layout';
import './directions.css';

interface DirectionsBreakdownProps {
  period: string;
  compare: Comparison;
  metric: MetricId;
  /** The overview's short version: a link to the directions page instead of the page's own title. */
  compact?: boolean;
  /** Each direction's figure per 10 000 residents of the country (`?per=10k`); shares and changes are the counts'. */
  per10k?: boolean;
}

type Row = BreakdownRow & { name: string };
const TOTAL_ID = '__total';

export const DirectionsBreakdown = ({ period, compare, metric, compact = false, per10k = false }: DirectionsBreakdownProps) => {
  const t = useMessages(directionsMessages);
  const common = useMessages(commonMessages);
  const { locale, format } = useI18n();
  const linkTo = useLinkWithParams();
  const meta = useMeta();
  const query = useQuery({ ...directionsQueryOptions({ region: null, period, compare }), placeholderData: keepPreviousData });
  const data = query.data;
  const directions = meta.data?.directions;

  const breakdown = useMemo(
    () => (data && directions ? buildBreakdown(data.directions, directions, metric) : null),
    [data, directions, metric],
  );
  const countName = meta.data?.metrics.find((m) => m.id === metric)?.name[locale] ?? metric;
  const metricName = per10k ? `${countName}, ${t('per10kUnit')}` : countName;
  const periodText = data ? formatRange(format, data.period) : '';
  const comparisonText = data ? formatRange(format, data.comparison) : '';
  const nameOf = (id: string) => directions?.find((d) => d.id === id)?.name[locale] ?? id;
  const shareText = (v: number | null) => (v === null ? common('noData') : format.percent(v, { fractionDigits: 1 }));
  const changeText = (row: { change: BreakdownRow['change'] }) => roundAsShown(row.change?.percent, 1);

  const rows: Row[] = breakdown ? breakdown.rows.map((r) => ({ ...r, name: nameOf(r.id) })) : [];
  const totalRow: Row | null = breakdown
    ? {
        id: 'elderly',
        name: t('total'),
        priority: false,
        value: breakdown.total,
        previous: breakdown.previousTotal,
        share: breakdown.total === null ? null : 100,
        displayShare: breakdown.total === null ? null : 100,
        change: breakdown.totalChange,
      }
    : null;

  // Per 10 000 residents: the country's rate in each direction, with the decimals that tell the smallest
  // from zero (as the leading regions and the maps write rates). A share or a change is the same either way.
  const rateOf = (v: number | null) => perTen(v, meta.data?.nationalPopulation);
  const rateDigits = per10k
    ? rateFractionDigits([...rows, ...(totalRow ? [totalRow] : [])].flatMap((r) => [rateOf(r.value), rateOf(r.previous)]))
    : 0;
  const shown = (v: number | null) => (per10k ? roundAsShown(rateOf(v), rateDigits) : v);
  const maxFractionDigits = per10k ? rateDigits : undefined;
  const valueText = (v: number | null) => (v === null ? common('noData') : format.number(v, { fractionDigits: rateDigits }));

  const valueHeader = t('value', { metric: metricName, period: periodText });
  const previousHeader = t('previousValue', { metric: metricName, period: comparisonText });
  const columns: Column<Row>[] = [
    {
      id: 'name',
      header: t('direction'),
      value: (r) => r.name,
      render: (r) =>
        r === totalRow ? (
          r.name
        ) : (
          <Link to={linkTo(`/directions/${r.id}`, CARRIED_PARAMS)}>
            {r.priority ? <span aria-hidden="true">★&nbsp;</span> : null}
            {r.name}
          </Link>
        ),
      sortable: true,
    },
    {
      id: 'priority',
      header: t('priority'),
      value: (r) => (r === totalRow ? null : t(r.priority ? 'priorityYes' : 'priorityNo')),
      render: (r) => (r === totalRow ? '' : t(r.priority ? 'priorityYes' : 'priorityNo')),
    },
    { id: 'value', header: valueHeader, value: (r) => shown(r.value), numeric: true, sortable: true, maxFractionDigits },
    {
      id: 'share',
      header: t('share'),
      value: (r) => r.displayShare,
      render: (r) =>
        r.displayShare === null ? (
          <span className="no-data">{common('noData')}</span>
        ) : (
          format.number(r.displayShare, { fractionDigits: 1 })
        ),
      numeric: true,
      sortable: true,
    },
    { id: 'previous', header: previousHeader, value: (r) => shown(r.previous), numeric: true, sortable: true, maxFractionDigits },
    {
      id: 'change',
      header: t('change'),
      value: (r) => changeText(r),
      render: (r) => {
        const v = changeText(r);
        return v === null ? <span className="no-data">{common('noData')}</span> : format.number(v, { fractionDigits: 1, signed: true });
      },
      numeric: true,
      sortable: true,
    },
  ];

  const csvShown: CsvData = {
    header: columns.map((c) => c.header),
    rows: [...rows, ...(totalRow ? [totalRow] : [])].map((r) => columns.map((c) => c.value(r))),
  };
  const csvFull: CsvData = {
    header: [t('code'), ...columns.map((c) => c.header), t('shareExact'), t('changeExact')],
    rows: rows.map((r) => [r.id, ...columns.map((c) => c.value(r)), r.share, r.change?.percent ?? null]),
  };

  const bars: ShareBar[] = rows
    .filter((r) => r.displayShare !== null)
    .map((r) => ({
      id: r.id,
      label: barLabel(r.name, r.priority),
      priority: r.priority,
      share: r.share ?? 0,
      endLabel: common('shareBarLabel', {
        share: shareText(r.displayShare),
        value: valueText(shown(r.value)),
      }),
    }));

  const sentence = (() => {
    if (!breakdown) return '';
    const parts: string[] = [];
    const largest = rows[0];
    if (largest && largest.displayShare !== null)
      parts.push(t('summaryLargest', { name: largest.name, share: shareText(largest.displayShare) }));
    if (breakdown.priorityShare !== null) parts.push(t('summaryPriorities', { share: shareText(breakdown.priorityShare) }));
    const { fastest, slowest } = extremesOfChange(breakdown.rows);
    const signedPercent = (r: BreakdownRow) => format.percent(r.change?.percent ?? 0, { fractionDigits: 1, signed: true });
    if (fastest)
      parts.push(
        t('summaryFastest', {
          comparison: t(compare === 'yearAgo' ? 'vsYearAgo' : 'vsPrevious'),
          name: nameOf(fastest.id),
          percent: signedPercent(fastest),
        }),
      );
    if (slowest) parts.push(t('summarySlowest', { name: nameOf(slowest.id), percent: signedPercent(slowest) }));
    if (breakdown.missing) parts.push(t('summaryMissing', { count: breakdown.missing }));
    return parts.join(' ');
  })();

  const title = compact ? t('breakdownTitleCompact') : t('breakdownTitle');
  const chartTitle = t('chartTitle', { metric: metricName, period: periodText });
  const rowHeight = compact ? 40 : ROW_PX;
  const legendText = common('priorityLegend');
  // New elements only when what they show changes (see ChartFrame's `chart`).
  const drawn = useSharedValue(bars);
  const chart = useMemo(() => <ShareBarsWithKey bars={drawn} title={chartTitle} rowHeight={rowHeight} />, [drawn, chartTitle, rowHeight]);
  const placeholder = useMemo(
    () => <ShareBarsPlaceholder count={drawn.length} rowHeight={rowHeight} className="directions-breakdown__chart-placeholder" />,
    [drawn.length, rowHeight],
  );

  return (
    <Panel
      id={compact ? 'directions-compact' : 'directions-breakdown'}
      title={title}
      className={compact ? 'directions-breakdown directions-breakdown--compact' : 'directions-breakdown'}
      queries={[query, meta]}
      actions={compact ? <Link to={linkTo('/directions', CARRIED_PARAMS)}>{t('allDirections')} →</Link> : undefined}
      skeleton={<div className="skeleton directions-breakdown__skeleton" style={{ height: `${10 * rowHeight + 80}px` }} />}
    >
      {compact ? (
        // The overview has no measure or period controls of its own for it: the panel says what its bars count, and when.
        <p className="panel__subtitle" data-testid="directions-compact-subtitle">
          {chartTitle}
        </p>
      ) : null}
      <ChartFrame
        tabParam="bdtab"
        title={chartTitle}
        subtitle={legendText}
        asOf={data ? new Date(data.asOf) : null}
        demo={meta.data?.demo ?? false}
        summary={sentence}
        // Its change and comparison columns depend on the comparison: a file per period and comparison.
        fileName={`directions-${metric}${per10k ? '-per10k' : ''}-${data ? periodFileName(data.period, data.comparison) : ''}`}
        csvShown={csvShown}
        csvFull={csvFull}
        placeholder={placeholder}
        chart={chart}
        table={
          <DataTable<Row>
            caption={chartTitle}
            columns={columns}
            rows={rows}
            totals={totalRow ? [totalRow] : []}
            rowKey={(r) => (r === totalRow ? TOTAL_ID : r.id)}
            rowHeader="name"
            testId="directions-table"
          />
        }
      />
    </Panel>
  );
};

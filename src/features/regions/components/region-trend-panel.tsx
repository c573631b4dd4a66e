/**
 * A region's monthly trend of volunteers per 10 000 residents against the country's, as lines (lazy
 * recharts) and as a table, with the gap and the change since the start said in words.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Meta, RegionDetail, Summary } from '../../../api/contract';
import { ChartFrame } from '../../../components/chart-frame';
import { lazyLoadable } from '../../../components/lazy-loadable';
import { DataTable, type Column } from '../../../components/data-table';
import { Panel } from '../../../components/panel';
import { periodFileName } from '../../../lib/csv';
import { roundAsShown } from '../../../lib/i18n/format';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { capitalise, lowerFirst } from '../../../lib/i18n/messages';
import { perCapitaTrend, trendFacts, type TrendPoint } from '../model/region-profile';
import { regionsMessages } from '../messages';
import { useMetricText } from './use-metric-text';
import '../regions.css';

const TrendLineChart = lazyLoadable(() => import('./trend-line-chart').then((m) => m.TrendLineChart));

interface RegionTrendPanelProps {
  regionName: string;
  code: string;
  population: number;
  detail: UseQueryResult<RegionDetail>;
  national: UseQueryResult<Summary>;
  meta: Meta;
}

/** Holds the chart's place, as tall as the chart, until it is drawn. */
const CHART_PLACEHOLDER = <div className="chart-box" />;
export const RegionTrendPanel = ({ regionName, code, population, detail, national, meta }: RegionTrendPanelProps) => {
  const t = useMessages(regionsMessages);
  const { format } = useI18n();
  const metricText = useMetricText();
  const regionSeries = detail.data?.kpis.find((k) => k.metric === 'volunteers')?.series;
  const nationalSeries = national.data?.kpis.find((k) => k.metric === 'volunteers')?.series;
  const points = useMemo(
    () =>
      regionSeries && nationalSeries
        ? perCapitaTrend(regionSeries, nationalSeries, { region: population, nation: meta.nationalPopulation })
        : [],
    [regionSeries, nationalSeries, population, meta.nationalPopulation],
  );
  const facts = trendFacts(points);
  // Rates per 10,000 with one decimal each, so the region's and the country's read alike ("140,5", "161,0").
  const num = useCallback((v: number, signed = false) => format.number(v, { fractionDigits: 1, signed }), [format]);
  const nationalName = t('country');

  let summary: string | undefined;
  if (facts) {
    const gapAbs = num(Math.abs(facts.gap));
    summary = capitalise(
      t('trendSummary', {
        month: format.month(facts.last.month),
        value: num(facts.last.region ?? 0),
        national: num(facts.last.national ?? 0),
        gap: facts.gap > 0 ? t('gapAbove', { gap: gapAbs }) : facts.gap < 0 ? t('gapBelow', { gap: gapAbs }) : t('gapEqual'),
        firstMonth: format.month(facts.first.month),
        regionChange: num(facts.regionChange, true),
        nationalChange: num(facts.nationalChange, true),
      }),
    );
  }

  const columns: Column<TrendPoint>[] = [
    { id: 'month', header: t('colMonth'), value: (p) => p.month, render: (p) => format.month(p.month), sortable: true },
    { id: 'region', header: regionName, value: (p) => p.region, numeric: true, sortable: true },
    { id: 'national', header: nationalName, value: (p) => p.national, numeric: true, sortable: true },
  ];
  // In the file the columns' names carry what they measure, which on the page the title says.
  const measure = lowerFirst(metricText.label('volunteersPer10k'));
  // What the table shows, as the trend panels' files have it: the month in words, the rates to one decimal
  // (they were "2025-01" and 140.52307692…).
  const csv = {
    header: columns.map((c) => (c.id === 'month' ? c.header : `${c.header} (${measure})`)),
    rows: points.map((p) => [format.month(p.month), roundAsShown(p.region, 1), roundAsShown(p.national, 1)]),
  };
  const title = `${t('trendTitle')}: ${regionName}`;
  // A new element only when what the chart draws changes (see ChartFrame's `chart`).
  const chart = useMemo(
    () => (
      <TrendLineChart
        points={points}
        title={title}
        regionName={regionName}
        nationalName={nationalName}
        // The tooltip names the unit, which the axis, with room only for numbers, does not: "159.8 per 10,000 residents".
        formatValue={(v) => t('value_perCapita', { value: num(v) })}
        formatTick={(v, fractionDigits) => format.number(v, { fractionDigits })}
        formatMonth={(m) => format.month(m, 'short')}
        formatMonthInFull={(m) => format.month(m)}
      />
    ),
    [points, title, regionName, nationalName, num, format, t],
  );

  // The months in the file, for its name: a region's trend follows the period chosen.
  const first = points[0]?.month;
  const last = points.at(-1)?.month;
  const fileMonths = first && last ? `-${periodFileName({ from: first, to: last })}` : '';

  return (
    <Panel id="region-trend" title={t('trendTitle')} queries={[detail, national]} skeleton={<div className="chart-box" />}>
      <ChartFrame
        tabParam="trendView"
        title={title}
        subtitle={t('trendNote')}
        asOf={detail.data ? new Date(detail.data.asOf) : null}
        demo={meta.demo}
        summary={summary}
        csvShown={csv}
        fileName={`trend-${code}${fileMonths}`}
        placeholder={CHART_PLACEHOLDER}
        chartCode={TrendLineChart}
        chart={chart}
        table={<DataTable caption={title} columns={columns} rows={points} rowKey={(p) => p.month} rowHeader="month" />}
      />
      <p className="regions-table__note">{t('trendNote')}</p>
    </Panel>
  );
};

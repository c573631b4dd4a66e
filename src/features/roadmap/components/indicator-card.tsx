/**
 * One roadmap indicator in detail: status in words (with icon), target, latest actual, forecast for
 * 31 December 2026 with its 80 % interval, progress bar, the reason for the status, the body
 * responsible, actual against target by year, and the trend-and-forecast chart with its table.
 */
import { memo, useMemo } from 'react';
import type { RoadmapIndicator } from '../../../api/contract';
import { ChartFrame } from '../../../components/chart-frame';
import { lazyLoadable } from '../../../components/lazy-loadable';
import { DataTable, type Column } from '../../../components/data-table';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { useSharedValue } from '../../../lib/use-shared-value';
import { astanaDate } from '../../../lib/months';
import { roadmapMessages } from '../messages';
import { forecastChartRows, type ForecastChartRow } from '../model/chart-data';
import type { IndicatorAssessment } from '../model/forecast';
import { formatIndicatorValue, roundForUnit } from '../model/format-value';
import { explainStatus } from '../status-text';
import { ForecastChartPlaceholder } from './forecast-chart-layout';
import { IndicatorYears } from './indicator-years';
import { ProgressBar } from './progress-bar';
import { StatusBadge } from './status-badge';

const ForecastChart = lazyLoadable(() => import('./forecast-chart').then((m) => m.ForecastChart));

interface IndicatorCardProps {
  indicator: RoadmapIndicator;
  assessment: IndicatorAssessment;
  end: string;
  /** The answer's as-of time as sent (a string, so that an unchanged answer gives the card equal props). */
  asOf: string;
  demo: boolean;
}

/**
 * Rendered again only when what it shows changes (memo): every poll starts and ends a fetch, and the
 * panel around the cards renders for that; the eight cards with their tables rendered with it, in the
 * same task. Their props keep their identity while the answer is equal (structural sharing, one
 * assessment per answer).
 */
export const IndicatorCard = memo(function IndicatorCard({ indicator, assessment: a, end, asOf, demo }: IndicatorCardProps) {
  const t = useMessages(roadmapMessages);
  const { locale, format } = useI18n();
  const name = indicator.name[locale];
  const v = (n: number) => formatIndicatorValue(format, indicator.unit, n);
  const id = indicator.id;
  const headingId = `rm-${id}-title`;
  // The same rows while a refresh changes none of them, so the chart is drawn again only when it does.
  const rows = useSharedValue(forecastChartRows(indicator, a, end));
  const { unit, cumulative } = indicator;
  const chartTitle = t('chartTitle', { name });
  const chart = useMemo(
    () => <ForecastChart rows={rows} title={chartTitle} unit={unit} cumulative={cumulative} target={a.target} />,
    [rows, chartTitle, unit, cumulative, a.target],
  );
  // Holds the chart's place until it is drawn, as tall as the chart will be.
  const chartPlaceholder = useMemo(
    () => <ForecastChartPlaceholder rows={rows} unit={unit} cumulative={cumulative} target={a.target} />,
    [rows, unit, cumulative, a.target],
  );
  const f = a.forecast;
  const asOfDate = useMemo(() => new Date(asOf), [asOf]);

  const latestNote = a.current
    ? indicator.cumulative
      ? a.current.partial
        ? t('latestPartial', { month: format.month(a.current.month) })
        : t('latestOf', { month: format.month(a.current.month) })
      : t('yearSoFar', { month: format.month(a.current.month) })
    : '';

  const cell = (n: number | null) => (n === null ? null : roundForUnit(indicator.unit, n));
  const columns: Column<ForecastChartRow>[] = [
    { id: 'month', header: t('colMonth'), value: (r) => r.month, render: (r) => format.month(r.month) },
    {
      id: 'actual',
      header: t('seriesActual'),
      value: (r) => cell(r.actual ?? r.partial),
      render: (r) => show(r.actual ?? r.partial, v, r.partial !== null ? ` (${t('partialMark')})` : ''),
      numeric: true,
    },
    { id: 'trend', header: t('seriesTrend'), value: (r) => cell(r.trend), render: (r) => show(r.trend, v), numeric: true },
    { id: 'lower', header: t('seriesLower'), value: (r) => cell(r.lower), render: (r) => show(r.lower, v), numeric: true },
    { id: 'upper', header: t('seriesUpper'), value: (r) => cell(r.upper), render: (r) => show(r.upper, v), numeric: true },
    { id: 'target', header: t('colTargetYear'), value: (r) => cell(r.target), render: (r) => show(r.target, v), numeric: true },
  ];
  // The month under way is marked in its cell, as the trends' files mark it: its number alone would read as the whole month's.
  const csvCell = (c: Column<ForecastChartRow>, r: ForecastChartRow) =>
    c.id === 'month' && r.partial !== null ? t('incompleteMonth', { month: r.month }) : c.value(r);
  const csv = { header: columns.map((c) => c.header), rows: rows.map((r) => columns.map((c) => csvCell(c, r))) };
  const subtitle = f
    ? t(indicator.cumulative ? 'chartSubtitleCumulative' : 'chartSubtitleFlow', {
        from: format.month(f.window.from),
        to: format.month(f.window.to),
      })
    : t('noChart');
  const explanation = explainStatus(t, format, indicator.unit, a);

  return (
    <article className={`rm-card rm-card--${a.status}`} aria-labelledby={headingId} id={`rm-${id}`} data-indicator={id}>
      <header className="rm-card__header">
        <h3 id={headingId} className="rm-card__title">
          {name}
        </h3>
        <StatusBadge status={a.status} basis={a.basis} testId={`status-${id}`} />
      </header>
      <p className="rm-card__responsible">{t('responsible', { body: indicator.responsible[locale] })}</p>
      <div className="rm-card__grid">
        <div className="rm-card__facts">
          <dl className="rm-figures">
            <div className="rm-figure">
              <dt>{t('target2026')}</dt>
              <dd className="rm-figure__value" data-testid={`target-${id}`}>
                {a.target === null ? '—' : v(a.target)}
              </dd>
              {indicator.demoTargets ? <dd className="rm-figure__note rm-demo-tag">{t('demoTargetsShort')}</dd> : null}
            </div>
            <div className="rm-figure">
              <dt>{t('latestActual')}</dt>
              <dd className="rm-figure__value" data-testid={`latest-${id}`}>
                {a.current ? v(a.current.value) : '—'}
              </dd>
              <dd className="rm-figure__note">{latestNote}</dd>
            </div>
            <div className="rm-figure">
              <dt>{a.basis === 'final' ? t('finalLabel') : indicator.cumulative ? t('forecastLabel') : t('forecastFlow')}</dt>
              <dd className="rm-figure__value" data-testid={`forecast-${id}`}>
                {f ? v(f.value) : a.final !== null ? v(a.final) : t('noForecast')}
              </dd>
              {f ? <dd className="rm-figure__note">{t('intervalLabel', { lower: v(f.lower), upper: v(f.upper) })}</dd> : null}
            </div>
            <div className="rm-figure">
              <dt>{t('baseline2023')}</dt>
              <dd className="rm-figure__value">{indicator.baseline.value === null ? '—' : v(indicator.baseline.value)}</dd>
            </div>
          </dl>
          <div className="rm-card__progress">
            {/* A yearly total starts again from zero in January: its progress is the total so far against the target, not a way from the baseline. */}
            <span className="rm-card__progress-label">{t(indicator.cumulative ? 'progressLabel' : 'progressLabelFlow')}</span>
            <ProgressBar percent={a.progressPercent} of={indicator.cumulative ? 'way' : 'target'} testId={`progress-${id}`} />
          </div>
          <p className="rm-card__explain" data-testid={`explain-${id}`}>
            {explanation}
          </p>
          <IndicatorYears indicator={indicator} assessment={a} name={name} />
        </div>
        <div className="rm-card__chart">
          <ChartFrame
            tabParam={`view-${id}`}
            title={chartTitle}
            subtitle={subtitle}
            asOf={asOfDate}
            demo={demo}
            summary={subtitle}
            csvShown={csv}
            // Dated, as the page's other files: its series ends with the month under way, which changes day by day.
            fileName={`roadmap-${id}-${astanaDate(asOfDate)}`}
            placeholder={chartPlaceholder}
            chartCode={ForecastChart}
            chart={chart}
            table={
              <DataTable
                caption={t('chartTitle', { name })}
                captionHidden
                columns={columns}
                rows={rows}
                rowKey={(r) => r.month}
                rowHeader="month"
              />
            }
          />
        </div>
      </div>
    </article>
  );
});

const show = (n: number | null, v: (n: number) => string, mark = '') =>
  n === null ? <span className="no-data">—</span> : `${v(n)}${mark}`;

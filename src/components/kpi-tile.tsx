/**
 * One headline number as a tile, the country's (overview) and a region's alike: the metric's name, its
 * value or "no data", whether it counts over the period or at its end, its change against the comparison
 * period in words (the arrow only repeats them, and colour only the arrow: green for good news, red for
 * bad, so a rise in open requests is red), and the monthly sparkline.
 * `children` are the tile's own lines between the basis and the change (a region's rank, per capita and
 * share of the country).
 *
 * Memoised: a refresh that brings the same numbers hands back the same metric and series objects
 * (TanStack's structural sharing), so a tile without children does not render again.
 */
import { memo, type ReactNode } from 'react';
import type { Comparison, Metric, MetricId, MonthlyPoint } from '../api/contract';
import { changeSentence, changeTone, computeChange } from '../lib/change';
import { commonMessages } from '../lib/i18n/common-messages';
import { useI18n, useMessages } from '../lib/i18n/i18n-context';
import { defineMessages } from '../lib/i18n/messages';
import { Mark } from './mark';
import { Sparkline } from './sparkline';

export const kpiTileMessages = defineMessages({
  kk: {
    up: '{comparison} {percent} өсім ({absolute})',
    down: '{comparison} {percent} төмендеу ({absolute})',
    flat: '{comparison} өзгеріссіз',
    nearlyFlat: '{comparison} іс жүзінде өзгеріссіз ({absolute})',
    upNoPercent: '{comparison} {absolute} өсім',
    vsPrevious: 'алдыңғы кезеңмен салыстырғанда',
    vsYearAgo: 'өткен жылдың сол кезеңімен салыстырғанда',
    endOfPeriod: 'кезең соңында',
    overPeriod: 'кезең ішінде',
  },
  ru: {
    up: 'рост на {percent} ({absolute}) {comparison}',
    down: 'снижение на {percent} ({absolute}) {comparison}',
    flat: 'без изменений {comparison}',
    nearlyFlat: 'практически без изменений ({absolute}) {comparison}',
    upNoPercent: 'рост на {absolute} {comparison}',
    vsPrevious: 'к предыдущему периоду',
    vsYearAgo: 'к тому же периоду прошлого года',
    endOfPeriod: 'на конец периода',
    overPeriod: 'за период',
  },
  en: {
    up: 'up {percent} ({absolute}) {comparison}',
    down: 'down {percent} ({absolute}) {comparison}',
    flat: 'unchanged {comparison}',
    nearlyFlat: 'practically unchanged ({absolute}) {comparison}',
    upNoPercent: 'up {absolute} {comparison}',
    vsPrevious: 'on the previous period',
    vsYearAgo: 'on the same period last year',
    endOfPeriod: 'at end of period',
    overPeriod: 'over the period',
  },
});

interface KpiTileProps {
  metricId: MetricId;
  metric: Metric | undefined;
  value: number | null;
  /** The value in the comparison period. */
  previous: number | null;
  compare: Comparison;
  /** Undefined while the metric has no KPI in the answer: then no sparkline (an empty one keeps its height). */
  series: readonly MonthlyPoint[] | undefined;
  /** data-testid of the value (what tests and the benchmark find the numbers by). */
  valueTestId: string;
  children?: ReactNode;
}

export const KpiTile = memo(function KpiTile({ metricId, metric, value, previous, compare, series, valueTestId, children }: KpiTileProps) {
  const t = useMessages(kpiTileMessages);
  const common = useMessages(commonMessages);
  const { locale, format } = useI18n();
  const change = computeChange(value, previous);
  const changeText = change ? changeSentence(change, format, t, t(compare === 'yearAgo' ? 'vsYearAgo' : 'vsPrevious')) : '';

  return (
    <li className="kpi-tile" data-metric={metricId}>
      <h3 className="kpi-tile__name">{metric?.name[locale] ?? metricId}</h3>
      <p className="kpi-tile__value" data-testid={valueTestId}>
        {value === null ? <span className="kpi-tile__no-data">{common('noData')}</span> : format.number(value)}
      </p>
      <p className="kpi-tile__basis">{metric?.kind === 'flow' ? t('overPeriod') : t('endOfPeriod')}</p>
      {children}
      <p className={`kpi-tile__change kpi-tile__change--${change ? changeTone(metricId, change) : 'none'}`}>
        {change ? (
          <>
            <span aria-hidden="true" className="kpi-tile__arrow">
              <Mark shape={change.direction === 'up' ? 'up' : change.direction === 'down' ? 'down' : 'square'} />
            </span>{' '}
            {changeText}
          </>
        ) : (
          '\u00a0'
        )}
      </p>
      {series ? <Sparkline points={series} /> : null}
    </li>
  );
});

/** A tile's place while its numbers load: as tall as the tile, so nothing moves when they come. */
export const KpiTileSkeleton = () => (
  <li className="kpi-tile kpi-tile--skeleton" aria-hidden="true">
    <span className="skeleton skeleton--label" />
    <span className="skeleton skeleton--value" />
    <span className="skeleton skeleton--label" />
  </li>
);

/**
 * `/`: the national overview — KPI tiles first (they paint before any heavy chunk), then the rest.
 * The map and the directions panels start below the fold on every screen, so their code is a chunk of
 * its own, requested together with the first data (see `preloadOverviewPanels`), not part of the entry.
 */
import { BrowserOnly } from '../../components/browser-only';
import { lazyLoadable } from '../../components/lazy-loadable';
import { parseMeasure } from '../../features/directions/model/measure-params';
import { TodayCounters } from '../../features/activity/components/today-counters';
import { KpiTiles } from '../../features/summary/components/kpi-tiles';
import { RoadmapSummaryCard } from '../../features/roadmap/components/roadmap-summary-card';
import { PageHeader } from '../shell/page-header';
import { useComparisonParam, useDirectionParam, useMapMetricParam, usePeriodParam } from '../../lib/view-state';
import { commonMessages } from '../../lib/i18n/common-messages';
import { useMessages } from '../../lib/i18n/i18n-context';
import { useLinkWithParams, useSearchParam } from '../../lib/router';

const RegionMapPanel = lazyLoadable(() => import('../../features/regions/components/region-map-panel').then((m) => m.RegionMapPanel));
const DirectionsBreakdown = lazyLoadable(() =>
  import('../../features/directions/components/directions-breakdown').then((m) => m.DirectionsBreakdown),
);

/** Fetches the lower panels' code; called at start-up for `/`, alongside the first requests. */
export const preloadOverviewPanels = (): void => {
  void RegionMapPanel.load();
  void DirectionsBreakdown.load();
};

export const OverviewPage = () => {
  const t = useMessages(commonMessages);
  const period = usePeriodParam();
  const compare = useComparisonParam();
  const directionsMetric = parseMeasure(useSearchParam('metric'), null).metric;
  const metric = useMapMetricParam();
  const direction = useDirectionParam();
  const linkTo = useLinkWithParams();
  return (
    <>
      <PageHeader
        title={t('navOverview')}
        invalidParams={{ period: period.invalid, compare: compare.invalid, metric: metric.invalid, direction: direction.invalid }}
        period={period.value}
        compare={compare.value}
      />
      <KpiTiles period={period.value} compare={compare.value} />
      <TodayCounters feedHref={linkTo('/activity', ['lang', 'refresh'])} />
      <RoadmapSummaryCard />
      <BrowserOnly fallback={<div className="overview__pending overview__pending--map" />} ready={RegionMapPanel.load}>
        <RegionMapPanel period={period.value} compare={compare.value} direction={direction.value} metric={metric.value} />
      </BrowserOnly>
      <BrowserOnly fallback={<div className="overview__pending overview__pending--directions" />} ready={DirectionsBreakdown.load}>
        <DirectionsBreakdown compact period={period.value} compare={compare.value} metric={directionsMetric} />
      </BrowserOnly>
    </>
  );
};

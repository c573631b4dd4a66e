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
import { useMapView } from '../../lib/view-state';
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
  const view = useMapView();
  const directionsMetric = parseMeasure(useSearchParam('metric'), null).metric;
  const linkTo = useLinkWithParams();
  return (
    <>
      <PageHeader title={t('navOverview')} invalidParams={view.invalid} period={view.period} compare={view.compare} />
      <KpiTiles period={view.period} compare={view.compare} />
      <TodayCounters feedHref={linkTo('/activity', ['lang', 'refresh'])} />
      <RoadmapSummaryCard />
      <BrowserOnly fallback={<div className="overview__pending overview__pending--map" />} ready={RegionMapPanel.load}>
        <RegionMapPanel period={view.period} compare={view.compare} direction={view.direction} metric={view.metric} />
      </BrowserOnly>
      <BrowserOnly fallback={<div className="overview__pending overview__pending--directions" />} ready={DirectionsBreakdown.load}>
        <DirectionsBreakdown compact period={view.period} compare={view.compare} metric={directionsMetric} />
      </BrowserOnly>
    </>
  );
};

/** `/`: the national overview — KPI tiles first (they paint before any heavy chunk), then the rest. */
import { useAppSettings } from '../../config/app-settings';
import { DirectionsBreakdown } from '../../features/directions/components/directions-breakdown';
import { parseMeasure } from '../../features/directions/model/measure-params';
import { RegionMapPanel } from '../../features/regions/components/region-map-panel';
import { TodayCounters } from '../../features/activity/components/today-counters';
import { KpiTiles } from '../../features/summary/components/kpi-tiles';
import { RoadmapSummaryCard } from '../../features/roadmap/components/roadmap-summary-card';
import { PageHeader } from '../shell/page-header';
import { useComparisonParam, useDirectionParam, useMapMetricParam, usePeriodParam } from '../../lib/view-state';
import { commonMessages } from '../../lib/i18n/common-messages';
import { useMessages } from '../../lib/i18n/i18n-context';
import { useLinkWithParams, useSearchParam } from '../../lib/router';

export const OverviewPage = () => {
  const t = useMessages(commonMessages);
  const period = usePeriodParam();
  const compare = useComparisonParam();
  const directionsMetric = parseMeasure(useSearchParam('metric'), null).metric;
  const metric = useMapMetricParam();
  const direction = useDirectionParam();
  const linkTo = useLinkWithParams();
  const { refreshMs } = useAppSettings();
  const staleAfterMs = refreshMs === null ? null : refreshMs * 2 + 5_000;
  return (
    <>
      <PageHeader title={t('navOverview')} invalidParams={{ period: period.invalid, compare: compare.invalid, metric: metric.invalid, direction: direction.invalid }} period={period.value} compare={compare.value} />
      <KpiTiles period={period.value} compare={compare.value} staleAfterMs={staleAfterMs} />
      <TodayCounters feedHref={linkTo('/activity', ['lang', 'refresh'])} />
      <RoadmapSummaryCard staleAfterMs={staleAfterMs} />
      <RegionMapPanel period={period.value} compare={compare.value} direction={direction.value} metric={metric.value} staleAfterMs={staleAfterMs} />
      <DirectionsBreakdown compact period={period.value} compare={compare.value} metric={directionsMetric} staleAfterMs={staleAfterMs} />
    </>
  );
};

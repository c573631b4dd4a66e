/**
 * `/directions`: the national breakdown by direction for the period, each direction's monthly trend,
 * the leading regions of every direction, and trends of any metric for the country or up to five
 * regions. Everything follows the URL: period, comparison, metric, per 10,000, regions, directions, tabs.
 */
import { BelowFirstScreen } from '../../components/below-first-screen';
import { DirectionsBreakdown } from '../../features/directions/components/directions-breakdown';
import { LeadingRegions } from '../../features/directions/components/leading-regions';
import { MeasureControls } from '../../features/directions/components/measure-controls';
import { parseMeasure } from '../../features/directions/model/measure-params';
import { DirectionTrends } from '../../features/trends/components/direction-trends';
import { TrendExplorer } from '../../features/trends/components/trend-explorer';
import { commonMessages } from '../../lib/i18n/common-messages';
import { useMessages } from '../../lib/i18n/i18n-context';
import { useSearchParam } from '../../lib/router';
import { useComparisonParam, useDirectionParam, usePeriodParam } from '../../lib/view-state';
import { PageHeader } from '../shell/page-header';

export const DirectionsPage = () => {
  const t = useMessages(commonMessages);
  const period = usePeriodParam();
  const compare = useComparisonParam();
  const direction = useDirectionParam();
  const measure = parseMeasure(useSearchParam('metric'), useSearchParam('per'));
  const common = { period: period.value, compare: compare.value, metric: measure.metric };
  return (
    <>
      <PageHeader
        title={t('navDirections')}
        invalidParams={{
          period: period.invalid,
          compare: compare.invalid,
          direction: direction.invalid,
          metric: measure.invalidMetric,
          per: measure.invalidPer,
        }}
        period={period.value}
        compare={compare.value}
      >
        <MeasureControls metric={measure.metric} per10k={measure.per10k} />
      </PageHeader>
      <DirectionsBreakdown {...common} per10k={measure.per10k} />
      <BelowFirstScreen>
        <DirectionTrends {...common} per10k={measure.per10k} />
        <LeadingRegions {...common} per10k={measure.per10k} />
        <TrendExplorer {...common} per10k={measure.per10k} direction={direction.value} />
      </BelowFirstScreen>
    </>
  );
};

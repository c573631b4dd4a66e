/** `/regions`: the choropleth of the 20 regions and the table of every metric for every region. */
import { RegionMapPanel } from '../../features/regions/components/region-map-panel';
import { RegionsTablePanel } from '../../features/regions/components/regions-table-panel';
import { commonMessages } from '../../lib/i18n/common-messages';
import { useMessages } from '../../lib/i18n/i18n-context';
import { useComparisonParam, useDirectionParam, useMapMetricParam, usePeriodParam } from '../../lib/view-state';
import { PageHeader } from '../shell/page-header';

export const RegionsPage = () => {
  const t = useMessages(commonMessages);
  const period = usePeriodParam();
  const compare = useComparisonParam();
  const metric = useMapMetricParam();
  const direction = useDirectionParam();
  return (
    <>
      <PageHeader
        title={t('navRegions')}
        invalidParams={{ period: period.invalid, compare: compare.invalid, metric: metric.invalid, direction: direction.invalid }}
        period={period.value}
        compare={compare.value}
      />
      <RegionMapPanel period={period.value} compare={compare.value} direction={direction.value} metric={metric.value} />
      <RegionsTablePanel period={period.value} compare={compare.value} direction={direction.value} />
    </>
  );
};

/** `/regions`: the choropleth of the 20 regions and the table of every metric for every region. */
import { BelowFirstScreen } from '../../components/below-first-screen';
import { RegionMapPanel } from '../../features/regions/components/region-map-panel';
import { RegionsTablePanel } from '../../features/regions/components/regions-table-panel';
import { commonMessages } from '../../lib/i18n/common-messages';
import { useMessages } from '../../lib/i18n/i18n-context';
import { useMapView } from '../../lib/view-state';
import { PageHeader } from '../shell/page-header';

export const RegionsPage = () => {
  const t = useMessages(commonMessages);
  const view = useMapView();
  return (
    <>
      <PageHeader title={t('navRegions')} invalidParams={view.invalid} period={view.period} compare={view.compare} />
      <RegionMapPanel period={view.period} compare={view.compare} direction={view.direction} metric={view.metric} />
      <BelowFirstScreen>
        <RegionsTablePanel period={view.period} compare={view.compare} direction={view.direction} />
      </BelowFirstScreen>
    </>
  );
};

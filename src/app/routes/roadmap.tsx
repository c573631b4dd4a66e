/** `/roadmap`: the roadmap to 2026 — indicators with targets, forecasts and statuses, the measures, and progress by region. */
import { BelowFirstScreen } from '../../components/below-first-screen';
import { IndicatorDetails } from '../../features/roadmap/components/indicator-details';
import { MeasuresPanel } from '../../features/roadmap/components/measures-panel';
import { RegionalPanel } from '../../features/roadmap/components/regional-panel';
import { RoadmapIntro } from '../../features/roadmap/components/roadmap-intro';
import { RoadmapStatusPanel } from '../../features/roadmap/components/roadmap-status-panel';
import { roadmapMessages } from '../../features/roadmap/messages';
import { useMessages } from '../../lib/i18n/i18n-context';
import { PageHeader } from '../shell/page-header';

export const RoadmapPage = () => {
  const t = useMessages(roadmapMessages);
  return (
    <>
      <PageHeader title={t('pageTitle')}>
        <RoadmapIntro />
      </PageHeader>
      <RoadmapStatusPanel />
      <BelowFirstScreen>
        <IndicatorDetails />
        <MeasuresPanel />
        <RegionalPanel />
      </BelowFirstScreen>
    </>
  );
};

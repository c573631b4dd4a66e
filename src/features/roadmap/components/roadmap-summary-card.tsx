/**
 * The overview's roadmap card: how many indicators are on track, at risk and off track, the days
 * left, and a link to the roadmap page. Counts come from the same assessment as the page.
 */
import '../roadmap.css';
import { Panel } from '../../../components/panel';
import { useMessages } from '../../../lib/i18n/i18n-context';
import { Link, useLinkWithParams } from '../../../lib/router';
import { CARRIED_PARAMS } from '../../../lib/view-state';
import { roadmapMessages } from '../messages';
import { roadmapEnded } from '../model/forecast';
import { useRoadmap } from '../use-roadmap';
import { DaysLeft } from './days-left';
import { StatusCounts } from './status-counts';

export const RoadmapSummaryCard = () => {
  const t = useMessages(roadmapMessages);
  const { data, assessment, query } = useRoadmap();
  const linkTo = useLinkWithParams();
  return (
    <Panel
      id="roadmap-card"
      title={t('cardTitle')}
      queries={[query]}
      className="rm-card-summary"
      skeleton={<div className="rm-skeleton rm-skeleton--card" />}
    >
      {data && assessment ? (
        <>
          <p className="panel__subtitle">{t('cardOf', { total: assessment.items.length })}</p>
          <StatusCounts counts={assessment.counts} final={roadmapEnded(new Date(data.asOf), data.end)} />
          <DaysLeft end={data.end} className="rm-card-summary__days" />
          <Link to={linkTo('/roadmap', CARRIED_PARAMS)} className="rm-card-summary__link">
            {t('cardOpen')}
          </Link>
        </>
      ) : null}
    </Panel>
  );
};

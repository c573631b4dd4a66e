/** Every roadmap indicator in detail, one card each, under one panel that reports the data's state. */
import '../roadmap.css';
import { useMeta } from '../../../api/meta-query';
import { Panel } from '../../../components/panel';
import { useMessages } from '../../../lib/i18n/i18n-context';
import { roadmapMessages } from '../messages';
import { useRoadmap } from '../use-roadmap';
import { IndicatorCard } from './indicator-card';

export const IndicatorDetails = () => {
  const t = useMessages(roadmapMessages);
  const { data, assessment, query } = useRoadmap();
  const meta = useMeta();
  return (
    <Panel
      id="roadmap-details"
      title={t('detailsTitle')}
      queries={[query]}
      className="rm-details"
      skeleton={<div className="rm-skeleton" />}
    >
      {data && assessment ? (
        <div className="rm-cards">
          {assessment.items.map(({ indicator, assessment: a }) => (
            <IndicatorCard
              key={indicator.id}
              indicator={indicator}
              assessment={a}
              end={data.end}
              asOf={data.asOf}
              demo={meta.data?.demo ?? indicator.demoTargets}
            />
          ))}
        </div>
      ) : null}
    </Panel>
  );
};

/**
 * The wall's roadmap scene: how many indicators are on track, at risk, off track, and each indicator's
 * progress to its 2026 target with its status in words (never colour alone), readable from afar.
 */
import { WallSceneWaiting } from '../../../components/wall-scene-waiting';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { roadmapMessages } from '../messages';
import { useRoadmap } from '../use-roadmap';
import { ProgressBar } from './progress-bar';
import { StatusBadge } from './status-badge';
import { StatusCounts } from './status-counts';

export const RoadmapWallScene = () => {
  const t = useMessages(roadmapMessages);
  const { locale } = useI18n();
  const { query, data, assessment } = useRoadmap();
  if (!data || !assessment) return <WallSceneWaiting failed={query.isError} />;
  return (
    <div className="wall-roadmap">
      <h2 className="wall-roadmap__title">{data.title[locale]}</h2>
      <StatusCounts counts={assessment.counts} />
      <ul className="wall-roadmap__list">
        {assessment.items.map(({ indicator, assessment: a }) => (
          <li key={indicator.id} className="wall-roadmap__item" data-testid={`wall-roadmap-${indicator.id}`}>
            <span className="wall-roadmap__name">{indicator.name[locale]}</span>
            <ProgressBar percent={a.progressPercent} compact />
            <StatusBadge status={a.status} basis={a.basis} />
          </li>
        ))}
      </ul>
      {data.indicators.some((i) => i.demoTargets) ? <p className="wall-roadmap__note">{t('demoTargets')}</p> : null}
    </div>
  );
};

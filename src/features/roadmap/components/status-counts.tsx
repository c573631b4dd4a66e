/** How many indicators are on track, at risk and off track (and without enough data, if any): page and overview card. */
import '../roadmap.css';
import { useMessages } from '../../../lib/i18n/i18n-context';
import { roadmapMessages } from '../messages';
import type { StatusCounts as Counts, StatusBasis } from '../model/forecast';
import { StatusBadge } from './status-badge';

export const StatusCounts = ({ counts, final = false }: { counts: Counts; final?: boolean }) => {
  const t = useMessages(roadmapMessages);
  const basis: StatusBasis = final ? 'final' : 'forecast';
  const shown = final ? (['onTrack', 'offTrack'] as const) : (['onTrack', 'atRisk', 'offTrack'] as const);
  return (
    <ul className="rm-counts" aria-label={t('countsLabel')}>
      {shown.map((status) => (
        <li key={status} className="rm-counts__item">
          <StatusBadge status={status} basis={basis} />
          <span className="rm-counts__number" data-testid={`roadmap-count-${status}`}>
            {counts[status]}
          </span>
        </li>
      ))}
      {counts.unknown > 0 ? (
        <li className="rm-counts__item">
          <StatusBadge status="unknown" basis="noActuals" />
          <span className="rm-counts__number" data-testid="roadmap-count-unknown">
            {counts.unknown}
          </span>
        </li>
      ) : null}
    </ul>
  );
};

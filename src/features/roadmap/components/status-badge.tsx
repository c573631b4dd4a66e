/**
 * A status as a word with an icon and a border pattern of its own (solid, dashed, double, dotted),
 * so it reads without colour: on track ✓, at risk !, off track ✕, not enough data ?.
 */
import '../roadmap.css';
import { useMessages } from '../../../lib/i18n/i18n-context';
import { roadmapMessages } from '../messages';
import type { RoadmapStatus, StatusBasis } from '../model/forecast';
import { statusLabelKey } from '../status-text';

const ICON_PATH: Record<RoadmapStatus, string> = {
  onTrack: 'M3.5 8.5l3 3 6-7',
  atRisk: 'M8 3.5v6M8 12v.5',
  offTrack: 'M4 4l8 8M12 4l-8 8',
  unknown: 'M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V10.5M8 13v.5',
};

export const StatusBadge = ({ status, basis, testId }: { status: RoadmapStatus; basis: StatusBasis; testId?: string }) => {
  const t = useMessages(roadmapMessages);
  return (
    <span className={`rm-status rm-status--${status}`} data-status={status} data-testid={testId}>
      <svg className="rm-status__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d={ICON_PATH[status]} fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {t(statusLabelKey(status, basis))}
    </span>
  );
};

/**
 * One event of the live feed: when (clock time and how long ago), what, and where. Every string that
 * came from the API (the subject, and names via /meta) is rendered as React text, never as markup.
 */
import { memo } from 'react';
import type { ActivityType } from '../../../api/contract';

interface ActivityEventProps {
  id: string;
  type: ActivityType;
  typeLabel: string;
  /** ISO date-time, for the machine-readable <time>. */
  at: string;
  clock: string;
  ago: string;
  /** Full date and time, for the tooltip. */
  absolute: string;
  subject: string;
  region: string;
  direction: string;
}

export const ActivityEvent = memo(function ActivityEvent({
  id,
  type,
  typeLabel,
  at,
  clock,
  ago,
  absolute,
  subject,
  region,
  direction,
}: ActivityEventProps) {
  return (
    <li className={`activity-event activity-event--${type}`} data-event-id={id} tabIndex={-1}>
      <time className="activity-event__time" dateTime={at} title={absolute}>
        <span className="activity-event__clock">{clock}</span>
        <span className="activity-event__ago">{ago}</span>
      </time>
      <div className="activity-event__body">
        <p className="activity-event__what">
          <span className="activity-event__type">{typeLabel}</span>
          <span className="activity-event__subject">{subject}</span>
        </p>
        <p className="activity-event__where">
          {region} · {direction}
        </p>
      </div>
    </li>
  );
});

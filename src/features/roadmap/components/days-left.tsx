/** Days left until the end of the roadmap (Astana calendar days), or that it is over, in one sentence. */
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { useNow } from '../../../lib/use-now';
import { roadmapMessages } from '../messages';
import { daysLeft, ROADMAP_END_DATE, roadmapEnded } from '../model/forecast';

export const DaysLeft = ({ end = ROADMAP_END_DATE, className }: { end?: string; className?: string }) => {
  const t = useMessages(roadmapMessages);
  const { format } = useI18n();
  // A minute is fine enough for a count of days.
  const now = new Date(useNow(60_000));
  // Noon of the last day, so the date reads the same in Astana and in UTC.
  const date = format.date(new Date(`${end}T07:00:00Z`));
  const left = daysLeft(now, end);
  const text = roadmapEnded(now, end)
    ? t('roadmapOver', { date })
    : left === 0
      ? t('lastDay', { date })
      : t('daysLeft', { count: left, date });
  return (
    <p className={className ?? 'rm-days-left'} data-testid="roadmap-days-left" data-days={left}>
      {text}
    </p>
  );
};

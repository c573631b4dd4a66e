/**
 * Recent activity in one region: its events of the last two hours, newest first, asked of the API for
 * this region (`/activity?region=`). Filtered from the national feed, a small region showed nothing:
 * that feed ends at its newest 50 events, mostly the big cities'. Subjects are free text from source
 * systems and are rendered as text.
 */
import { useQuery } from '@tanstack/react-query';
import { activityQueryOptions } from '../../../api/activity-query';
import type { Meta } from '../../../api/contract';
import { Panel } from '../../../components/panel';
import { eventSubject } from '../../../lib/organisation-name';
import { activityTypeMessages } from '../../../lib/i18n/activity-types';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { regionsMessages } from '../messages';
import '../regions.css';

/** Enough to see what is going on; the live page has the full feed. */
const MAX_EVENTS = 10;

interface RegionActivityPanelProps {
  code: string;
  meta: Meta;
}

export const RegionActivityPanel = ({ code, meta }: RegionActivityPanelProps) => {
  const t = useMessages(regionsMessages);
  const typeLabel = useMessages(activityTypeMessages);
  const { locale, format } = useI18n();
  const feed = useQuery(activityQueryOptions(code));
  // The API is asked for this region only; an API that ignores `region` must still not show others here.
  const events = (feed.data?.events ?? []).filter((e) => e.region === code).slice(0, MAX_EVENTS);

  return (
    <Panel id="region-activity" title={t('activityTitle')} queries={[feed]} skeleton={<div style={{ minHeight: '8rem' }} />}>
      {events.length === 0 ? (
        <p>{t('activityEmpty')}</p>
      ) : (
        <ol className="region-activity" aria-label={t('activityCaption')} data-testid="region-activity">
          {events.map((e) => {
            const at = new Date(e.at);
            const direction = meta.directions.find((d) => d.id === e.direction)?.name[locale] ?? e.direction;
            return (
              <li key={e.id}>
                <time dateTime={e.at} title={format.dateTime(at)}>
                  {format.time(at)}
                </time>
                <span>
                  {typeLabel(e.type)} · {direction}
                </span>
                <span className="region-activity__subject">{eventSubject(e, locale)}</span>
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
};

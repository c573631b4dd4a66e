/**
 * The live activity feed (/activity): newest events first, in the current language. Events that arrive
 * while the user reads are held above the list behind a "Show N new events" button (announced
 * politely to screen readers), so the list never moves under the reader; the list is bounded so a
 * screen left open for days keeps flat memory. `autoReveal` (an unattended screen) shows them at once.
 * Filtered by a type of event, a region (asked of the API) and a direction; a new filter starts the list
 * afresh from its own events, none of them held back as new.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ActivityFeed as ActivityFeedData } from '../../../api/contract';
import { activityQueryOptions } from '../../../api/activity-query';
import { useMeta } from '../../../api/meta-query';
import { Panel } from '../../../components/panel';
import { useCsvDownload } from '../../../components/use-csv-download';
import { csvDateTime } from '../../../lib/csv';
import { eventSubject } from '../../../lib/organisation-name';
import { activityTypeMessages } from '../../../lib/i18n/activity-types';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { ownData } from '../../../lib/own-data';
import { useNow } from '../../../lib/use-now';
import { activityMessages } from '../messages';
import { isFiltered, matchesActivityFilter, type ActivityFilter } from '../model/activity-filter';
import { EMPTY_FEED, receiveEvents, relativeTime, revealPending, type FeedState } from '../model/feed';
import { ActivityFilters } from './activity-filters';
import { ActivityEvent } from './activity-event';
import '../activity.css';

interface ActivityFeedProps {
  filter: ActivityFilter;
  /** Show new events at once instead of holding them back (a screen nobody reads line by line). */
  autoReveal?: boolean;
}

/** The minute of the newest event shown, on Astana's clock ("2026-12-06 16:33"); null with none. */
const latestEventMinute = (events: readonly { at: string }[]): string | null => {
  const latest = Math.max(...events.map((e) => Date.parse(e.at)).filter(Number.isFinite));
  return Number.isFinite(latest) ? csvDateTime(new Date(latest)).slice(0, 16) : null;
};

export const ActivityFeed = ({ filter, autoReveal = false }: ActivityFeedProps) => {
  const t = useMessages(activityMessages);
  const typeLabel = useMessages(activityTypeMessages);
  const { locale, format } = useI18n();
  const downloadCsv = useCsvDownload();
  // The previous region's answer stays while another region's is asked: the panel, and the filters in it,
  // stay on screen (focus stays on the select just changed).
  const activity = useQuery({ ...activityQueryOptions(filter.region), placeholderData: keepPreviousData });
  const meta = useMeta();

  // Feed state follows the query's data: adjusted while rendering when a new response arrives
  // (React's pattern for state derived from changing props), so there is no extra render pass. The
  // previous filter's answer, kept while the new one is asked, is not taken: its events would be on
  // screen, and the new answer's older ones held back above them as new.
  const data = ownData(activity);
  const filterKey = `${filter.event}|${filter.region}|${filter.direction}`;
  const [feed, setFeed] = useState<FeedState>(EMPTY_FEED);
  const [received, setReceived] = useState<{ data: ActivityFeedData | undefined; filterKey: string }>({ data: undefined, filterKey });
  if (data !== received.data || filterKey !== received.filterKey) {
    const from = filterKey === received.filterKey ? feed : EMPTY_FEED;
    setReceived({ data, filterKey });
    setFeed(
      data
        ? receiveEvents(
            from,
            data.events.filter((e) => matchesActivityFilter(e, filter)),
            autoReveal,
          )
        : from,
    );
  }

  const listRef = useRef<HTMLOListElement>(null);
  const focusNewest = useRef(false);
  useEffect(() => {
    if (!focusNewest.current) return;
    focusNewest.current = false;
    listRef.current?.querySelector<HTMLElement>('li')?.focus();
  }, [feed.shown]);

  // Items are memoised on their text, so this tick re-renders one only when its "… ago" changes.
  const now = useNow(15_000);
  const names = useMemo(() => {
    const regions = new Map<string, string>(meta.data?.regions.map((r) => [r.code, r.name[locale]]) ?? []);
    const directions = new Map<string, string>(meta.data?.directions.map((d) => [d.id, d.name[locale]]) ?? []);
    return { region: (code: string) => regions.get(code) ?? code, direction: (id: string) => directions.get(id) ?? id };
  }, [meta.data, locale]);

  const ago = (iso: string): string => {
    const r = relativeTime(Date.parse(iso), now);
    if (r.unit === 'now') return t('justNow');
    if (r.unit === 'minutes') return t('minutesAgo', { count: r.count });
    if (r.unit === 'hours') return t('hoursAgo', { count: r.count });
    return format.date(new Date(iso));
  };

  // The file is named in English whatever the page's language, like every other export: a name scripts
  // and shared folders can rely on (the columns inside are in the reader's language). Times are the
  // screen's, Astana's, as a spreadsheet reads a date and time.
  const download = () =>
    downloadCsv(
      // What the file holds, as the screen's filters say, and up to when: "activity-KZ-62-ecology-2026-12-06-16-33".
      ['activity', filter.region, filter.direction, filter.event, latestEventMinute(feed.shown)].filter(Boolean).join('-'),
      [t('colTime'), t('colEvent'), t('colRegion'), t('colDirection'), t('colSubject')],
      feed.shown.map((e) => [
        csvDateTime(new Date(e.at)),
        typeLabel(e.type),
        names.region(e.region),
        names.direction(e.direction),
        eventSubject(e, locale),
      ]),
    );

  return (
    <Panel
      id="activity-feed"
      title={t('feedTitle')}
      className="activity-feed"
      // Under today's counters, on every screen: at the panels' estimated height for a frame, it left the page's foot in view.
      onFirstScreen
      queries={[activity, meta]}
      actions={
        <button type="button" className="button" onClick={download} disabled={feed.shown.length === 0}>
          {t('downloadCsv')}
        </button>
      }
      controls={
        <>
          <p className="panel__subtitle">{t('feedIntro')}</p>
          <ActivityFilters filter={filter} meta={meta.data} />
        </>
      }
      skeleton={<div className="activity-feed__skeleton" data-hides-foot="" />}
    >
      {/* A fixed-height slot: the button appearing never pushes the list down. */}
      <div className="activity-feed__new">
        {feed.pendingCount > 0 ? (
          <button
            type="button"
            className="button activity-feed__show"
            onClick={() => {
              focusNewest.current = true;
              setFeed(revealPending(feed));
            }}
          >
            {t('showNew', { count: feed.pendingCount })}
          </button>
        ) : activity.isPlaceholderData ? null : (
          // Not while another region's events are on their way: "no new events" would be the previous region's.
          <span className="activity-feed__none">{t('noNew')}</span>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {feed.pendingCount > 0 ? t('announceNew', { count: feed.pendingCount }) : ''}
      </p>
      {activity.isPlaceholderData ? (
        <p className="activity-feed__empty" role="status">
          {t('loadingFiltered')}
        </p>
      ) : feed.shown.length === 0 ? (
        <p className="activity-feed__empty" role="status">
          {isFiltered(filter) ? t('emptyFiltered') : t('empty')}
        </p>
      ) : (
        <ol className="activity-feed__list" aria-label={t('listLabel')} ref={listRef}>
          {feed.shown.map((e) => {
            const at = new Date(e.at);
            return (
              <ActivityEvent
                key={e.id}
                id={e.id}
                type={e.type}
                typeLabel={typeLabel(e.type)}
                at={e.at}
                clock={format.time(at)}
                ago={ago(e.at)}
                absolute={format.dateTime(at)}
                subject={eventSubject(e, locale)}
                region={names.region(e.region)}
                direction={names.direction(e.direction)}
              />
            );
          })}
        </ol>
      )}
    </Panel>
  );
};

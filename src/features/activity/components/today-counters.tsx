/**
 * Today's counters for the overview: requests opened and closed, actions completed and organisations
 * registered since midnight, Astana time, each with its noun in the right plural form. Shares the
 * /activity query with the live feed: of the country, or of the region the feed is filtered to.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ACTIVITY_TYPES, type ActivityType } from '../../../api/contract';
import { activityQueryOptions } from '../../../api/activity-query';
import { Panel } from '../../../components/panel';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { ownData } from '../../../lib/own-data';
import { Link } from '../../../lib/router';
import { activityMessages, type ActivityMessageKey } from '../messages';
import '../activity.css';

const LABEL: Record<ActivityType, ActivityMessageKey> = {
  requestOpened: 'todayRequestOpened',
  requestClosed: 'todayRequestClosed',
  actionCompleted: 'todayActionCompleted',
  organisationRegistered: 'todayOrganisationRegistered',
};

interface TodayCountersProps {
  /** Link to the full feed, when the page has one. */
  feedHref?: string;
  /** One region's counters instead of the country's, and its name said under the title. */
  region?: { code: string; name: string } | null;
  /** The feed beside is filtered by a direction, which the counters are not: they say so. */
  everyDirection?: boolean;
}

export const TodayCounters = ({ feedHref, region = null, everyDirection = false }: TodayCountersProps) => {
  const t = useMessages(activityMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  const activity = useQuery({ ...activityQueryOptions(region?.code ?? null), placeholderData: keepPreviousData });
  // The previous region's counts are not shown as this one's while its answer is on its way.
  const today = ownData(activity)?.today;
  const where = region ? t('todaySubtitleRegion', { region: region.name }) : t('todaySubtitle');
  const subtitle = everyDirection ? t('todayEveryDirection', { subtitle: where }) : where;

  return (
    <Panel
      id="today"
      title={t('todayTitle')}
      className="today-counters"
      queries={[activity]}
      actions={feedHref ? <Link to={feedHref}>{t('allActivity')}</Link> : undefined}
      skeleton={
        // The loaded panel's own lines, text hidden: the same height in every language, so nothing jumps.
        <div className="today-counters__pending" aria-hidden="true">
          <p className="panel__subtitle">{t('todaySubtitle')}</p>
          <ul className="today-counters__list">
            {ACTIVITY_TYPES.map((type) => (
              <li key={type} className="today-counters__item">
                <span className="today-counters__value">0</span>{' '}
                <span className="today-counters__label">{t(LABEL[type], { count: 0 })}</span>
              </li>
            ))}
          </ul>
        </div>
      }
    >
      <p className="panel__subtitle">{subtitle}</p>
      <ul className="today-counters__list" aria-busy={activity.isPlaceholderData}>
        {ACTIVITY_TYPES.map((type) => {
          const count = today?.[type] ?? null;
          return (
            <li key={type} className={`today-counters__item today-counters__item--${type}`}>
              <span className="today-counters__value" data-testid={`today-${type}`}>
                {count !== null ? (
                  format.number(count)
                ) : activity.isPlaceholderData ? (
                  '…'
                ) : (
                  <span className="today-counters__no-data">{common('noData')}</span>
                )}
              </span>{' '}
              {/* With no count, the words take their general plural form. */}
              <span className="today-counters__label">{t(LABEL[type], { count: count ?? 0 })}</span>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
};

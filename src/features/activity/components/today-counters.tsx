/**
 * Today's counters for the overview: requests opened and closed, actions completed and organisations
 * registered since midnight, Astana time, each with its noun in the right plural form. Shares the
 * /activity query with the live feed.
 */
import { useQuery } from '@tanstack/react-query';
import { ACTIVITY_TYPES, type ActivityType } from '../../../api/contract';
import { Panel } from '../../../components/panel';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { Link } from '../../../lib/router';
import { activityQueryOptions } from '../api/activity-queries';
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
}

export const TodayCounters = ({ feedHref }: TodayCountersProps) => {
  const t = useMessages(activityMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  const activity = useQuery(activityQueryOptions());
  const today = activity.data?.today;

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
                <span className="today-counters__value">0</span> <span className="today-counters__label">{t(LABEL[type], { count: 0 })}</span>
              </li>
            ))}
          </ul>
        </div>
      }
    >
      <p className="panel__subtitle">{t('todaySubtitle')}</p>
      <ul className="today-counters__list">
        {ACTIVITY_TYPES.map((type) => {
          const count = today?.[type] ?? null;
          return (
            <li key={type} className={`today-counters__item today-counters__item--${type}`}>
              <span className="today-counters__value" data-testid={`today-${type}`}>
                {count === null ? <span className="today-counters__no-data">{common('noData')}</span> : format.number(count)}
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

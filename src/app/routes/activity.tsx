/** `/activity`: live monitoring — today's counters and the feed of events as they happen. */
import { ActivityFeed } from '../../features/activity/components/activity-feed';
import { TodayCounters } from '../../features/activity/components/today-counters';
import { commonMessages } from '../../lib/i18n/common-messages';
import { useMessages } from '../../lib/i18n/i18n-context';
import { PageHeader } from '../shell/page-header';

export const ActivityPage = () => {
  const t = useMessages(commonMessages);
  return (
    <>
      <PageHeader title={t('navActivity')} />
      <TodayCounters />
      <ActivityFeed />
    </>
  );
};

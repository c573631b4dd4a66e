/** `/activity`: live monitoring — today's counters and the feed of events as they happen, filtered by the link. */
import { useMeta } from '../../api/meta-query';
import { ActivityFeed } from '../../features/activity/components/activity-feed';
import { TodayCounters } from '../../features/activity/components/today-counters';
import { parseActivityFilter } from '../../features/activity/model/activity-filter';
import { commonMessages } from '../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../lib/i18n/i18n-context';
import { useSearchParam } from '../../lib/router';
import { PageHeader } from '../shell/page-header';

export const ActivityPage = () => {
  const t = useMessages(commonMessages);
  const meta = useMeta();
  const raw = { event: useSearchParam('event'), region: useSearchParam('region'), direction: useSearchParam('direction') };
  const { filter, invalid } = parseActivityFilter(raw, meta.data?.regions.map((r) => r.code) ?? null);
  const { locale } = useI18n();
  const regionName = meta.data?.regions.find((r) => r.code === filter.region)?.name[locale];
  return (
    <>
      <PageHeader title={t('navActivity')} invalidParams={invalid} />
      {/* The feed's region is the counters' too: a region's day beside its events. */}
      <TodayCounters
        region={filter.region ? { code: filter.region, name: regionName ?? filter.region } : null}
        everyDirection={filter.direction !== null}
      />
      <ActivityFeed filter={filter} />
    </>
  );
};

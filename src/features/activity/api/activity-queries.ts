/**
 * Query definition of /activity: the newest events (the API's default window, at most 50) and today's
 * counters. No `since` in the request: the URL stays the same from poll to poll, so the server can
 * answer 304 while nothing happened and the overview's counters and the feed share one query.
 */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../api/api';

export const activityKeys = {
  all: ['activity'] as const,
  feed: () => [...activityKeys.all, 'feed'] as const,
};

export const activityQueryOptions = () =>
  queryOptions({
    queryKey: activityKeys.feed(),
    queryFn: ({ signal }) => api().get('activity', {}, signal),
  });

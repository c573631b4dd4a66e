/**
 * Query definition of /activity: the newest events (the API's default window, at most 50) and today's
 * counters, of the country or of one region (`?region=`). No `since` in the request: the URL stays the
 * same from poll to poll, so the server can answer 304 while nothing happened and the overview's counters
 * and the feed share one query. Shared: the live page, its counters and a region's page all ask it.
 */
import { queryOptions } from '@tanstack/react-query';
import { api } from './api';

export const activityKeys = {
  all: ['activity'] as const,
  feed: (region: string | null) => [...activityKeys.all, 'feed', region ?? 'country'] as const,
};

/** The events of the country, or of `region` alone, asked of the API for it (a small region's would not be among the country's newest). */
export const activityQueryOptions = (region: string | null = null) =>
  queryOptions({
    queryKey: activityKeys.feed(region),
    queryFn: ({ signal }) => api().get('activity', region === null ? {} : { region }, signal),
  });

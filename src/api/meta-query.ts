/** Query definition of /meta: regions, directions and metrics every view needs for names and units. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api';

export const metaKeys = { all: ['meta'] as const };

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: metaKeys.all,
    queryFn: ({ signal }) => api().get('meta', {}, signal),
  });

export const useMeta = () => useQuery(metaQueryOptions());

/** Query definition of /roadmap: the roadmap-to-2026 indicators (targets, monthly actuals) and its measures. */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../api/api';

export const roadmapKeys = {
  all: ['roadmap'] as const,
  detail: () => [...roadmapKeys.all, 'detail'] as const,
};

export const roadmapQueryOptions = () =>
  queryOptions({
    queryKey: roadmapKeys.detail(),
    queryFn: ({ signal }) => api().get('roadmap', {}, signal),
  });

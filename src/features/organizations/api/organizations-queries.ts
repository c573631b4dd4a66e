/** Query definition of /organizations: one page of organisations, filtered, searched and sorted by the server. */
import { queryOptions } from '@tanstack/react-query';
import type { DirectionId, NameLanguage, OrganizationSort } from '../../../api/contract';
import { api } from '../../../api/api';

export interface OrganizationsParams {
  region: string | null;
  direction: DirectionId | null;
  q: string;
  sort: OrganizationSort;
  /** The names the reader sees, so "by name" follows their alphabet. */
  nameLang: NameLanguage;
  page: number;
  pageSize: number;
}

export const organizationsKeys = {
  all: ['organizations'] as const,
  lists: () => [...organizationsKeys.all, 'list'] as const,
  list: (params: OrganizationsParams) => [...organizationsKeys.lists(), params] as const,
};

export const organizationsQueryOptions = (params: OrganizationsParams) =>
  queryOptions({
    queryKey: organizationsKeys.list(params),
    queryFn: ({ signal }) =>
      api().get(
        'organizations',
        {
          region: params.region,
          direction: params.direction,
          q: params.q.trim(),
          sort: params.sort,
          nameLang: params.nameLang,
          page: params.page,
          pageSize: params.pageSize,
        },
        signal,
      ),
  });

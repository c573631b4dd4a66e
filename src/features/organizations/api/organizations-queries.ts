/** Query definition of /organizations: one page of organisations, filtered, searched and sorted by the server. */
import { queryOptions } from '@tanstack/react-query';
import type { DirectionId, NameLanguage, Organization, OrganizationSort } from '../../../api/contract';
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

/** The request's query: the search without the spaces around it. */
const queryOf = (params: OrganizationsParams) => ({ ...params, q: params.q.trim() });

export const organizationsQueryOptions = (params: OrganizationsParams) =>
  queryOptions({
    queryKey: organizationsKeys.list(params),
    queryFn: ({ signal }) => api().get('organizations', queryOf(params), signal),
  });

/** The largest page the API gives (contract: `pageSize` ≤ 100), and a bound on the pages asked for one list. */
const LARGEST_PAGE = 100;
const MOST_PAGES = 100;

/**
 * Every organisation of the list `params` describe (its page and page size aside), page after page at the
 * largest size the API gives: for the CSV of the whole list, where the table shows ten at a time.
 */
export const fetchWholeList = async (
  params: Omit<OrganizationsParams, 'page' | 'pageSize'>,
  signal?: AbortSignal,
): Promise<Organization[]> => {
  const all: Organization[] = [];
  for (let page = 1; page <= MOST_PAGES; page++) {
    const answer = await api().get('organizations', queryOf({ ...params, page, pageSize: LARGEST_PAGE }), signal);
    all.push(...answer.items);
    if (answer.items.length === 0 || all.length >= answer.total) break;
  }
  return all;
};

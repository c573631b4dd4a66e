/**
 * Query definitions of /regions (every metric for every region, optionally within one direction) and
 * /regions/{code} (one region's KPIs, ranks and directions). Shared: the regions pages, the directions
 * pages (a direction's regions) and the trends (the regions' totals). Filters live in the keys, from
 * general to specific.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Comparison, DirectionId } from './contract';
import { api } from './api';

export interface RegionsParams {
  period: string;
  compare: Comparison;
  direction: DirectionId | null;
}

export interface RegionParams {
  period: string;
  compare: Comparison;
}

export const regionsKeys = {
  all: ['regions'] as const,
  lists: () => [...regionsKeys.all, 'list'] as const,
  list: (params: RegionsParams) => [...regionsKeys.lists(), params] as const,
  details: () => [...regionsKeys.all, 'detail'] as const,
  detail: (code: string, params: RegionParams) => [...regionsKeys.details(), code, params] as const,
};

export const regionsQueryOptions = (params: RegionsParams) =>
  queryOptions({
    queryKey: regionsKeys.list(params),
    queryFn: ({ signal }) => api().get('regions', { period: params.period, compare: params.compare, direction: params.direction }, signal),
  });

export const regionQueryOptions = (code: string, params: RegionParams) =>
  queryOptions({
    queryKey: regionsKeys.detail(code, params),
    queryFn: ({ signal }) => api().get('region', { code, period: params.period, compare: params.compare }, signal),
  });

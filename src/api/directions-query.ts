/**
 * Query definition of /directions: the breakdown by direction, national or for one region. Shared: the
 * directions pages and the wall show it, and the directions' trends state its totals.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Comparison, RegionCode } from './contract';
import { api } from './api';

export interface DirectionsParams {
  /** null: the whole country. */
  region: RegionCode | null;
  period: string;
  compare: Comparison;
}

export const directionsKeys = {
  all: ['directions'] as const,
  breakdown: (params: DirectionsParams) => [...directionsKeys.all, 'breakdown', params] as const,
};

export const directionsQueryOptions = (params: DirectionsParams) =>
  queryOptions({
    queryKey: directionsKeys.breakdown(params),
    queryFn: ({ signal }) => api().get('directions', { region: params.region, period: params.period, compare: params.compare }, signal),
  });

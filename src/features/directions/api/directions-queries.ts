/**
 * Query definition of /regions filtered by one direction (every region's figures within that direction,
 * for its leading regions, its map and its regions table). /directions' is shared: src/api/directions-query.ts.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Comparison, DirectionId } from '../../../api/contract';
import { api } from '../../../api/api';
import { directionsKeys } from '../../../api/directions-query';

export interface DirectionRegionsParams {
  direction: DirectionId;
  period: string;
  compare: Comparison;
}

export const directionRegionsKeys = {
  regions: (params: DirectionRegionsParams) => [...directionsKeys.all, 'regions', params] as const,
};

export const directionRegionsQueryOptions = (params: DirectionRegionsParams) =>
  queryOptions({
    queryKey: directionRegionsKeys.regions(params),
    queryFn: ({ signal }) => api().get('regions', { direction: params.direction, period: params.period, compare: params.compare }, signal),
  });

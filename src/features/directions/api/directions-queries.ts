/**
 * Query definitions of the directions views: /directions (the breakdown by direction, national or for
 * one region) and /regions filtered by one direction (every region's figures within that direction,
 * for its leading regions, its map and its regions table).
 */
import { queryOptions } from '@tanstack/react-query';
import type { Comparison, DirectionId, RegionCode } from '../../../api/contract';
import { api } from '../../../api/api';

export interface DirectionsParams {
  /** null: the whole country. */
  region: RegionCode | null;
  period: string;
  compare: Comparison;
}

export interface DirectionRegionsParams {
  direction: DirectionId;
  period: string;
  compare: Comparison;
}

export const directionsKeys = {
  all: ['directions'] as const,
  breakdown: (params: DirectionsParams) => [...directionsKeys.all, 'breakdown', params] as const,
  regions: (params: DirectionRegionsParams) => [...directionsKeys.all, 'regions', params] as const,
};

export const directionsQueryOptions = (params: DirectionsParams) =>
  queryOptions({
    queryKey: directionsKeys.breakdown(params),
    queryFn: ({ signal }) => api().get('directions', { region: params.region, period: params.period, compare: params.compare }, signal),
  });

export const directionRegionsQueryOptions = (params: DirectionRegionsParams) =>
  queryOptions({
    queryKey: directionsKeys.regions(params),
    queryFn: ({ signal }) => api().get('regions', { direction: params.direction, period: params.period, compare: params.compare }, signal),
  });

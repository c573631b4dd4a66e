/** Query definition of /timeseries: the monthly series of one metric, national or for one region, optionally one direction. */
import { queryOptions } from '@tanstack/react-query';
import type { DirectionId, MetricId, Month, RegionCode } from '../../../api/contract';
import { api } from '../../../api/api';

export interface TimeseriesParams {
  metric: MetricId;
  /** null: the whole country. */
  region: RegionCode | null;
  /** null: all directions together. */
  direction: DirectionId | null;
  from: Month;
  to: Month;
}

export const timeseriesKeys = {
  all: ['timeseries'] as const,
  series: (params: TimeseriesParams) => [...timeseriesKeys.all, params] as const,
};

export const timeseriesQueryOptions = (params: TimeseriesParams) =>
  queryOptions({
    queryKey: timeseriesKeys.series(params),
    queryFn: ({ signal }) =>
      api().get(
        'timeseries',
        { metric: params.metric, region: params.region, direction: params.direction, from: params.from, to: params.to },
        signal,
      ),
  });

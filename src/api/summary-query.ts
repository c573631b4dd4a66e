/** Query definition of /summary: national KPIs for a period and comparison. */
import { queryOptions } from '@tanstack/react-query';
import type { Comparison } from './contract';
import { api } from './api';

export interface SummaryParams {
  period: string;
  compare: Comparison;
}

export const summaryKeys = {
  all: ['summary'] as const,
  detail: (params: SummaryParams) => [...summaryKeys.all, params] as const,
};

export const summaryQueryOptions = (params: SummaryParams) =>
  queryOptions({
    queryKey: summaryKeys.detail(params),
    queryFn: ({ signal }) => api().get('summary', { period: params.period, compare: params.compare }, signal),
  });

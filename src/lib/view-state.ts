/**
 * View state that lives in the URL and is shared by pages: period, comparison, metric, direction.
 * Each hook validates its parameter; text that is not a valid value falls back to the default and is
 * reported, so a mistyped link shows a notice instead of a broken page.
 */
import { ComparisonParam, DirectionId, type MetricId, PeriodParam, type Comparison } from '../api/contract';
import { useSearchParam } from './router';

export interface ParamState<T> {
  value: T;
  /** The raw text when it was present but invalid. */
  invalid: string | null;
}

const read = <T>(raw: string | null, parse: (raw: string) => T | null, fallback: T): ParamState<T> => {
  if (raw === null || raw === '') return { value: fallback, invalid: null };
  const value = parse(raw);
  return value === null ? { value: fallback, invalid: raw } : { value, invalid: null };
};

export const DEFAULT_PERIOD = 'ytd';

export const usePeriodParam = (): ParamState<string> =>
  read(useSearchParam('period'), (raw) => (PeriodParam.safeParse(raw).success ? raw : null), DEFAULT_PERIOD);

export const useComparisonParam = (): ParamState<Comparison> =>
  read(useSearchParam('compare'), (raw) => ComparisonParam.safeParse(raw).data ?? null, 'previous');

export type MapMetric = MetricId | 'volunteersPer10k' | 'growth';
export const MAP_METRICS: readonly MapMetric[] = ['volunteers', 'volunteersPer10k', 'organisations', 'projects', 'peopleHelped', 'growth'];

export const useMapMetricParam = (): ParamState<MapMetric> =>
  read(useSearchParam('metric'), (raw) => ((MAP_METRICS as readonly string[]).includes(raw) ? (raw as MapMetric) : null), 'volunteers');

export const useDirectionParam = (): ParamState<DirectionId | null> =>
  read<DirectionId | null>(useSearchParam('direction'), (raw) => DirectionId.safeParse(raw).data ?? null, null);

/** The parameters a drill-down carries from page to page. */
export const CARRIED_PARAMS = ['lang', 'period', 'compare', 'metric', 'direction', 'refresh'] as const;

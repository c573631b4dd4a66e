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

// Pure readers of the raw parameter, for code outside React (the first requests, src/app/app.tsx).
export const periodParam = (raw: string | null): ParamState<string> => read(raw, (r) => (PeriodParam.safeParse(r).success ? r : null), DEFAULT_PERIOD);
export const comparisonParam = (raw: string | null): ParamState<Comparison> => read(raw, (r) => ComparisonParam.safeParse(r).data ?? null, 'previous');
export const directionParam = (raw: string | null): ParamState<DirectionId | null> =>
  read<DirectionId | null>(raw, (r) => DirectionId.safeParse(r).data ?? null, null);

export const usePeriodParam = (): ParamState<string> => periodParam(useSearchParam('period'));

export const useComparisonParam = (): ParamState<Comparison> => comparisonParam(useSearchParam('compare'));

export type MapMetric = MetricId | 'volunteersPer10k' | 'growth';
export const MAP_METRICS: readonly MapMetric[] = ['volunteers', 'volunteersPer10k', 'organisations', 'projects', 'peopleHelped', 'growth'];

export const useMapMetricParam = (): ParamState<MapMetric> =>
  read(useSearchParam('metric'), (raw) => ((MAP_METRICS as readonly string[]).includes(raw) ? (raw as MapMetric) : null), 'volunteers');

export const useDirectionParam = (): ParamState<DirectionId | null> => directionParam(useSearchParam('direction'));

/** The parameters a drill-down carries from page to page. */
export const CARRIED_PARAMS = ['lang', 'period', 'compare', 'metric', 'direction', 'refresh'] as const;

/**
 * View state that lives in the URL and is shared by pages: period, comparison, metric, direction.
 * Each hook validates its parameter; text that is not a valid value falls back to the default and is
 * reported, so a mistyped link shows a notice instead of a broken page.
 */
import { ComparisonParam, DirectionId, METRIC_IDS, type MetricId, PeriodParam, type Comparison } from '../api/contract';
import { useMeta } from '../api/meta-query';
import { monthOfDate, parsePeriod } from './months';
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
export const periodParam = (raw: string | null): ParamState<string> =>
  read(raw, (r) => (PeriodParam.safeParse(r).success ? r : null), DEFAULT_PERIOD);
export const comparisonParam = (raw: string | null): ParamState<Comparison> =>
  read(raw, (r) => ComparisonParam.safeParse(r).data ?? null, 'previous');
export const directionParam = (raw: string | null): ParamState<DirectionId | null> =>
  read<DirectionId | null>(raw, (r) => DirectionId.safeParse(r).data ?? null, null);

/**
 * The period, checked against the data's months once /meta is here: a period wholly outside them
 * ("2018-Q4", "2027-01") had every panel ask the API for it and fail with a 400 and a retry that could
 * never succeed; it is now reported like a mistyped one, and the default shown.
 */
export const usePeriodParam = (): ParamState<string> => {
  const raw = useSearchParam('period');
  const meta = useMeta().data;
  const state = periodParam(raw);
  if (state.invalid !== null || raw === null || raw === '' || !meta) return state;
  return parsePeriod(raw, monthOfDate(new Date(meta.asOf)), meta.dataFrom) === null ? { value: DEFAULT_PERIOD, invalid: raw } : state;
};

export const useComparisonParam = (): ParamState<Comparison> => comparisonParam(useSearchParam('compare'));

/**
 * `per=10k`: figures per 10,000 residents, on the directions pages, in the regions table and on the
 * regional map alike (the table once had its own `perCapita=1`, still read), so the choice goes with the
 * reader from one to the other.
 */
export const PER_10K = '10k';

/** A metric per 10,000 residents of each region, as the map can show every count: "organisationsPer10k". */
export type PerResidentMetric = `${MetricId}Per10k`;
export type MapMetric = MetricId | PerResidentMetric | 'growth';

export const perResident = (metric: MetricId): PerResidentMetric => `${metric}Per10k`;

/** The count a map rate per 10,000 residents is of ("organisationsPer10k" → "organisations"); undefined for anything else. */
export const countOfRate = (raw: string): MetricId | undefined => METRIC_IDS.find((m) => raw === perResident(m));

// Every metric of the API (the directions page links here with any of them), each per 10,000 residents
// too, and the growth in volunteers.
export const MAP_METRICS: readonly MapMetric[] = [...METRIC_IDS.flatMap((m): MapMetric[] => [m, perResident(m)]), 'growth'];

/**
 * How a map metric is written in the link: its count and `per=10k` for a rate per 10,000 residents, so
 * that choice goes with the reader, to the regions table beside the map and to the directions pages; the
 * growth as it is. (The older `metric=volunteersPer10k` is still read.)
 */
export const mapMetricSearch = (metric: MapMetric): Record<string, string | null> => {
  if (metric === 'growth') return { metric };
  const count = countOfRate(metric);
  return { metric: count ?? metric, per: count ? PER_10K : null, perCapita: null };
};

/**
 * The map's metric: `metric`, per 10,000 residents where the link says `per=10k` (the regions table and
 * the directions pages carry it: "organisations" from a page per 10,000 is "organisationsPer10k" here).
 */
export const useMapMetricParam = (): ParamState<MapMetric> => {
  const state = read(
    useSearchParam('metric'),
    (raw) => ((MAP_METRICS as readonly string[]).includes(raw) ? (raw as MapMetric) : null),
    'volunteers',
  );
  const per = useSearchParam('per');
  const count = (METRIC_IDS as readonly string[]).includes(state.value) ? (state.value as MetricId) : null;
  return per === PER_10K && count ? { ...state, value: perResident(count) } : state;
};

export const useDirectionParam = (): ParamState<DirectionId | null> => directionParam(useSearchParam('direction'));

export interface MapView {
  period: string;
  compare: Comparison;
  metric: MapMetric;
  direction: DirectionId | null;
  /** Each parameter's text when the URL had one that was not understood (for the page header's notice). */
  invalid: Record<'period' | 'compare' | 'metric' | 'direction', string | null>;
}

/** The view of the pages around the regional map (the overview, /regions, a region's page), read from the URL. */
export const useMapView = (): MapView => {
  const period = usePeriodParam();
  const compare = useComparisonParam();
  const metric = useMapMetricParam();
  const direction = useDirectionParam();
  return {
    period: period.value,
    compare: compare.value,
    metric: metric.value,
    direction: direction.value,
    invalid: { period: period.invalid, compare: compare.invalid, metric: metric.invalid, direction: direction.invalid },
  };
};

/** The parameters a drill-down carries from page to page. */
export const CARRIED_PARAMS = ['lang', 'period', 'compare', 'metric', 'direction', 'per', 'refresh'] as const;

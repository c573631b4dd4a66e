/**
 * The numbers behind the regional map: one value per region for each map metric (each count of the API,
 * each per 10 000 residents, and the growth in volunteers over the period), derived from a /regions
 * response and the population in /meta.
 *
 * Pure and DOM-free, unit-tested (tests/unit/region-map-metrics.test.ts). Formatting is the view's job.
 */
import { METRIC_IDS, PER_RESIDENT_DECIMALS, type MetricId, type RegionStats, type RegionsResponse } from '../../../api/contract';
import { computeChange } from '../../../lib/change';
import { plausibleStats } from '../../../lib/region-checks';
import { perResident, type MapMetric } from '../../../lib/view-state';

/** Per-capita figures are per this many residents, the unit the ministry uses. */
export const PER_CAPITA_BASE = 10_000;

/** Decimals shown: counts are whole, growth has one decimal, rates per 10 000 residents one or two (below). */
export const GROWTH_DECIMALS = 1;

export type MapMetricKind = 'count' | 'perCapita' | 'growth';

export interface MapMetricSpec {
  id: MapMetric;
  /** The API metric the value is computed from. */
  base: MetricId;
  kind: MapMetricKind;
  /**
   * Decimals the value is shown with on the map, its list and its CSV: counts none, growth one, rates one or
   * two. The regions table writes a rate with at least as many (`perCapitaDecimals`, region-table.ts).
   */
  decimals: 0 | 1 | 2;
}

export const MAP_METRIC_SPECS = Object.fromEntries([
  ...METRIC_IDS.flatMap((base): [MapMetric, MapMetricSpec][] => [
    [base, { id: base, base, kind: 'count', decimals: 0 }],
    // A rate with the decimals the API ranks it at (the contract's PER_RESIDENT_DECIMALS), so rank and figure agree.
    [perResident(base), { id: perResident(base), base, kind: 'perCapita', decimals: PER_RESIDENT_DECIMALS[base] }],
  ]),
  ['growth', { id: 'growth', base: 'volunteers', kind: 'growth', decimals: GROWTH_DECIMALS }],
]) as Readonly<Record<MapMetric, MapMetricSpec>>;

export const mapMetricSpec = (metric: MapMetric): MapMetricSpec => MAP_METRIC_SPECS[metric];

/** value per 10 000 residents; null without a value or a population. Not rounded. */
export const perCapita = (value: number | null, population: number | null | undefined): number | null =>
  value === null || !population || population <= 0 ? null : (value / population) * PER_CAPITA_BASE;

/**
 * Change in percent from `previous` to `value`, as every change elsewhere is computed (`computeChange`). Null
 * when either is unknown or previous is 0 (growth from nothing has no percentage: showing +∞ % or 0 % would
 * both mislead). Not rounded.
 */
export const growthPercent = (value: number | null, previous: number | null): number | null =>
  computeChange(value, previous)?.percent ?? null;

/** One region's value of a map metric; null is "no data". */
export function regionMetricValue(metric: MapMetric, stats: RegionStats | undefined, population: number | null | undefined): number | null {
  if (!stats) return null;
  const spec = MAP_METRIC_SPECS[metric];
  const value = stats.values[spec.base] ?? null;
  if (spec.kind === 'perCapita') return perCapita(value, population);
  if (spec.kind === 'growth') return growthPercent(value, stats.previous[spec.base] ?? null);
  return value;
}

export interface RegionPopulation {
  code: string;
  population: number;
}

/**
 * The response's figures by region code. A count no region could have (more volunteers than residents)
 * is "no data" here, as the contract makes a negative one: it would top the ranking, stretch the legend's
 * last class to millions and pass for growth of thousands of percent. The panel names it
 * (src/lib/region-checks.ts).
 */
export const statsByCode = (
  response: Pick<RegionsResponse, 'regions'> | undefined,
  regions: ReadonlyArray<RegionPopulation>,
): Map<string, RegionStats> => {
  const population = new Map(regions.map((r) => [r.code, r.population]));
  return new Map((response?.regions ?? []).map((r) => [r.code, plausibleStats(r, population.get(r.code))]));
};

/**
 * The value of `metric` for every region of `regions` (meta's list, so all 20 appear even when the
 * response leaves one out: that one is "no data"), in the order of `regions`.
 */
export function mapMetricValues(
  metric: MapMetric,
  response: Pick<RegionsResponse, 'regions'> | undefined,
  regions: ReadonlyArray<RegionPopulation>,
): { code: string; value: number | null }[] {
  const byCode = statsByCode(response, regions);
  return regions.map((r) => ({ code: r.code, value: regionMetricValue(metric, byCode.get(r.code), r.population) }));
}

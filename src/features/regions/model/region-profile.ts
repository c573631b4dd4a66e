/**
 * The numbers of a region page: each KPI against the country (per 10 000 residents, share of the
 * national total) with its value in the comparison period, the direction breakdown, and the monthly trend of
 * the region per capita against the national per-capita trend, with the trend put into words.
 *
 * Pure and DOM-free, unit-tested (tests/unit/region-profile.test.ts).
 */
import type { DirectionStats, Kpi, MetricId, MonthlyPoint } from '../../../api/contract';
import { computeChange } from '../../../lib/change';
import { rateFractionDigits, roundAsShown } from '../../../lib/i18n/format';
import { largestRemainder } from '../../../lib/shares';
import { perCapita } from './map-metrics';

export interface KpiComparison {
  metric: MetricId;
  value: number | null;
  /** Per 10 000 residents of the region / of the country, to `perCapitaDigits` decimals. */
  perCapita: number | null;
  nationalPerCapita: number | null;
  /**
   * Decimals of both rates: one, or two significant digits of the smaller, or more where two different
   * rates would read alike: "0.68 (national 0.41)", not "0.7 (national 0.4)"; "1.97 (national 2.04)", not
   * "2.0 (national 2.0)" beside a rank that told them apart.
   */
  perCapitaDigits: number;
  /** The region's share of the national value in percent, one decimal. */
  shareOfNational: number | null;
  /** The region's value in the comparison period (the tile puts the change into words). */
  previous: number | null;
  /** 1 = highest of the 20; null when the API gave none. */
  rank: number | null;
  /** The same by the value per resident; null when the API gave none (it need not). */
  rankPerCapita: number | null;
}

/** Most decimals a tile writes a rate per 10 000 residents with (0.049 ecology organisations: "0.049"). */
const MAX_PER_CAPITA_DIGITS = 3;

/** Two significant digits of the smaller rate, at least one decimal; more while two different rates read alike ("2.0 (national 2.0)"). */
const ratesDigits = (a: number | null, b: number | null): number => {
  let digits = rateFractionDigits([a, b], 0, MAX_PER_CAPITA_DIGITS - 1) + 1;
  while (digits < MAX_PER_CAPITA_DIGITS && a !== null && b !== null && a !== b && roundAsShown(a, digits) === roundAsShown(b, digits))
    digits++;
  return digits;
};

export function compareKpi(
  metric: MetricId,
  regional: Kpi | undefined,
  national: Kpi | undefined,
  populations: { region: number | null; nation: number | null },
  ranks: { count: number | undefined; perCapita: number | undefined },
): KpiComparison {
  const value = regional?.value ?? null;
  const nationalValue = national?.value ?? null;
  const pc = perCapita(value, populations.region);
  const npc = perCapita(nationalValue, populations.nation);
  const perCapitaDigits = ratesDigits(pc, npc);
  return {
    metric,
    value,
    perCapita: roundAsShown(pc, perCapitaDigits),
    nationalPerCapita: roundAsShown(npc, perCapitaDigits),
    perCapitaDigits,
    shareOfNational: value === null || !nationalValue ? null : roundAsShown((value / nationalValue) * 100, 1),
    previous: regional?.previous ?? null,
    // A rank with no figure of the region's to stand beside is not shown (a figure refused as impossible).
    rank: value === null ? null : (ranks.count ?? null),
    // Without the region's own rate the rank has nothing to stand beside on the tile.
    rankPerCapita: pc === null ? null : (ranks.perCapita ?? null),
  };
}

export interface DirectionRow {
  id: string;
  value: number | null;
  /** Share of the sum over directions in percent, one decimal; the shares add up to 100. */
  share: number | null;
  /** Change on the comparison period in percent, one decimal. */
  change: number | null;
}

/** One row per direction for `metric`, in the order given (the API's, which is meta's). */
export function directionBreakdown(directions: ReadonlyArray<DirectionStats>, metric: MetricId): DirectionRow[] {
  const values = directions.map((d) => d.values[metric] ?? null);
  // Rounded so that they add up to 100, as on /directions: each rounded alone, they came to 99.8–100.1.
  const shares = largestRemainder(values);
  return directions.map((d, i) => {
    const value = values[i] ?? null;
    const change = computeChange(value, d.previous[metric] ?? null);
    return { id: d.id, value, share: shares[i] ?? null, change: roundAsShown(change?.percent, 1) };
  });
}

export interface TrendPoint {
  month: string;
  region: number | null;
  national: number | null;
}

/**
 * Region and country per 10 000 residents, month by month, over the months both series have. The month
 * still under way is left out: a stock "so far" is fine, but a flow would look like a collapse.
 */
export function perCapitaTrend(
  regional: ReadonlyArray<MonthlyPoint>,
  national: ReadonlyArray<MonthlyPoint>,
  populations: { region: number | null; nation: number | null },
): TrendPoint[] {
  const nationalByMonth = new Map(national.filter((p) => !p.partial).map((p) => [p.month, p.value]));
  const points: TrendPoint[] = [];
  for (const p of regional) {
    if (p.partial || !nationalByMonth.has(p.month)) continue;
    const r = perCapita(p.value, populations.region);
    const n = perCapita(nationalByMonth.get(p.month) ?? null, populations.nation);
    points.push({ month: p.month, region: roundAsShown(r, 1), national: roundAsShown(n, 1) });
  }
  return points;
}

export interface TrendFacts {
  first: TrendPoint;
  last: TrendPoint;
  /** Region minus country at the last month, per 10 000; positive = above the country. */
  gap: number;
  regionChange: number;
  nationalChange: number;
}

/** The first and last complete points with values on both lines, for the sentence under the chart. */
export function trendFacts(points: ReadonlyArray<TrendPoint>): TrendFacts | null {
  const complete = points.filter((p) => p.region !== null && p.national !== null);
  const first = complete[0];
  const last = complete[complete.length - 1];
  if (!first || !last || first === last) return null;
  const num = (v: number | null): number => v ?? 0;
  return {
    first,
    last,
    gap: roundAsShown(num(last.region) - num(last.national), 1),
    regionChange: roundAsShown(num(last.region) - num(first.region), 1),
    nationalChange: roundAsShown(num(last.national) - num(first.national), 1),
  };
}

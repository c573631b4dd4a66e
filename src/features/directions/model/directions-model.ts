/**
 * The breakdown by direction and the ranking of regions within a direction, derived from API
 * responses: shares that add up to exactly 100 % once rounded for display (largest remainder), the
 * change against the comparison period, and the leading regions, absolute or per 10,000 residents.
 *
 * Pure and DOM-free; the bar chart, the tables and the map only read what these functions return.
 */
import type { Direction, DirectionId, DirectionStats, MetricId, RegionStats } from '../../../api/contract';
import { computeChange, type Change } from '../../../lib/change';
import { compareCodeUnits } from '../../../lib/i18n/collate';
import { rateFractionDigits, roundAsShown } from '../../../lib/i18n/format';
import { largestRemainder } from '../../../lib/shares';
import { plausibleStats } from '../../../lib/region-checks';

export interface BreakdownRow {
  id: DirectionId;
  priority: boolean;
  value: number | null;
  previous: number | null;
  /** Exact share of the known total, in percent. */
  share: number | null;
  /** The share rounded for display; the displayed shares add up to exactly 100. */
  displayShare: number | null;
  change: Change | null;
}

export interface Breakdown {
  /** Largest first; directions without data last; ties in the contract's order. */
  rows: BreakdownRow[];
  /** Sum of the directions with data. */
  total: number | null;
  previousTotal: number | null;
  totalChange: Change | null;
  /**
   * Share of the ministry's priority directions together, from their counts, rounded as a share is shown.
   * Not the sum of their rounded shares, which can be a tenth off (14.8 + 13.6 + 13.6 + 10.8 = 52.8 for
   * an exact 52.73): an analyst checks it against the counts.
   */
  priorityShare: number | null;
  /** Directions with no data for the period. */
  missing: number;
}

const sumKnown = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((s, v) => s + v, 0) : null;
};

/** The breakdown of `metric` by direction, in the order and with the priorities of `directions` (from /meta). */
export const buildBreakdown = (
  stats: readonly DirectionStats[],
  directions: readonly Direction[],
  metric: MetricId,
  decimals = 1,
): Breakdown => {
  const byId = new Map(stats.map((s) => [s.id, s]));
  const base = directions.map((d) => {
    const s = byId.get(d.id);
    return { id: d.id, priority: d.ministryPriority, value: s?.values[metric] ?? null, previous: s?.previous[metric] ?? null };
  });
  const total = sumKnown(base.map((r) => r.value));
  const previousTotal = sumKnown(base.map((r) => r.previous));
  const display = largestRemainder(
    base.map((r) => r.value),
    100,
    decimals,
  );
  const rows: BreakdownRow[] = base.map((r, i) => ({
    ...r,
    share: r.value === null || !total ? null : (r.value / total) * 100,
    displayShare: display[i] ?? null,
    change: computeChange(r.value, r.previous),
  }));
  const order = new Map(directions.map((d, i) => [d.id, i]));
  rows.sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const priorityTotal = sumKnown(rows.filter((r) => r.priority).map((r) => r.value));
  const priorityShare = priorityTotal === null || !total ? null : roundAsShown((priorityTotal / total) * 100, decimals);
  return {
    rows,
    total,
    previousTotal,
    totalChange: computeChange(total, previousTotal),
    priorityShare,
    missing: rows.filter((r) => r.value === null).length,
  };
};

/** The directions that grew fastest and fell most (by percent change), for the sentence under the chart. */
export const extremesOfChange = (rows: readonly BreakdownRow[]): { fastest: BreakdownRow | null; slowest: BreakdownRow | null } => {
  const withChange = rows.filter((r) => r.change?.percent !== null && r.change?.percent !== undefined);
  const byPercent = [...withChange].sort((a, b) => (b.change?.percent ?? 0) - (a.change?.percent ?? 0));
  return { fastest: byPercent[0] ?? null, slowest: byPercent.length > 1 ? (byPercent.at(-1) ?? null) : null };
};

export interface RegionFigure {
  code: string;
  value: number | null;
  previous: number | null;
  /** Per 10,000 residents; null without a population. */
  per10k: number | null;
  /** Share of the direction's national total, rounded so the regions add up to 100. */
  displayShare: number | null;
  change: Change | null;
  /** 1 = first by the chosen measure; null for no data. */
  rank: number | null;
}

/** A figure per 10 000 residents; null without a figure or a population. */
export const perTen = (value: number | null, population: number | undefined): number | null =>
  value === null || !population || population <= 0 ? null : (value / population) * 10_000;

/**
 * The decimals regions' figures are shown with, and ranked by: none for counts; per 10 000 residents one,
 * or as many as the smallest rate needs not to read as zero (lib/i18n/format's rateFractionDigits:
 * "0,04", not "0,0"). The map, its legend and the table of a direction's regions all write them so.
 */
export const shownDecimals = (figures: readonly RegionFigure[], by: 'absolute' | 'per10k'): number =>
  by === 'per10k' ? rateFractionDigits(figures.map((f) => f.per10k)) : 0;

/**
 * Every region's figures for one metric (within a direction when the response was filtered by one),
 * ranked by the absolute value or per 10,000 residents: highest first, regions without data last,
 * ties by code so the order never flickers between refreshes; regions shown with the same value share
 * their rank.
 */
export const rankRegions = (
  stats: readonly RegionStats[],
  metric: MetricId,
  populations: ReadonlyMap<string, number>,
  by: 'absolute' | 'per10k',
): RegionFigure[] => {
  // More volunteers than residents cannot be true: "no data", as on the map (its panel names the region).
  const plausible = stats.map((s) => plausibleStats(s, populations.get(s.code)));
  const display = largestRemainder(plausible.map((s) => s.values[metric] ?? null));
  const figures = plausible.map((s, i): RegionFigure => {
    const value = s.values[metric] ?? null;
    const previous = s.previous[metric] ?? null;
    return {
      code: s.code,
      value,
      previous,
      per10k: perTen(value, populations.get(s.code)),
      displayShare: display[i] ?? null,
      change: computeChange(value, previous),
      rank: null,
    };
  });
  const measure = (f: RegionFigure) => (by === 'per10k' ? f.per10k : f.value);
  figures.sort((a, b) => {
    const va = measure(a);
    const vb = measure(b);
    if (va === null || vb === null) return va === null && vb === null ? compareCodeUnits(a.code, b.code) : va === null ? 1 : -1;
    return vb - va || compareCodeUnits(a.code, b.code);
  });
  // Ranked as the map ranks them: by the value as shown (`shownDecimals`), equal ones sharing a rank
  // (1, 2, 2, 4), so a region's tooltip and its row say the same rank.
  const digits = shownDecimals(figures, by);
  let place = 0;
  let rank = 0;
  let previous: number | null = null;
  for (const f of figures) {
    const value = measure(f);
    if (value === null) continue;
    const shown = roundAsShown(value, digits);
    place += 1;
    if (shown !== previous) rank = place;
    f.rank = rank;
    previous = shown;
  }
  return figures;
};

/** The first `count` regions with data, by the chosen measure. */
export const leadingRegions = (
  stats: readonly RegionStats[],
  metric: MetricId,
  populations: ReadonlyMap<string, number>,
  by: 'absolute' | 'per10k',
  count = 3,
): RegionFigure[] =>
  rankRegions(stats, metric, populations, by)
    .filter((f) => f.rank !== null)
    .slice(0, count);

/**
 * Progress of one roadmap indicator per region, from the indicator's `byRegion` split (each region's
 * latest actual and its share of the 2026 target). Regions have no baseline, so progress here is the
 * actual as a share of the region's target. Pure, unit-tested; the table, the map and the region page read it.
 */
import type { RoadmapIndicator } from '../../../api/contract';
import { roundAsShown } from '../../../lib/i18n/format';

/**
 * Progress is written to one decimal everywhere (formatProgress) and ranked as written: the map ranks the
 * values it shows, and a rank from the unrounded figures put a region 5th in one view and 4th in the other.
 */
const PROGRESS_DECIMALS = 1;

export interface RegionalProgress {
  code: string;
  actual: number | null;
  target: number | null;
  /** actual / target × 100; null when either is unknown or the target is 0. */
  progressPercent: number | null;
  /** How much is still missing to the target (0 once met); null when unknown. */
  remaining: number | null;
  met: boolean | null;
  /** 1 = furthest along among the regions with a known progress; null without one. */
  rank: number | null;
}

/**
 * `listed`: the codes of /meta's regions, when known. A figure for a region not among them (a code mistyped,
 * "KZ-99") is left out, as every other view leaves it out: it was a row named by its code, and ranked first
 * it moved every real region down one (the panel says what was left out).
 */
export const regionalProgress = (byRegion: RoadmapIndicator['byRegion'], listed: ReadonlySet<string> | null = null): RegionalProgress[] => {
  if (!byRegion) return [];
  const rows = byRegion
    .filter((r) => listed === null || listed.has(r.code))
    .map((r) => {
      const known = r.actual !== null && r.target2026 !== null;
      return {
        code: r.code,
        actual: r.actual,
        target: r.target2026,
        progressPercent: known && r.target2026 !== null && r.target2026 > 0 && r.actual !== null ? (r.actual / r.target2026) * 100 : null,
        remaining: known && r.actual !== null && r.target2026 !== null ? Math.max(0, r.target2026 - r.actual) : null,
        met: known && r.actual !== null && r.target2026 !== null ? r.actual >= r.target2026 : null,
        rank: null as number | null,
      };
    });
  const shown = (row: (typeof rows)[number]) => roundAsShown(row.progressPercent, PROGRESS_DECIMALS) ?? 0;
  const ranked = rows.filter((r) => r.progressPercent !== null).sort((a, b) => shown(b) - shown(a));
  // Equal progress as written shares a rank (1, 2, 2, 4), so no region is placed above an equal one by accident.
  ranked.forEach((row, i) => {
    const prev = ranked[i - 1];
    row.rank = prev && shown(prev) === shown(row) ? prev.rank : i + 1;
  });
  return rows;
};

/** Indicators that have a regional breakdown, in the API's order. */
export const indicatorsWithRegions = <I extends Pick<RoadmapIndicator, 'byRegion'>>(indicators: readonly I[]): I[] =>
  indicators.filter((i) => i.byRegion !== null && i.byRegion.length > 0);

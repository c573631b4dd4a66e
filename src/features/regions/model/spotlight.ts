/** What the wall's region spotlight shows: the region's KPIs with ranks and its three largest directions by volunteers. */
import type { Meta, MetricId, RegionDetail } from '../../../api/contract';
import { plausibleKpi } from '../../../lib/region-checks';
import { directionBreakdown, type DirectionRow } from './region-profile';

export interface SpotlightKpi {
  metric: MetricId;
  value: number | null;
  rank: number | null;
}

export interface Spotlight {
  kpis: SpotlightKpi[];
  topDirections: DirectionRow[];
}

/**
 * More volunteers than the region's residents cannot be true: "no data", and no rank made of it, as on the
 * region's page (the scene names it).
 */
export const summaryForRegion = (detail: RegionDetail, meta: Pick<Meta, 'metrics' | 'regions'>, topCount = 3): Spotlight => {
  const population = meta.regions.find((r) => r.code === detail.code)?.population;
  return {
    kpis: meta.metrics.map((m) => {
      const received = detail.kpis.find((k) => k.metric === m.id);
      const value = plausibleKpi(received, population)?.value ?? null;
      const refused = value !== (received?.value ?? null);
      return { metric: m.id, value, rank: refused ? null : (detail.ranks[m.id] ?? null) };
    }),
    topDirections: directionBreakdown(detail.directions, 'volunteers')
      .filter((d) => d.value !== null)
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
      .slice(0, topCount),
  };
};

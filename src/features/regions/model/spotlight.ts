/** What the wall's region spotlight shows: the region's KPIs with ranks and its three largest directions by volunteers. */
import type { Meta, MetricId, RegionDetail } from '../../../api/contract';
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

export const summaryForRegion = (detail: RegionDetail, meta: Pick<Meta, 'metrics'>, topCount = 3): Spotlight => ({
  kpis: meta.metrics.map((m) => ({
    metric: m.id,
    value: detail.kpis.find((k) => k.metric === m.id)?.value ?? null,
    rank: detail.ranks[m.id] ?? null,
  })),
  topDirections: directionBreakdown(detail.directions, 'volunteers')
    .filter((d) => d.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .slice(0, topCount),
});

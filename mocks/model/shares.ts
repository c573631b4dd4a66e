// How national totals split into regions and directions: population-weighted shares with regional character.
import { DIRECTION_IDS } from '../../src/api/contract';
import type { DirectionId, MetricId } from '../../src/api/contract';
import { monthFromIndex, monthIndex } from './calendar';
import { CITY_DIRECTION_TILT, FLOOD_REGIONS, REGION_UNITS, characterOf } from './geography';
import { jitter, streamFor } from './random';

const YEAR_2022 = monthIndex('2022-01');

/** Years since Jan 2022 (negative before): regional shares drift slowly around their 2022 level. */
const yearsFrom2022 = (idx: number): number => (idx - YEAR_2022) / 12;

const FLOW_LIKE: ReadonlySet<MetricId> = new Set(['actions', 'peopleHelped', 'openRequests']);

/** Flood-region multiplier on region shares of flows: the 2024 spike happened there. */
const FLOOD_REGION_BOOST: Record<string, number> = { '2024-03': 1.5, '2024-04': 2.2, '2024-05': 1.6, '2024-06': 1.15 };

/** Flood-region multiplier on the emergencies direction of flows in spring 2024. */
const FLOOD_EMERGENCY_SPIKE: Record<string, number> = { '2024-03': 3, '2024-04': 6, '2024-05': 3.5, '2024-06': 1.6 };

const FLOODS_START = monthIndex('2024-04');

const regionCache = new Map<string, number[]>();

/** Weights (not normalised) of the 20 regions for a metric in a month. */
export const regionWeights = (metric: MetricId, idx: number): number[] => {
  const key = `${metric}:${idx}`;
  const hit = regionCache.get(key);
  if (hit) return hit;
  const month = monthFromIndex(idx);
  const years = yearsFrom2022(idx);
  const weights = REGION_UNITS.map((unit) => {
    const c = characterOf(unit.code);
    const pop = unit.population;
    // Each region's share drifts by at most ~±2 % a year; the capital grows fastest.
    const baseDrift = 0.02 * jitter('drift', unit.code);
    const drift = baseDrift + (unit.code === 'KZ-71' ? 0.02 : unit.code === 'KZ-75' ? 0.01 : 0);
    const trend = Math.exp(drift * years);
    const volunteers = pop * c.volunteers * (1 + 0.08 * jitter('vol', unit.code));
    const organisations = pop ** 0.7 * c.organisations * (1 + 0.06 * jitter('org', unit.code));
    let w: number;
    switch (metric) {
      case 'volunteers':
        w = volunteers;
        break;
      case 'organisations':
        w = organisations;
        break;
      case 'projects':
        // Projects need both people and organisations to run them.
        w = Math.sqrt((volunteers * organisations) / pop ** 0.7) * pop ** 0.35 * (1 + 0.08 * jitter('proj', unit.code));
        break;
      case 'actions':
        w = volunteers * (1 + 0.1 * jitter('act', unit.code));
        break;
      case 'peopleHelped':
        w = pop * c.need * (1 + 0.1 * jitter('helped', unit.code));
        break;
      case 'openRequests':
        w = pop * c.need * (1 + 0.12 * jitter('req', unit.code));
        break;
    }
    if (FLOW_LIKE.has(metric) && FLOOD_REGIONS.has(unit.code)) w *= FLOOD_REGION_BOOST[month] ?? 1;
    // Small month-to-month noise on flows, so regional lines are not perfectly parallel.
    if (FLOW_LIKE.has(metric)) w *= 1 + 0.04 * jitter('rw', metric, unit.code, idx);
    return w * trend;
  });
  regionCache.set(key, weights);
  return weights;
};

type DirectionTable = Record<DirectionId, number>;

/** National mix by metric (2025 level, before regional tilts): social support, ecology and events lead. */
const BASE_MIX: Record<MetricId, DirectionTable> = {
  volunteers: { elderly: 15, hardship: 15, ecology: 15, emergencies: 10, events: 14, health: 8, education: 9, culture: 5.5, animals: 4, sport: 4 },
  organisations: { elderly: 14, hardship: 16, ecology: 16, emergencies: 10, events: 8, health: 8, education: 10, culture: 7, animals: 7, sport: 4 },
  projects: { elderly: 14, hardship: 15, ecology: 17, emergencies: 10, events: 12, health: 8, education: 10, culture: 6, animals: 4, sport: 4 },
  actions: { elderly: 14, hardship: 13, ecology: 18, emergencies: 10, events: 17, health: 7, education: 8, culture: 5, animals: 4, sport: 4 },
  peopleHelped: { elderly: 20, hardship: 24, ecology: 5, emergencies: 14, events: 8, health: 12, education: 8, culture: 4, animals: 1, sport: 4 },
  openRequests: { elderly: 22, hardship: 26, ecology: 5, emergencies: 12, events: 3, health: 14, education: 6, culture: 3, animals: 7, sport: 2 },
};

/** How the mix moved over the years (value at mid-year, interpolated): the pandemic, ecology's rise, the floods, IYV 2026. */
const YEAR_TILT: Partial<Record<DirectionId, Record<number, number>>> = {
  health: { 2019: 1, 2020: 1.9, 2021: 1.4, 2022: 1.05, 2023: 1 },
  hardship: { 2019: 1, 2020: 1.3, 2021: 1.15, 2022: 1 },
  elderly: { 2019: 1, 2020: 1.2, 2021: 1.05, 2022: 1 },
  events: { 2019: 1.15, 2020: 0.45, 2021: 0.75, 2022: 1, 2024: 1, 2025: 1.05, 2026: 1.15 },
  ecology: { 2019: 0.7, 2020: 0.75, 2021: 0.85, 2022: 0.92, 2023: 0.97, 2024: 1, 2025: 1.02 },
  emergencies: { 2023: 1, 2024: 1.2, 2025: 1.05, 2026: 1 },
};

// The tilt tables as sorted [year, value] pairs, prepared once: yearTilt runs for every cell of the cube.
const YEAR_TILT_POINTS = new Map<DirectionId, Array<readonly [number, number]>>(
  Object.entries(YEAR_TILT).map(([d, table]) => [
    d as DirectionId,
    Object.entries(table)
      .map(([y, v]) => [Number(y), v] as const)
      .sort((a, b) => a[0] - b[0]),
  ]),
);

const yearTilt = (direction: DirectionId, idx: number): number => {
  const points = YEAR_TILT_POINTS.get(direction);
  if (!points || points.length === 0) return 1;
  const t = idx / 12 - 0.5; // mid-year is where a year's value holds exactly
  let prev = points[0] ?? ([0, 1] as const);
  if (t <= prev[0]) return prev[1];
  for (const point of points) {
    if (t <= point[0]) return prev[1] + ((point[1] - prev[1]) * (t - prev[0])) / (point[0] - prev[0] || 1);
    prev = point;
  }
  return prev[1];
};

/** Calendar-month tilt of a direction's flows (Jan … Dec): clean-ups in the warm months, charity in winter. */
const SEASON_TILT: Partial<Record<DirectionId, readonly number[]>> = {
  ecology: [0.55, 0.55, 0.75, 1.35, 1.5, 1.35, 1.3, 1.3, 1.35, 1.2, 0.7, 0.55],
  events: [0.9, 0.85, 0.9, 0.95, 1.05, 1.25, 1.3, 1.25, 1.05, 0.95, 0.85, 1.2],
  elderly: [1.0, 0.95, 1.05, 0.95, 1.2, 0.9, 0.85, 0.85, 0.95, 1.35, 1.0, 1.2],
  hardship: [1.3, 1.1, 1.0, 0.95, 0.9, 0.9, 0.85, 0.9, 1.0, 1.0, 1.1, 1.35],
  sport: [0.8, 0.8, 0.85, 0.95, 1.25, 1.3, 1.3, 1.3, 1.1, 0.9, 0.8, 0.8],
  education: [1.0, 1.05, 1.05, 1.05, 1.0, 0.75, 0.65, 0.75, 1.35, 1.3, 1.1, 1.0],
  emergencies: [0.9, 0.95, 1.35, 1.45, 1.1, 0.95, 1.15, 1.15, 0.9, 0.85, 0.85, 0.9],
};

// A region's own, lasting profile: ±20 % per direction (fixed, so computed once).
const PROFILE = REGION_UNITS.map((u) => new Map<DirectionId, number>(DIRECTION_IDS.map((d) => [d, 1 + 0.2 * jitter('profile', u.code, d)])));
const profileOf = (regionIdx: number, d: DirectionId): number => PROFILE[regionIdx]?.get(d) ?? 1;

const directionCache = new Map<string, number[]>();

/** Weights (not normalised) of the 10 directions inside one region, for a metric in a month. */
export const directionWeights = (metric: MetricId, regionIdx: number, idx: number): number[] => {
  const key = `${metric}:${regionIdx}:${idx}`;
  const hit = directionCache.get(key);
  if (hit) return hit;
  const unit = REGION_UNITS[regionIdx];
  const code = unit?.code ?? '';
  const month = monthFromIndex(idx);
  const calendarMonth = ((idx % 12) + 12) % 12;
  const flood = FLOOD_REGIONS.has(code);
  const c = characterOf(code);
  // One seeded stream per (metric, region, month), drawn in direction order: far cheaper than a hash per cell.
  const noise = streamFor('dw', metric, code, idx);
  const weights = DIRECTION_IDS.map((d) => {
    const u = noise();
    let w = BASE_MIX[metric][d] * yearTilt(d, idx);
    if (unit?.type === 'city') w *= CITY_DIRECTION_TILT[d] ?? 1;
    w *= profileOf(regionIdx, d);
    if (d === 'emergencies') {
      w *= c.hazard;
      if (flood) {
        w *= 1.8;
        if (FLOW_LIKE.has(metric)) {
          w *= FLOOD_EMERGENCY_SPIKE[month] ?? 1;
        } else if (idx >= FLOODS_START) {
          // Many who joined for the floods stayed: the extra share halves every six months.
          w *= 1 + 0.35 * 0.5 ** ((idx - FLOODS_START) / 6);
        }
      }
    }
    if (FLOW_LIKE.has(metric)) {
      w *= SEASON_TILT[d]?.[calendarMonth] ?? 1;
      w *= 1 + 0.05 * (2 * u - 1);
    }
    return w;
  });
  directionCache.set(key, weights);
  return weights;
};

// The demo data cube: every metric × region × direction × month, with exact sums, cached per minute.
import { DIRECTION_IDS, METRIC_IDS } from '../../src/api/contract';
import type { DirectionId, MetricId, Month, MonthlyPoint, PeriodRange, RegionCode } from '../../src/api/contract';
import { demoNow } from '../clock';
import { allocate } from './allocate';
import { DATA_FROM_INDEX, floorToMinute, monthFromIndex, monthIndex, positionOf } from './calendar';
import type { Position } from './calendar';
import { REGION_CODES, regionIndex } from './geography';
import { isStock, nationalFull, nationalPartial } from './national';
import { directionCounts } from './organisations';
import { directionWeights, regionWeights } from './shares';

/** One month of the cube. Arrays are indexed like METRIC_IDS, REGION_CODES and DIRECTION_IDS. */
interface MonthCells {
  national: number[];
  regions: number[][];
  dirs: number[][][];
  natDirs: number[][];
}

const METRIC_INDEX = new Map<MetricId, number>(METRIC_IDS.map((m, i) => [m, i]));
const DIRECTION_INDEX = new Map<DirectionId, number>(DIRECTION_IDS.map((d, i) => [d, i]));

/** One cell of a month's cube, or a total of the nation, a region or a direction; null for an unknown key. */
const cellValue = (cells: MonthCells, metric: MetricId, region: RegionCode | null, direction: DirectionId | null): number | null => {
  const k = METRIC_INDEX.get(metric);
  const r = region === null ? null : regionIndex(region);
  const d = direction === null ? null : (DIRECTION_INDEX.get(direction) ?? -1);
  if (k === undefined || r === -1 || d === -1) return null;
  if (r === null) return d === null ? (cells.national[k] ?? null) : (cells.natDirs[k]?.[d] ?? null);
  return d === null ? (cells.regions[k]?.[r] ?? null) : (cells.dirs[k]?.[r]?.[d] ?? null);
};

/** Region values broken down by direction (`splitOf` a region's value), and the nation's by direction. */
const withDirections = (
  national: number[],
  regions: number[][],
  splitOf: (metric: MetricId, k: number, r: number, value: number) => number[],
): MonthCells => {
  const dirs = METRIC_IDS.map((metric, k) => (regions[k] ?? []).map((v, r) => splitOf(metric, k, r, v)));
  const natDirs = dirs.map((byRegionDir) => DIRECTION_IDS.map((_, d) => byRegionDir.reduce((s, row) => s + (row[d] ?? 0), 0)));
  return { national, regions, dirs, natDirs };
};

/**
 * Breaks national values down: nation → regions → directions, each by largest remainder, so every
 * region × direction cell sums exactly to its region and every region to the nation. A region's
 * organisations are split as its register's are (the k-th organisation has one direction for life), so
 * the organisations listed in a direction are as many as the region's organisations in that direction.
 */
const buildCells = (idx: number, national: number[]): MonthCells =>
  withDirections(
    national,
    METRIC_IDS.map((metric, k) => allocate(national[k] ?? 0, regionWeights(metric, idx))),
    (metric, _k, r, v) => (metric === 'organisations' ? directionCounts(r, v) : allocate(v, directionWeights(metric, r, idx))),
  );

/** Whole numbers for exact (fractional) region × direction values, summing exactly as in `buildCells`. */
const roundCells = (exact: readonly (readonly (readonly number[])[])[]): MonthCells => {
  const regionSums = exact.map((rows) => rows.map((row) => row.reduce((s, v) => s + v, 0)));
  const national = regionSums.map((sums) => Math.round(sums.reduce((s, v) => s + v, 0)));
  return withDirections(
    national,
    regionSums.map((sums, k) => allocate(national[k] ?? 0, sums)),
    (_metric, k, r, v) => allocate(v, exact[k]?.[r] ?? []),
  );
};

// Whole months never change, so they are cached for the life of the process (≈100 months × 1,200 cells).
const completeCache = new Map<number, MonthCells>();
const completeCells = (idx: number): MonthCells => {
  let cells = completeCache.get(idx);
  if (!cells) {
    cells = buildCells(
      idx,
      METRIC_IDS.map((m) => nationalFull(m, idx)),
    );
    completeCache.set(idx, cells);
  }
  return cells;
};

export interface DemoModel {
  /** The model's instant: the demo clock floored to the minute. */
  readonly now: Date;
  /** `now` as an ISO date-time, for the `asOf` fields. */
  readonly asOf: string;
  readonly position: Position;
  /** The current month (partly elapsed). */
  readonly currentMonth: Month;
  /** The value of a metric in one month; null before the data start or after the current month. */
  value(metric: MetricId, month: Month | number, region?: RegionCode | null, direction?: DirectionId | null): number | null;
  /**
   * A metric over a range: a stock at the range's last month, a flow summed (null if any month lacks data).
   * `lastMonthShare` < 1 counts only that share of the last month, as far into it as the current month
   * has gone: a flow takes that share of the month's total, a stock moves that far from the month
   * before's value towards the month's own. A comparison period then covers the same span as a period
   * that ends today.
   */
  periodValue(
    metric: MetricId,
    range: PeriodRange,
    region?: RegionCode | null,
    direction?: DirectionId | null,
    lastMonthShare?: number,
  ): number | null;
  /** Monthly points from `from` to `to`, both included. */
  series(metric: MetricId, from: Month, to: Month, region?: RegionCode | null, direction?: DirectionId | null): MonthlyPoint[];
}

const createModel = (now: Date): DemoModel => {
  const position = positionOf(now);
  const current = position.monthIdx;
  const partial = buildCells(
    current,
    METRIC_IDS.map((m) => nationalPartial(m, current, position.fraction)),
  );
  const cellsOf = (idx: number): MonthCells | null => {
    if (idx < DATA_FROM_INDEX || idx > current) return null;
    return idx === current ? partial : completeCells(idx);
  };
  const value: DemoModel['value'] = (metric, month, region = null, direction = null) => {
    const cells = cellsOf(typeof month === 'number' ? month : monthIndex(month));
    return cells ? cellValue(cells, metric, region, direction) : null;
  };
  /**
   * The cube of a comparison's last month counted only in part: every region × direction cell takes that
   * share (a flow) or moves that far from the month before (a stock), then the nation and each region
   * are rounded by largest remainder as in `buildCells`. Rounding each total on its own made the summary's
   * previous value disagree with the sums of the regions' and the directions' (805 against 804).
   */
  const sharedCells = new Map<string, MonthCells | null>();
  const cellsInPart = (idx: number, share: number): MonthCells | null => {
    const key = `${idx}:${share}`;
    if (sharedCells.has(key)) return sharedCells.get(key) ?? null;
    const last = cellsOf(idx);
    const before = cellsOf(idx - 1);
    let cells: MonthCells | null = null;
    if (last) {
      const exact: (number | null)[][][] = METRIC_IDS.map((metric, k) =>
        REGION_CODES.map((_, r) =>
          DIRECTION_IDS.map((_, d) => {
            const end = last.dirs[k]?.[r]?.[d] ?? 0;
            if (!isStock(metric)) return end * share;
            const start = before?.dirs[k]?.[r]?.[d];
            // Part-way through the data's first month there is no "before" to move from: unknown.
            return start === undefined ? null : start + (end - start) * share;
          }),
        ),
      );
      cells = exact.some((rows) => rows.some((row) => row.includes(null)))
        ? null
        : roundCells(exact.map((rows) => rows.map((row) => row.map((v) => v ?? 0))));
    }
    // A handful of keys a minute (one share per comparison month): the model itself lives a minute.
    sharedCells.set(key, cells);
    return cells;
  };
  const periodValue: DemoModel['periodValue'] = (metric, range, region = null, direction = null, lastMonthShare = 1) => {
    const to = monthIndex(range.to);
    const last = value(metric, to, region, direction);
    if (last === null) return null;
    let lastPart = last;
    if (lastMonthShare < 1) {
      const cells = cellsInPart(to, lastMonthShare);
      const part = cells ? cellValue(cells, metric, region, direction) : null;
      if (part === null) return null;
      lastPart = part;
    }
    if (isStock(metric)) return lastPart;
    // A flow over a range that is partly without data would understate: better say "unknown".
    let sum = lastPart;
    for (let i = monthIndex(range.from); i < to; i++) {
      const v = value(metric, i, region, direction);
      if (v === null) return null;
      sum += v;
    }
    return sum;
  };
  const series: DemoModel['series'] = (metric, from, to, region = null, direction = null) => {
    const out: MonthlyPoint[] = [];
    for (let i = monthIndex(from); i <= monthIndex(to); i++) {
      const point: MonthlyPoint = { month: monthFromIndex(i), value: value(metric, i, region, direction) };
      if (i === current) point.partial = true;
      out.push(point);
    }
    return out;
  };
  return { now, asOf: now.toISOString(), position, currentMonth: position.month, value, periodValue, series };
};

// A handful of recent minutes: enough for one screen's burst of requests and for tests that flip the clock.
const MODEL_CACHE_SIZE = 4;
const modelCache = new Map<number, DemoModel>();

/** The model at `now` (default: the demo clock), computed at most once per minute. */
export const getModel = (now: Date = demoNow()): DemoModel => {
  const minute = floorToMinute(now);
  const key = minute.getTime();
  const hit = modelCache.get(key);
  if (hit) return hit;
  const model = createModel(minute);
  modelCache.set(key, model);
  while (modelCache.size > MODEL_CACHE_SIZE) {
    const oldest = modelCache.keys().next().value;
    if (oldest === undefined) break;
    modelCache.delete(oldest);
  }
  return model;
};

// The demo data cube: every metric × region × direction × month, with exact sums, cached per minute.
import { DIRECTION_IDS, METRIC_IDS } from '../../src/api/contract';
import type { DirectionId, MetricId, Month, MonthlyPoint, PeriodRange, RegionCode } from '../../src/api/contract';
import { demoNow } from '../clock';
import { allocate } from './allocate';
import { DATA_FROM_INDEX, floorToMinute, monthFromIndex, monthIndex, positionOf } from './calendar';
import type { Position } from './calendar';
import { regionIndex } from './geography';
import { isStock, nationalFull, nationalPartial } from './national';
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

/**
 * Breaks national values down: nation → regions → directions, each by largest remainder, so every
 * region × direction cell sums exactly to its region and every region to the nation.
 */
const buildCells = (idx: number, national: number[]): MonthCells => {
  const regions: number[][] = [];
  const dirs: number[][][] = [];
  const natDirs: number[][] = [];
  METRIC_IDS.forEach((metric, k) => {
    const byRegion = allocate(national[k] ?? 0, regionWeights(metric, idx));
    const byRegionDir = byRegion.map((v, r) => allocate(v, directionWeights(metric, r, idx)));
    const nat = DIRECTION_IDS.map((_, d) => byRegionDir.reduce((s, row) => s + (row[d] ?? 0), 0));
    regions.push(byRegion);
    dirs.push(byRegionDir);
    natDirs.push(nat);
  });
  return { national, regions, dirs, natDirs };
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
    const idx = typeof month === 'number' ? month : monthIndex(month);
    const cells = cellsOf(idx);
    const k = METRIC_INDEX.get(metric);
    if (!cells || k === undefined) return null;
    const r = region === null ? null : regionIndex(region);
    const d = direction === null ? null : (DIRECTION_INDEX.get(direction) ?? -1);
    if (r === -1 || d === -1) return null;
    if (r === null) return d === null ? (cells.national[k] ?? null) : (cells.natDirs[k]?.[d] ?? null);
    return d === null ? (cells.regions[k]?.[r] ?? null) : (cells.dirs[k]?.[r]?.[d] ?? null);
  };
  const periodValue: DemoModel['periodValue'] = (metric, range, region = null, direction = null, lastMonthShare = 1) => {
    const to = monthIndex(range.to);
    const last = value(metric, to, region, direction);
    if (isStock(metric)) {
      if (last === null || lastMonthShare >= 1) return last;
      // Part-way through the data's first month there is no "before" to move from: unknown.
      const before = value(metric, to - 1, region, direction);
      return before === null ? null : Math.round(before + (last - before) * lastMonthShare);
    }
    // A flow over a range that is partly without data would understate: better say "unknown".
    if (last === null) return null;
    let sum = Math.round(last * Math.min(1, lastMonthShare));
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

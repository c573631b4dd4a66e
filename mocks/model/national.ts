// National monthly totals of the six metrics, calibrated to the published figures (FACTS.md) and to seasons.
import type { MetricId } from '../../src/api/contract';
import { allocate } from './allocate';
import { monthIndex } from './calendar';
import { jitter } from './random';

type Anchor = readonly [month: string, value: number];

/**
 * Published anchors for the stock metrics (value at month end). Values between anchors are interpolated;
 * the seeded wiggle fades to zero at every anchor, so each published figure is hit exactly.
 */
const VOLUNTEER_ANCHORS: readonly Anchor[] = [
  ['2019-01', 50_300],
  ['2019-12', 50_800], // 2019: > 50,000
  ['2020-05', 49_600], // lockdown: fewer active volunteers
  ['2020-12', 51_000], // 2020: ~50,000
  ['2021-06', 80_000],
  ['2021-12', 125_000],
  ['2022-06', 165_000],
  ['2022-12', 200_000], // end 2022: ~200,000
  ['2023-06', 201_000], // mid 2023: ~200,000
  ['2023-12', 214_000],
  ['2024-06', 236_000], // the floods brought many newcomers
  ['2024-12', 252_000],
  ['2025-05', 276_400], // May 2025: > 275,000
  // Reported on 5 Dec 2025 as > 300,000: past it by the end of November, so a day of early December is too.
  ['2025-11', 300_600],
  ['2025-12', 302_500], // Dec 2025: > 300,000
  ['2026-01', 303_800], // Jan 2026: > 300,000
  ['2026-11', 330_000], // International Year of Volunteers: steady growth
  ['2026-12', 332_600],
];

const ORGANISATION_ANCHORS: readonly Anchor[] = [
  ['2019-01', 57],
  ['2019-12', 62], // 2019: > 50
  ['2020-12', 224], // 2020: 224
  ['2021-12', 470],
  ['2022-12', 700], // end 2022: ~700
  ['2023-06', 680], // mid 2023: 680 (re-registration dropped some)
  ['2023-12', 695],
  ['2024-12', 728],
  ['2025-05', 755], // May 2025: 755
  ['2025-12', 812], // Dec 2025: > 800
  ['2026-11', 850],
  ['2026-12', 853],
];

const PROJECT_ANCHORS: readonly Anchor[] = [
  ['2019-01', 140],
  ['2019-12', 190],
  ['2020-12', 300],
  ['2021-12', 520],
  ['2022-12', 820],
  ['2023-12', 1_080],
  ['2024-12', 1_380],
  ['2025-12', 1_650],
  ['2026-11', 1_800],
  ['2026-12', 1_810],
];

const OPEN_REQUEST_ANCHORS: readonly Anchor[] = [
  ['2019-01', 700],
  ['2020-01', 1_000],
  ['2020-04', 2_600], // the pandemic
  ['2020-12', 1_800],
  ['2021-12', 1_600],
  ['2022-12', 2_200],
  ['2023-12', 2_700],
  ['2024-02', 2_800],
  ['2024-04', 6_200], // the floods
  ['2024-07', 3_200],
  ['2024-12', 3_100],
  ['2025-12', 3_600],
  ['2026-11', 4_000],
  ['2026-12', 4_020],
];

interface AnchorSeries {
  idx: number[];
  value: number[];
}

const toSeries = (anchors: readonly Anchor[]): AnchorSeries => ({
  idx: anchors.map(([m]) => monthIndex(m)),
  value: anchors.map(([, v]) => v),
});

const SERIES = {
  volunteers: toSeries(VOLUNTEER_ANCHORS),
  organisations: toSeries(ORGANISATION_ANCHORS),
  projects: toSeries(PROJECT_ANCHORS),
  openRequests: toSeries(OPEN_REQUEST_ANCHORS),
} as const;

/** Linear interpolation through the anchors; flat before the first, the last slope after the last. */
const interpolate = (s: AnchorSeries, idx: number): number => {
  const n = s.idx.length;
  const at = (i: number): [number, number] => [s.idx[i] ?? 0, s.value[i] ?? 0];
  const [i0, v0] = at(0);
  if (idx <= i0) return v0;
  for (let i = 1; i < n; i++) {
    const [a, va] = at(i - 1);
    const [b, vb] = at(i);
    if (idx <= b) return va + ((vb - va) * (idx - a)) / (b - a);
  }
  const [a, va] = at(n - 2);
  const [b, vb] = at(n - 1);
  return vb + ((vb - va) * (idx - b)) / (b - a);
};

/** 0 at an anchor month, rising to 1 three months away: the wiggle never moves a published figure. */
const taper = (s: AnchorSeries, idx: number): number => {
  let d = Infinity;
  for (const a of s.idx) d = Math.min(d, Math.abs(idx - a));
  return Math.min(1, d / 3);
};

// Calendar-month factors (Jan … Dec). Summer and December (New Year charity, Volunteer Day on 5 Dec) are busiest.
const SEASON_ACTIONS = [0.78, 0.8, 0.88, 0.97, 1.05, 1.18, 1.2, 1.15, 1.0, 0.95, 0.9, 1.14];
const SEASON_HELPED = [0.95, 0.85, 0.9, 0.95, 1.05, 1.0, 0.95, 0.95, 1.0, 1.0, 1.05, 1.35];
const SEASON_REQUESTS = [1.12, 1.08, 1.0, 1.0, 0.95, 0.9, 0.9, 0.92, 0.97, 1.0, 1.05, 1.15];
const SEASON_PROJECTS = [0.96, 0.97, 0.99, 1.0, 1.02, 1.04, 1.04, 1.03, 1.01, 1.0, 0.98, 0.99];

/** Yearly totals of the flow metrics. 2025 is published: > 130,000 actions, about 2 million people helped. */
const YEAR_TOTALS: Record<'actions' | 'peopleHelped', Record<number, number>> = {
  actions: { 2019: 31_000, 2020: 42_000, 2021: 56_000, 2022: 78_000, 2023: 97_000, 2024: 118_500, 2025: 131_800, 2026: 146_000 },
  peopleHelped: {
    2019: 430_000,
    2020: 960_000,
    2021: 880_000,
    2022: 1_120_000,
    2023: 1_380_000,
    2024: 1_760_000,
    2025: 2_010_000,
    2026: 2_240_000,
  },
};

/** One-off events: the 2020 pandemic (food and medicine deliveries) and the spring 2024 floods. */
const SPIKES: Record<'actions' | 'peopleHelped', Record<string, number>> = {
  actions: { '2020-04': 1.25, '2020-05': 1.2, '2024-03': 1.2, '2024-04': 1.45, '2024-05': 1.25 },
  peopleHelped: { '2020-04': 1.8, '2020-05': 1.6, '2020-06': 1.2, '2024-03': 1.3, '2024-04': 1.9, '2024-05': 1.4 },
};

const TABLE_FIRST_YEAR = 2019;
const TABLE_LAST_YEAR = 2026;

const yearTotal = (metric: 'actions' | 'peopleHelped', year: number): number => {
  const table = YEAR_TOTALS[metric];
  if (year < TABLE_FIRST_YEAR) return Math.round((table[TABLE_FIRST_YEAR] ?? 0) * 0.8 ** (TABLE_FIRST_YEAR - year));
  if (year > TABLE_LAST_YEAR) return Math.round((table[TABLE_LAST_YEAR] ?? 0) * 1.06 ** (year - TABLE_LAST_YEAR));
  return table[year] ?? 0;
};

const flowYearCache = new Map<string, number[]>();

/** A flow's twelve monthly values in a year: the yearly total split by season, trend and noise, exactly. */
const flowYear = (metric: 'actions' | 'peopleHelped', year: number): number[] => {
  const key = `${metric}:${year}`;
  const hit = flowYearCache.get(key);
  if (hit) return hit;
  const total = yearTotal(metric, year);
  // Growth inside the year (towards next year's level) avoids a cliff between December and January.
  const growth = yearTotal(metric, year + 1) / Math.max(1, total) - 1;
  const season = metric === 'actions' ? SEASON_ACTIONS : SEASON_HELPED;
  const weights = season.map((s, m) => {
    const month = `${year}-${String(m + 1).padStart(2, '0')}`;
    const spike = SPIKES[metric][month] ?? 1;
    const trend = 1 + 0.5 * growth * ((m - 5.5) / 11);
    return s * spike * trend * (1 + 0.05 * jitter('flow', metric, year, m));
  });
  const months = allocate(total, weights);
  flowYearCache.set(key, months);
  return months;
};

const fullCache = new Map<string, number>();

/**
 * The national value of a metric for a whole month (a stock at month end, a flow for the full month).
 * Defined for any month so the current month can interpolate from the previous one; callers null out
 * months before the data start.
 */
export const nationalFull = (metric: MetricId, idx: number): number => {
  const key = `${metric}:${idx}`;
  const hit = fullCache.get(key);
  if (hit !== undefined) return hit;
  const calendarMonth = ((idx % 12) + 12) % 12;
  let value: number;
  switch (metric) {
    case 'volunteers':
    case 'organisations': {
      const s = SERIES[metric];
      const amp = metric === 'volunteers' ? 0.006 : 0.003;
      value = interpolate(s, idx) * (1 + amp * taper(s, idx) * jitter('stock', metric, idx));
      break;
    }
    case 'projects': {
      const s = SERIES.projects;
      value = interpolate(s, idx) * (SEASON_PROJECTS[calendarMonth] ?? 1) * (1 + 0.015 * jitter('stock', metric, idx));
      break;
    }
    case 'openRequests': {
      const s = SERIES.openRequests;
      value = interpolate(s, idx) * (SEASON_REQUESTS[calendarMonth] ?? 1) * (1 + 0.04 * jitter('stock', metric, idx));
      break;
    }
    case 'actions':
    case 'peopleHelped': {
      const year = Math.floor(idx / 12);
      value = flowYear(metric, year)[calendarMonth] ?? 0;
      break;
    }
  }
  const rounded = Math.max(0, Math.round(value));
  fullCache.set(key, rounded);
  return rounded;
};

export const STOCK_METRICS: ReadonlySet<MetricId> = new Set(['volunteers', 'organisations', 'projects', 'openRequests']);
export const isStock = (metric: MetricId): boolean => STOCK_METRICS.has(metric);

/**
 * The national value in the current month, `fraction` of the way through it: the month "keeps moving"
 * during the day. Flows accrue in proportion; stocks move from last month's end towards this month's.
 */
export const nationalPartial = (metric: MetricId, idx: number, fraction: number): number => {
  const full = nationalFull(metric, idx);
  if (!isStock(metric)) return Math.round(full * fraction);
  const prev = nationalFull(metric, idx - 1);
  return Math.round(prev + (full - prev) * fraction);
};

/**
 * The state of a trend chart, derived from full monthly histories (one per series: the country or a
 * region): the months shown, values per 10,000 residents when asked, the comparison period aligned
 * month by month ("same period last year" or the period just before), the value axis, and per series
 * the period's value, the comparison value, the change and the peak month, ready to be put into words.
 * Where the API's own totals of the period are given (`totals`), the words state those: a period that ends
 * today is compared with its comparison period up to the same moment, which the API counts from its records
 * and the monthly series can only approach.
 *
 * Pure and DOM-free; the Recharts view and the table only read a `Trend`.
 */
import type { Comparison, Month, MonthlyPoint, PeriodRange } from '../../../api/contract';
import { computeChange, type Change } from '../../../lib/change';
import { rateFractionDigits } from '../../../lib/i18n/format';
import { addMonths, comparisonRange, monthIndex, monthsBetween, rangeLength, sameSpan } from '../../../lib/months';
import { mergeSeries, niceDomain, partialKey, splitPartial, type ChartRow, type ValueDomain } from '../../../lib/time-series';

/** Values "per 10,000 residents" divide by the population and multiply by this. */
export const PER_RESIDENTS = 10_000;
/** At most this many regions on one chart: more lines cannot be told apart. */
export const MAX_REGIONS = 5;
/** A period shorter than this is shown inside a longer window: one month is a point, not a trend. */
export const MIN_WINDOW_MONTHS = 6;
/** The window, in months, around a short period. */
export const SHORT_PERIOD_WINDOW = 12;
/** With more series than this the comparison period is left to the table and the sentences. */
export const MAX_SERIES_WITH_COMPARISON_LINES = 2;

export const perTenThousand = (value: number | null, population: number | null | undefined): number | null =>
  value === null || !population || population <= 0 ? null : (value / population) * PER_RESIDENTS;

export const scalePoints = (points: readonly MonthlyPoint[], population: number | null, per10k: boolean): MonthlyPoint[] =>
  per10k ? points.map((p) => ({ ...p, value: perTenThousand(p.value, population) })) : [...points];

export interface TrendWindow extends PeriodRange {
  /** True when the window is longer than the selected period (which the chart then shades). */
  extended: boolean;
}

/** The months a trend chart shows for a period: the period itself, or the 12 months ending with a short one. */
export const trendWindow = (period: PeriodRange, earliest: Month): TrendWindow => {
  if (rangeLength(period) >= MIN_WINDOW_MONTHS) return { ...period, extended: false };
  let from = addMonths(period.to, -(SHORT_PERIOD_WINDOW - 1));
  if (monthIndex(from) < monthIndex(earliest)) from = earliest;
  return { from, to: period.to, extended: monthIndex(from) < monthIndex(period.from) };
};

/** How many months back the comparison period lies: 12 for "a year ago", the period's length for "previous". */
export const comparisonOffset = (period: PeriodRange, compare: Comparison): number =>
  monthIndex(period.from) - monthIndex(comparisonRange(period, compare).from);

/**
 * A metric over a range, computed as the API does: a stock (e.g. volunteers) is its value at the last
 * month of the range, a flow (e.g. actions) the sum over it. Null when a month the value needs is missing.
 * With `lastMonthShare` < 1 only that share of the last month counts (`sameSpan`): a flow takes that
 * share of the month's total, a stock moves that far from the month before's value towards the month's
 * own — rounded to a whole count, as the API does, when `wholeCounts`.
 */
export const periodValue = (
  points: readonly MonthlyPoint[],
  range: PeriodRange,
  kind: 'stock' | 'flow',
  lastMonthShare = 1,
  wholeCounts = false,
): number | null => {
  const byMonth = new Map(points.map((p) => [p.month, p.value]));
  const last = byMonth.get(range.to) ?? null;
  if (last === null) return null;
  const share = Math.min(1, lastMonthShare);
  const part = (v: number) => (share < 1 && wholeCounts ? Math.round(v) : v);
  if (kind === 'stock') {
    if (share >= 1) return last;
    const before = byMonth.get(addMonths(range.to, -1)) ?? null;
    return before === null ? null : part(before + (last - before) * share);
  }
  let sum = part(last * share);
  for (const month of monthsBetween(range.from, addMonths(range.to, -1))) {
    const v = byMonth.get(month);
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return sum;
};

/** The highest complete month of a range (the month under way is not comparable); the earliest on ties. */
export const peakMonth = (points: readonly MonthlyPoint[], range: PeriodRange): { month: Month; value: number } | null => {
  const lo = monthIndex(range.from);
  const hi = monthIndex(range.to);
  let best: { month: Month; value: number } | null = null;
  for (const p of points) {
    const i = monthIndex(p.month);
    if (i < lo || i > hi || p.partial || p.value === null) continue;
    if (!best || p.value > best.value) best = { month: p.month, value: p.value };
  }
  return best;
};

export interface TrendSeriesInput {
  /** Stable key: "national" or a region code. */
  key: string;
  /** The full history (or at least the window and the comparison window). */
  points: readonly MonthlyPoint[];
  population: number | null;
}

export interface TrendInput {
  series: readonly TrendSeriesInput[];
  period: PeriodRange;
  compare: Comparison;
  kind: 'stock' | 'flow';
  per10k: boolean;
  /** First month of the data. */
  earliest: Month;
  /**
   * When the data is from (the responses' `asOf`): a period that ends in that month runs to that day,
   * and is compared with its comparison period to the same point (`sameSpan`). Null: whole months.
   */
  asOf: Date | null;
  /**
   * The API's totals of the period by series key (its /directions, /regions or /summary answer for the same
   * period and comparison), stated instead of the values computed from the series: the breakdown beside the
   * chart shows the API's, and the two disagreed by a few (1,053 against 1,051). A key without: computed.
   */
  totals?: ReadonlyMap<string, PeriodTotals>;
}

/** A series' value over the period and its comparison value, as counts (not per 10,000 residents). */
export interface PeriodTotals {
  value: number | null;
  previous: number | null;
}

export interface TrendSummary {
  key: string;
  /** The selected period's value (per 10,000 when asked). */
  value: number | null;
  /** The comparison period's value. */
  previous: number | null;
  change: Change | null;
  /** Highest month of the period, for flows over three months or more. */
  peak: { month: Month; value: number } | null;
  /** The month of the period still under way, if the period includes it. */
  partialMonth: Month | null;
}

export interface TrendTableRow {
  month: Month;
  /** The month of the comparison period aligned with this one. */
  comparisonMonth: Month;
  partial: boolean;
  values: Record<string, number | null>;
  previous: Record<string, number | null>;
}

export interface Trend {
  window: TrendWindow;
  period: PeriodRange;
  comparison: PeriodRange;
  /** The comparison window, aligned month by month with `window`. */
  comparisonWindow: PeriodRange;
  /** How many months back each month's comparison lies (`comparisonOffset`). */
  offset: number;
  /** Whether the chart draws the comparison period's lines (one or two series). */
  comparisonLines: boolean;
  /** Chart rows: each series key, `comparisonKey(key)` when drawn, and the dotted partial segments. */
  rows: ChartRow[];
  table: TrendTableRow[];
  domain: ValueDomain;
  summaries: TrendSummary[];
}

export const comparisonKey = (key: string): string => `cmp:${key}`;

export const NATIONAL_KEY = 'national';

/** The rows with the values of `keys` left out in every month still under way (the comparison's lines keep theirs). */
const withoutPartialMonths = (rows: readonly ChartRow[], keys: readonly string[]): ChartRow[] =>
  rows.map((row) => (row.partial ? { ...row, ...Object.fromEntries(keys.map((key) => [key, null])) } : row));

export const buildTrend = ({ series, period: selected, compare, kind, per10k, earliest, asOf, totals }: TrendInput): Trend => {
  const window = trendWindow(selected, earliest);
  const offset = comparisonOffset(selected, compare);
  const whole = comparisonRange(selected, compare);
  const { period, comparison, comparisonShare } = asOf
    ? sameSpan(selected, whole, asOf)
    : { period: selected, comparison: whole, comparisonShare: 1 };
  const comparisonWindow = { from: addMonths(window.from, -offset), to: addMonths(window.to, -offset) };
  const months = monthsBetween(window.from, window.to);
  const scaled = series.map((s) => ({ key: s.key, points: scalePoints(s.points, s.population, per10k) }));
  const comparisonLines = series.length > 0 && series.length <= MAX_SERIES_WITH_COMPARISON_LINES;

  // The comparison series, moved forward by the offset so each value sits on the month it is compared with.
  const shifted = scaled.map((s) => ({
    key: comparisonKey(s.key),
    points: s.points.map((p) => ({ month: addMonths(p.month, offset), value: p.value })),
  }));
  const merged = mergeSeries(months, comparisonLines ? [...scaled, ...shifted] : scaled);
  const keys = scaled.map((s) => s.key);
  // A flow's month still under way is not drawn: its days so far, beside whole months, read as a fall of
  // every line (actions "fell" from ~2,000 to ~300 in the first week of December). Its figures stay in
  // the table, marked, and the sentence says why the lines stop. A stock's figure so far is a level like
  // any other: drawn, dotted.
  const rows = splitPartial(kind === 'flow' ? withoutPartialMonths(merged, keys) : merged, keys);

  const table: TrendTableRow[] = months.map((month) => {
    const comparisonMonth = addMonths(month, -offset);
    const values: Record<string, number | null> = {};
    const previous: Record<string, number | null> = {};
    let partial = false;
    for (const s of scaled) {
      const point = s.points.find((p) => p.month === month);
      values[s.key] = point?.value ?? null;
      if (point?.partial) partial = true;
      previous[s.key] = s.points.find((p) => p.month === comparisonMonth)?.value ?? null;
    }
    return { month, comparisonMonth, partial, values, previous };
  });

  const shown: (number | null)[] = [];
  for (const row of table) {
    shown.push(...Object.values(row.values));
    if (comparisonLines) shown.push(...Object.values(row.previous));
  }
  const domain = niceDomain(shown);

  const summaries = scaled.map((s, i): TrendSummary => {
    const given = totals?.get(s.key);
    const population = series[i]?.population;
    const scale = (v: number | null) => (per10k ? perTenThousand(v, population) : v);
    const value = given ? scale(given.value) : periodValue(s.points, period, kind);
    const previous = given ? scale(given.previous) : periodValue(s.points, comparison, kind, comparisonShare, !per10k);
    const partialMonth =
      s.points.find((p) => p.partial && monthIndex(p.month) >= monthIndex(period.from) && monthIndex(p.month) <= monthIndex(period.to))
        ?.month ?? null;
    return {
      key: s.key,
      value,
      previous,
      change: computeChange(value, previous),
      peak: kind === 'flow' && rangeLength(period) >= 3 ? peakMonth(s.points, period) : null,
      partialMonth,
    };
  });

  return { window, period, comparison, comparisonWindow, offset, comparisonLines, rows, table, domain, summaries };
};

/**
 * Every month of every series, for the "full series" download: months in order, one value per series, and
 * whether the month is still under way (its values are so far, which the file has to say as the table does).
 */
export const fullHistory = (
  series: readonly TrendSeriesInput[],
  per10k: boolean,
): { month: Month; partial: boolean; values: (number | null)[] }[] => {
  const scaled = series.map((s) => scalePoints(s.points, s.population, per10k));
  const all = new Set<Month>();
  const partial = new Set<Month>();
  scaled.forEach((points) =>
    points.forEach((p) => {
      all.add(p.month);
      if (p.partial) partial.add(p.month);
    }),
  );
  const months = [...all].sort((a, b) => monthIndex(a) - monthIndex(b));
  const lookups = scaled.map((points) => new Map(points.map((p) => [p.month, p.value])));
  return months.map((month) => ({ month, partial: partial.has(month), values: lookups.map((l) => l.get(month) ?? null) }));
};

/** Digits after the decimal separator for a value: counts are whole, rates per 10,000 keep one or two. */
export const fractionDigits = (value: number, per10k: boolean): number => (!per10k ? 0 : Math.abs(value) < 10 ? 2 : 1);

/** Most decimals a table of rates is written with. */
const MAX_TABLE_DIGITS = 4;

/**
 * Decimals of a trend's table, one number for every figure in it, as a column is read down: counts none;
 * rates two significant digits of the smallest (a column of ecology organisations per 10,000 read "0.06"
 * for every month, 0.0597 to 0.0612: no trend to see), at least one.
 */
export const tableFractionDigits = (table: readonly TrendTableRow[], per10k: boolean): number => {
  if (!per10k) return 0;
  const figures = table.flatMap((row) => [...Object.values(row.values), ...Object.values(row.previous)]);
  return Math.min(MAX_TABLE_DIGITS, rateFractionDigits(figures, 0, MAX_TABLE_DIGITS) + 1);
};

/** Decimals of the full series' file: two more than the table's, a file's figures being for computing with. */
export const fullHistoryFractionDigits = (tableDigits: number, per10k: boolean): number => (per10k ? tableDigits + 2 : 0);

export { partialKey };

/**
 * Reads a list parameter such as `regions=KZ-71,KZ-75` or `dirs=elderly,ecology`: known values only
 * (matched without regard to case), no repeats, at most `max`. Anything else is reported as invalid
 * (the view says so) while the valid part is kept.
 */
export const parseIdList = <T extends string>(
  raw: string | null,
  known: readonly T[],
  max: number,
): { values: T[]; invalid: string | null } => {
  if (raw === null || raw.trim() === '') return { values: [], invalid: null };
  const byFolded = new Map(known.map((k) => [k.toLowerCase(), k]));
  const values: T[] = [];
  let bad = false;
  for (const part of raw.split(',')) {
    const value = byFolded.get(part.trim().toLowerCase());
    if (value === undefined) bad = true;
    else if (!values.includes(value)) {
      if (values.length < max) values.push(value);
      else bad = true;
    }
  }
  return { values, invalid: bad ? raw : null };
};

/**
 * Roadmap forecast and status: will each indicator meet its 2026 target on 31 December 2026?
 * Pure and DOM-free; the roadmap page, the overview card and the region panel all read it, so they
 * cannot disagree. The page states the method below in words.
 *
 * Method
 * - Only complete months count: a point flagged `partial`, or for the month of `asOf` or later
 *   (a month still under way), or with no value, is left out of the fit.
 * - Trend: ordinary least squares line through the last 12 months ending with the last complete
 *   month (months without a value are skipped); at least 3 points are needed.
 * - Uncertainty: an 80 % prediction interval from Student's t with n − 2 degrees of freedom. 80 %
 *   rather than 95 % because with 12 monthly points a 95 % band is so wide it says little; 80 % is the
 *   narrower of the two bands forecasters usually show.
 * - Cumulative indicators (a running level, e.g. volunteers): the forecast is the trend line's value
 *   for December 2026 (the level on 31 December). Interval: ŷ ± t·s·√(1 + 1/n + (x₀ − x̄)²/Sxx).
 * - Non-cumulative indicators (monthly flows, e.g. people helped; the target is a year's total): the
 *   forecast is the 2026 total = the sum of 2026's complete months + the trend's values for 2026's
 *   remaining months. Interval of a sum of h predicted months: Σŷ ± t·s·√(h + h²/n + (Σ(xⱼ − x̄))²/Sxx).
 *   A flow cannot be negative, so the total is never below what 2026 has already reached.
 * - Every lower bound is at least 0 (the indicators are counts and shares).
 *
 * Status rules, with target T (2026), forecast F and interval [L, U]:
 * - on track:  L ≥ T (even the low end of the interval reaches the target),
 *              or F ≥ T and the target is already met now;
 * - off track: U < T (even the high end of the interval falls short);
 * - at risk:   otherwise (the target lies within the interval).
 * Edge cases:
 * - after 31 Dec 2026 (Astana time) there is no forecast: the final actual (December's level, or the
 *   2026 total) decides — met: on track, not met: off track (basis 'final');
 * - fewer than 3 complete points: no forecast; on track if the target is already met, else unknown;
 * - no actuals at all, or no 2026 target: unknown.
 *
 * Progress to the 2026 target (%)
 * - cumulative with a 2023 baseline below the target: the share of the way from the baseline to the
 *   target covered so far, (latest − baseline) / (target − baseline);
 * - otherwise (non-cumulative, or no usable baseline): latest / target, where for a flow "latest" is
 *   the 2026 total so far. Never below 0; above 100 when the target is exceeded.
 */
import type { Month, MonthlyPoint, RoadmapIndicator } from '../../../api/contract';
import { astanaDate, monthFromIndex, monthIndex, monthOfDate } from '../../../lib/months';

export const FORECAST_WINDOW_MONTHS = 12;
export const MIN_FORECAST_POINTS = 3;
export const PREDICTION_LEVEL = 0.8;
export const ROADMAP_END_DATE = '2026-12-31';

export type RoadmapStatus = 'onTrack' | 'atRisk' | 'offTrack' | 'unknown';

/** What the status was judged on; the page explains each in words. */
export type StatusBasis = 'forecast' | 'alreadyMet' | 'final' | 'tooFewPoints' | 'noActuals' | 'noTarget';

// ---------------------------------------------------------------------------------------------------
// Statistics

export interface LinearFit {
  /** Change per month. */
  slope: number;
  /** Value at x = 0. */
  intercept: number;
  n: number;
  xMean: number;
  /** Σ(x − x̄)². */
  sxx: number;
  /** Residual standard error s = √(SSE / (n − 2)); 0 for a perfect line. */
  residualSd: number;
}

export interface Prediction {
  value: number;
  lower: number;
  upper: number;
}

/** Least-squares line through the points; null with fewer than 3 points or all at one x. */
export const fitLinear = (points: readonly { x: number; y: number }[]): LinearFit | null => {
  const n = points.length;
  if (n < MIN_FORECAST_POINTS) return null;
  const xMean = points.reduce((a, p) => a + p.x, 0) / n;
  const yMean = points.reduce((a, p) => a + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - xMean) ** 2;
    sxy += (p.x - xMean) * (p.y - yMean);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = yMean - slope * xMean;
  const sse = points.reduce((a, p) => a + (p.y - (intercept + slope * p.x)) ** 2, 0);
  return { slope, intercept, n, xMean, sxx, residualSd: Math.sqrt(sse / (n - 2)) };
};

/** ln Γ(x) for x > 0 (Lanczos, g = 7), accurate to ~1e-13: enough for t quantiles. */
const logGamma = (x: number): number => {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0] ?? 1;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] ?? 0) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
};

/** Continued fraction of the incomplete beta function (modified Lentz). */
const betaContinuedFraction = (a: number, b: number, x: number): number => {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
};

/** Regularised incomplete beta I_x(a, b). */
const incompleteBeta = (x: number, a: number, b: number): number => {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
};

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export const studentTCdf = (t: number, df: number): number => {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
};

/**
 * Quantiles already found, by p and df. A forecast asks for the same one at every month of its path
 * (one level, one window), and each is a bisection of up to 200 continued fractions: the overview's
 * roadmap card spent 20–30 ms of a task on them.
 */
const quantiles = new Map<string, number>();

/** The p-quantile of Student's t (p in (0, 1)), by bisection on the CDF. */
export const studentTQuantile = (p: number, df: number): number => {
  if (!(p > 0 && p < 1) || !(df > 0)) throw new RangeError(`studentTQuantile(${p}, ${df})`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const key = `${p}|${df}`;
  let q = quantiles.get(key);
  if (q === undefined) {
    q = bisectQuantile(p, df);
    // Few distinct pairs ever occur (one level, windows of 3–12 points); the bound is only a backstop.
    if (quantiles.size >= 256) quantiles.clear();
    quantiles.set(key, q);
  }
  return q;
};

const bisectQuantile = (p: number, df: number): number => {
  let hi = 1;
  while (studentTCdf(hi, df) < p) hi *= 2;
  let lo = 0;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
};

/**
 * Prediction of the sum of new observations at `xs` (one x: an ordinary prediction interval), with a
 * two-sided interval at `level`. The error variance of a sum of h new values is
 * s²·(h + h²/n + (Σ(xⱼ − x̄))²/Sxx): h new disturbances plus the uncertainty of the fitted line.
 */
export const predictSum = (fit: LinearFit, xs: readonly number[], level = PREDICTION_LEVEL): Prediction => {
  const h = xs.length;
  const value = xs.reduce((a, x) => a + fit.intercept + fit.slope * x, 0);
  if (h === 0) return { value: 0, lower: 0, upper: 0 };
  const spread = xs.reduce((a, x) => a + (x - fit.xMean), 0);
  const se = fit.residualSd * Math.sqrt(h + (h * h) / fit.n + (spread * spread) / fit.sxx);
  const half = studentTQuantile((1 + level) / 2, fit.n - 2) * se;
  return { value, lower: value - half, upper: value + half };
};

export const predictAt = (fit: LinearFit, x: number, level = PREDICTION_LEVEL): Prediction => predictSum(fit, [x], level);

// ---------------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;

/**
 * Whole days left until the end of the roadmap, counted in Astana calendar days: the days after
 * today up to and including 31 December (22 Nov → 39; 31 Dec → 0; afterwards 0).
 */
export const daysLeft = (now: Date, endDate: string = ROADMAP_END_DATE): number => {
  const today = Date.parse(`${astanaDate(now)}T00:00:00Z`);
  const end = Date.parse(`${endDate}T00:00:00Z`);
  return Math.max(0, Math.round((end - today) / DAY_MS));
};

/** True once the last day of the roadmap is over in Astana. */
export const roadmapEnded = (now: Date, endDate: string = ROADMAP_END_DATE): boolean => astanaDate(now) > endDate;

// ---------------------------------------------------------------------------------------------------
// Assessment of one indicator

export type IndicatorInput = Pick<RoadmapIndicator, 'cumulative' | 'baseline' | 'targets' | 'actuals'> & { id?: string };

export interface ProjectionPoint {
  month: Month;
  /** Trend value (cumulative) or projected running 2026 total (non-cumulative). */
  value: number;
  /** Interval bounds for months after the last complete one; null over the fitted window. */
  lower: number | null;
  upper: number | null;
}

export interface Forecast extends Prediction {
  level: number;
  /** The months the line was fitted on (first and last) and how many points had a value. */
  window: { from: Month; to: Month; points: number };
  slopePerMonth: number;
  /** For the chart: the trend over the window and its projection, with the band, to December 2026. */
  path: ProjectionPoint[];
}

export interface CurrentValue {
  /** Cumulative: the latest level; non-cumulative: the 2026 total so far. */
  value: number;
  /** The latest month included. */
  month: Month;
  /** Whether that month is still under way. */
  partial: boolean;
}

export interface YearComparison {
  year: number;
  target: number | null;
  /** Cumulative: December's level (or the latest of that year); non-cumulative: the year's total so far. */
  actual: number | null;
  /** False while the year's data is incomplete: the comparison is provisional. */
  complete: boolean;
  /**
   * True/false once decided; null while an unfinished year is open: below its target, or a level (cumulative)
   * at or above it, which may still fall back before December. A yearly total that has reached its target
   * has met it, as it can only grow.
   */
  met: boolean | null;
}

export interface IndicatorAssessment {
  id: string | undefined;
  cumulative: boolean;
  target: number | null;
  baseline: number | null;
  current: CurrentValue | null;
  alreadyMet: boolean;
  progressPercent: number | null;
  forecast: Forecast | null;
  /** After the end of the roadmap: the final value the status was judged on. */
  final: number | null;
  status: RoadmapStatus;
  basis: StatusBasis;
  years: YearComparison[];
}

export interface AssessOptions {
  /** Last day of the roadmap (YYYY-MM-DD); default 2026-12-31. */
  end?: string;
  level?: number;
}

const isComplete = (p: MonthlyPoint, currentMonth: Month): p is MonthlyPoint & { value: number } =>
  p.value !== null && !p.partial && p.month < currentMonth;

const sortedByMonth = (points: readonly MonthlyPoint[]): MonthlyPoint[] =>
  [...points].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));

/** The status from the forecast, its interval and whether the target is met already (rules in the header). */
export const statusFromForecast = (target: number, forecast: Prediction, alreadyMet: boolean): RoadmapStatus => {
  if (forecast.lower >= target) return 'onTrack';
  if (forecast.upper < target) return 'offTrack';
  if (alreadyMet && forecast.value >= target) return 'onTrack';
  return 'atRisk';
};

const progressOf = (cumulative: boolean, current: number, target: number, baseline: number | null): number => {
  if (cumulative && baseline !== null && target > baseline) return Math.max(0, ((current - baseline) / (target - baseline)) * 100);
  if (target <= 0) return current >= target ? 100 : 0;
  return Math.max(0, (current / target) * 100);
};

const yearComparisons = (input: IndicatorInput, points: readonly MonthlyPoint[], currentMonth: Month): YearComparison[] =>
  [...input.targets]
    .sort((a, b) => a.year - b.year)
    .map(({ year, value: target }) => {
      const inYear = points.filter((p) => p.month.startsWith(`${year}-`) && p.value !== null);
      const completeMonths = inYear.filter((p) => isComplete(p, currentMonth));
      let actual: number | null;
      let complete: boolean;
      if (input.cumulative) {
        const last = inYear.at(-1);
        actual = last?.value ?? null;
        complete = last !== undefined && last.month === `${year}-12` && isComplete(last, currentMonth);
      } else {
        actual = inYear.length ? inYear.reduce((a, p) => a + (p.value ?? 0), 0) : null;
        complete = completeMonths.length === 12;
      }
      let met: boolean | null = null;
      if (actual !== null && target !== null)
        met = actual >= target ? (complete || !input.cumulative ? true : null) : complete ? false : null;
      return { year, target, actual, complete, met };
    });

/**
 * Forecast, status, progress and year-by-year comparison of one indicator, as of `asOf` (the data's
 * time: it decides which months are complete and whether the roadmap is over).
 */
export const assessIndicator = (input: IndicatorInput, asOf: Date, options: AssessOptions = {}): IndicatorAssessment => {
  const endDate = options.end ?? ROADMAP_END_DATE;
  const level = options.level ?? PREDICTION_LEVEL;
  const endMonth = endDate.slice(0, 7);
  const endYear = Number(endDate.slice(0, 4));
  const endIdx = monthIndex(endMonth);
  const currentMonth = monthOfDate(asOf);
  const ended = roadmapEnded(asOf, endDate);
  const target = input.targets.find((t) => t.year === endYear)?.value ?? null;
  const baseline = input.baseline.value;
  // Points after the roadmap's end do not belong to it.
  const points = sortedByMonth(input.actuals).filter((p) => p.month <= endMonth);
  const withValue = points.filter((p) => p.value !== null);
  const years = yearComparisons(input, points, currentMonth);

  let current: CurrentValue | null = null;
  if (input.cumulative) {
    const last = withValue.at(-1);
    if (last && last.value !== null) current = { value: last.value, month: last.month, partial: !isComplete(last, currentMonth) };
  } else {
    const inEndYear = withValue.filter((p) => p.month.startsWith(`${endYear}-`));
    const last = inEndYear.at(-1);
    if (last) {
      current = {
        value: inEndYear.reduce((a, p) => a + (p.value ?? 0), 0),
        month: last.month,
        partial: !isComplete(last, currentMonth),
      };
    }
  }

  const alreadyMet = current !== null && target !== null && current.value >= target;
  const progressPercent = current !== null && target !== null ? progressOf(input.cumulative, current.value, target, baseline) : null;
  const base = { id: input.id, cumulative: input.cumulative, target, baseline, current, alreadyMet, progressPercent, years };

  if (target === null) return { ...base, forecast: null, final: null, status: 'unknown', basis: 'noTarget' };
  if (withValue.length === 0) return { ...base, forecast: null, final: null, status: 'unknown', basis: 'noActuals' };

  if (ended) {
    // The roadmap is over: no forecast, the last actual decides.
    const final = current?.value ?? null;
    if (final === null) return { ...base, forecast: null, final: null, status: 'unknown', basis: 'noActuals' };
    return { ...base, forecast: null, final, status: final >= target ? 'onTrack' : 'offTrack', basis: 'final' };
  }

  const complete = points.filter((p): p is MonthlyPoint & { value: number } => isComplete(p, currentMonth));
  const lastComplete = complete.at(-1);
  const lastIdx = lastComplete ? monthIndex(lastComplete.month) : null;
  const window = lastIdx === null ? [] : complete.filter((p) => monthIndex(p.month) > lastIdx - FORECAST_WINDOW_MONTHS);
  // x = months relative to the last complete month, so the numbers stay small.
  const fit = lastIdx === null ? null : fitLinear(window.map((p) => ({ x: monthIndex(p.month) - lastIdx, y: p.value })));

  if (!fit || lastIdx === null || !lastComplete) {
    return alreadyMet
      ? { ...base, forecast: null, final: null, status: 'onTrack', basis: 'alreadyMet' }
      : { ...base, forecast: null, final: null, status: 'unknown', basis: 'tooFewPoints' };
  }

  const firstWindowIdx = monthIndex(window[0]?.month ?? lastComplete.month);
  const trendAt = (idx: number) => fit.intercept + fit.slope * (idx - lastIdx);
  let prediction: Prediction;
  const path: ProjectionPoint[] = [];

  if (input.cumulative) {
    prediction = predictAt(fit, endIdx - lastIdx, level);
    for (let idx = firstWindowIdx; idx <= endIdx; idx++) {
      if (idx <= lastIdx) {
        path.push({ month: monthFromIndex(idx), value: trendAt(idx), lower: null, upper: null });
      } else {
        const p = predictAt(fit, idx - lastIdx, level);
        path.push({ month: monthFromIndex(idx), value: p.value, lower: Math.max(0, p.lower), upper: p.upper });
      }
    }
  } else {
    // The target year's total: its complete months as they are, its other months from the trend.
    const yearStart = monthIndex(`${endYear}-01`);
    const known = new Map(complete.filter((p) => monthIndex(p.month) >= yearStart).map((p) => [monthIndex(p.month), p.value]));
    const sumSoFar = [...known.values()].reduce((a, v) => a + v, 0);
    const missing: number[] = [];
    let knownSoFar = 0;
    for (let idx = yearStart; idx <= endIdx; idx++) {
      const value = known.get(idx);
      if (value === undefined) missing.push(idx - lastIdx);
      else knownSoFar += value;
      if (missing.length === 0) {
        // Up to the first month without a complete value the path is the actual running total.
        path.push({ month: monthFromIndex(idx), value: knownSoFar, lower: null, upper: null });
        continue;
      }
      const projected = predictSum(fit, missing, level);
      path.push({
        month: monthFromIndex(idx),
        value: Math.max(knownSoFar, knownSoFar + projected.value),
        lower: Math.max(knownSoFar, knownSoFar + projected.lower),
        upper: Math.max(knownSoFar, knownSoFar + projected.upper),
      });
    }
    const rest = predictSum(fit, missing, level);
    prediction = { value: sumSoFar + rest.value, lower: sumSoFar + rest.lower, upper: sumSoFar + rest.upper };
    // A flow never goes negative: the year cannot end below what it has already reached.
    prediction = {
      value: Math.max(sumSoFar, prediction.value),
      lower: Math.max(sumSoFar, prediction.lower),
      upper: Math.max(sumSoFar, prediction.upper),
    };
  }

  prediction = { value: Math.max(0, prediction.value), lower: Math.max(0, prediction.lower), upper: Math.max(0, prediction.upper) };
  const forecast: Forecast = {
    ...prediction,
    level,
    window: { from: monthFromIndex(firstWindowIdx), to: lastComplete.month, points: window.length },
    slopePerMonth: fit.slope,
    path,
  };
  return { ...base, forecast, final: null, status: statusFromForecast(target, prediction, alreadyMet), basis: 'forecast' };
};

// ---------------------------------------------------------------------------------------------------
// The whole roadmap

export type StatusCounts = Record<RoadmapStatus, number>;

export const countStatuses = (assessments: readonly Pick<IndicatorAssessment, 'status'>[]): StatusCounts => {
  const counts: StatusCounts = { onTrack: 0, atRisk: 0, offTrack: 0, unknown: 0 };
  for (const a of assessments) counts[a.status] += 1;
  return counts;
};

export interface RoadmapAssessment<I extends IndicatorInput> {
  items: { indicator: I; assessment: IndicatorAssessment }[];
  counts: StatusCounts;
}

/** Every indicator of a /roadmap response, judged as of the response's `asOf`. */
export const assessRoadmap = <I extends IndicatorInput>(
  roadmap: { asOf: string; end: string; indicators: readonly I[] },
  options: Omit<AssessOptions, 'end'> = {},
): RoadmapAssessment<I> => {
  const asOf = new Date(roadmap.asOf);
  const items = roadmap.indicators.map((indicator) => ({
    indicator,
    assessment: assessIndicator(indicator, asOf, { ...options, end: roadmap.end }),
  }));
  return { items, counts: countStatuses(items.map((i) => i.assessment)) };
};

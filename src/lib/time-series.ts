/**
 * Monthly series prepared for line charts, shared by every trend chart: several series merged onto
 * one month axis, the still-running month split into its own (dotted) segment, "nice" value domains
 * with round ticks, and positions for direct labels at the end of lines that never overlap.
 *
 * Pure and DOM-free: the Recharts views only read what these functions return.
 */
import type { Month } from '../api/contract';
import { compareCodeUnits } from './i18n/collate';

export interface SeriesPoint {
  month: Month;
  value: number | null;
  partial?: boolean;
}

export interface SeriesInput {
  /** Becomes the row key; must not be "month" or "partial" and must not contain a dot (Recharts reads dots as paths). */
  key: string;
  points: readonly SeriesPoint[];
}

/** One month of a chart: `month`, whether any series' point is still partial, and one value per series key. */
export type ChartRow = { month: Month; partial: boolean } & Record<string, number | string | boolean | null>;

const RESERVED = new Set(['month', 'partial']);

/** Puts every series on the given months (in that order); a month a series lacks is null for it. */
export const mergeSeries = (months: readonly Month[], series: readonly SeriesInput[]): ChartRow[] => {
  for (const s of series) {
    if (RESERVED.has(s.key) || s.key.includes('.')) throw new Error(`unusable series key "${s.key}"`);
  }
  const lookups = series.map((s) => ({ key: s.key, byMonth: new Map(s.points.map((p) => [p.month, p])) }));
  return months.map((month) => {
    const row: ChartRow = { month, partial: false };
    for (const { key, byMonth } of lookups) {
      const point = byMonth.get(month);
      row[key] = point?.value ?? null;
      if (point?.partial) row.partial = true;
    }
    return row;
  });
};

/** The row key of the dotted segment that leads into a partial month. */
export const partialKey = (key: string): string => `${key}~partial`;

/**
 * Moves the values of partial months out of each series into `partialKey(key)`, together with the
 * last complete value before them, so the view draws the solid line up to the last full month and a
 * dotted segment into the month still under way (a flow so far always looks like a collapse).
 */
export const splitPartial = (rows: readonly ChartRow[], keys: readonly string[]): ChartRow[] => {
  const out = rows.map((row) => ({ ...row }));
  for (const key of keys) {
    const pk = partialKey(key);
    out.forEach((row) => (row[pk] = null));
    out.forEach((row, i) => {
      const value = row[key];
      if (!row.partial || value === null || value === undefined) return;
      row[pk] = value;
      row[key] = null;
      const before = out[i - 1];
      const previous = before?.[key];
      if (before && !before.partial && typeof previous === 'number') before[pk] = previous;
    });
  }
  return out;
};

export interface ValueDomain {
  domain: [number, number];
  ticks: number[];
}

const NICE_STEPS = [1, 2, 2.5, 5, 10];

/** The smallest round step (1, 2, 2.5 or 5 × 10^k) at least `raw`. */
export const niceStep = (raw: number): number => {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const found = NICE_STEPS.find((s) => s * power >= raw * (1 - 1e-9)) ?? 10;
  return found * power;
};

/** Rounds away float noise such as 0.30000000000000004 for a value on a step grid. */
const clean = (n: number, step: number): number => {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(n.toFixed(digits));
};

/**
 * A value axis with round ticks that covers every value. Counts start at zero by default (a line
 * chart of counts that starts elsewhere exaggerates change); `includeZero: false` fits the data.
 * No values, or all zero, give 0–1.
 */
export const niceDomain = (
  values: readonly (number | null | undefined)[],
  options: { includeZero?: boolean; tickCount?: number } = {},
): ValueDomain => {
  const { includeZero = true, tickCount = 6 } = options;
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (!finite.length) return { domain: [0, 1], ticks: [0, 0.5, 1] };
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) {
    if (hi === 0) return { domain: [0, 1], ticks: [0, 0.5, 1] };
    const pad = Math.abs(hi) * 0.1;
    lo = includeZero && lo >= 0 ? 0 : lo - pad;
    hi += pad;
  }
  // The smallest round step that covers lo..hi in at most tickCount − 1 intervals: the tightest fit.
  const intervals = Math.max(1, tickCount - 1);
  let step = niceStep((hi - lo) / intervals / 10);
  const span = (s: number) => Math.ceil(hi / s - 1e-9) - Math.floor(lo / s + 1e-9);
  while (span(step) > intervals) step = niceStep(step * 1.0001);
  const min = clean(Math.floor(lo / step + 1e-9) * step, step);
  const max = clean(Math.ceil(hi / step - 1e-9) * step, step);
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(clean(t, step) === 0 ? 0 : clean(t, step));
  return { domain: [min, max], ticks };
};

export interface LabelSlot {
  key: string;
  /** Wanted vertical position (pixels, down is larger), e.g. the y of the line's last point. */
  y: number;
}

/**
 * Moves end-of-line labels apart so that no two are closer than `gap` pixels, keeping each as near
 * as possible to its line and all of them between `top` and `bottom`. Order is preserved.
 */
export const spreadLabels = (slots: readonly LabelSlot[], gap: number, top: number, bottom: number): Record<string, number> => {
  const sorted = [...slots].sort((a, b) => a.y - b.y || compareCodeUnits(a.key, b.key));
  const ys = sorted.map((s) => Math.min(Math.max(s.y, top), bottom));
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i] ?? 0, (ys[i - 1] ?? 0) + gap);
  const last = ys.length - 1;
  if (last >= 0 && (ys[last] ?? 0) > bottom) {
    ys[last] = bottom;
    for (let i = last - 1; i >= 0; i--) ys[i] = Math.min(ys[i] ?? 0, (ys[i + 1] ?? 0) - gap);
  }
  // With more labels than fit, the first ones may now sit above the top: keep them inside, overlapping least.
  if (ys.length && (ys[0] ?? 0) < top) {
    const span = ys.length > 1 ? (bottom - top) / (ys.length - 1) : 0;
    ys.forEach((_, i) => (ys[i] = Math.max(ys[i] ?? 0, top + Math.min(gap, span) * i)));
  }
  const out: Record<string, number> = {};
  sorted.forEach((s, i) => (out[s.key] = ys[i] ?? s.y));
  return out;
};

/** SVG text has no automatic wrapping: `label` whole when it is at most `maxWidth` wide (as `widthOf` measures it), else as much of it as fits with "…". */
export const truncateToWidth = (label: string, maxWidth: number, widthOf: (text: string) => number): string => {
  if (widthOf(label) <= maxWidth) return label;
  let end = label.length - 1;
  while (end > 1 && widthOf(`${label.slice(0, end).trimEnd()}…`) > maxWidth) end--;
  return `${label.slice(0, end).trimEnd()}…`;
};

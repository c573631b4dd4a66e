/**
 * Map state for the choropleth, derived from one value per region: class breaks, class colours,
 * the zero and "no data" categories, ranks and the highest / lowest / median region for the text summary.
 *
 * Pure and DOM-free (no React, no Leaflet): the map and the legend only read a `Classification`.
 * Numbers stay raw here; the view formats them (locale, units) with its own formatter.
 *
 * Choices:
 * - Breaks are "nice" equal steps by default (1, 2, 2.5 or 5 × 10^k), so a legend reads 0–25 000,
 *   25 000–50 000… Quantile breaks are available for skewed data (`method: 'quantile'`): every class then
 *   holds about the same number of regions, each break the roundest number between the two it separates.
 * - Classes are [lower, upper) except the last, which includes its upper bound; consecutive classes share
 *   a bound, so there are no gaps and no overlaps.
 * - The scale starts at 0 for non-negative data, unless the values sit far from 0 (the smallest exceeds
 *   half their spread, e.g. 950–1000): then it starts at a round number just below the smallest value.
 * - When every value is ≥ 0, some are exactly 0 and some are > 0, zero gets its own category (`'zero'`,
 *   its own colour) so "nothing at all" never looks like "a little". The first class then covers (0, b₁).
 * - Negative values (e.g. growth in %): the classes simply cover the range with nice steps; as the steps
 *   are multiples of the step size, 0 is always a break when the range crosses zero, so no class mixes
 *   decline and growth. Classes below 0 take an orange ramp (darker = steeper decline), classes at or
 *   above 0 the blue ramp (darker = higher): a diverging scheme that stays colour-blind safe.
 *   Zero is not a separate category for such data: 0 % growth is the start of the first class at/above 0.
 * - null, NaN or ±Infinity is "no data": not a class, drawn grey with hatching by the map.
 * - Values are classed as they are shown (`decimals`; whole numbers are taken as counts): a region shown as
 *   8.8 is never in the class that ends at 8.8, breaks fall on the shown values' grid (no "5.6" between
 *   counts), and a quantile class that rounding left empty is merged into its neighbour. A legend can then
 *   name the shown values each class holds ("120–129.9", "5–7"), so no value seems to be in two classes.
 */

import { roundAsShown } from './i18n/format';

export type ClassKey = number | 'zero' | 'noData';

export interface ValueEntry {
  code: string;
  value: number | null;
}

export interface ClassifyOptions {
  /** Upper limit of the number of classes (2–7, default 5). Nice breaks may use fewer to stay round. */
  classes?: number;
  /** 'nice' (default): equal round steps. 'quantile': about equal counts, breaks the roundest numbers between regions. */
  method?: 'nice' | 'quantile';
  /**
   * Decimals the values are shown with: 0 for counts, 1 for "12.3 per 10 000" or "+4.5 %". Values are
   * rounded to them before they are classed. Without it, whole numbers are taken as counts and other
   * values are classed as they come.
   */
  decimals?: number;
  /**
   * A value the classes must break at, when it falls among the values: 100 for progress to a target, so no
   * class holds regions on both sides of it (96–101.9 held two short of their target and two past it).
   */
  breakAt?: number;
}

export interface ClassBin {
  index: number;
  lower: number;
  upper: number;
  /** False only for a first class that starts at 0 when zero is its own category: that class is (0, upper). */
  includesLower: boolean;
  /** True only for the last class. */
  includesUpper: boolean;
  colour: string;
  count: number;
  /** Codes of the regions in this class, in the order they were given. */
  codes: string[];
}

export interface Category {
  colour: string;
  count: number;
  codes: string[];
}

export interface RegionValue {
  code: string;
  value: number;
}

export interface Classification {
  method: 'nice' | 'quantile';
  /** 'diverging' when some class lies below zero. */
  scheme: 'sequential' | 'diverging';
  /** Strictly increasing; classes[i] spans breaks[i]..breaks[i + 1]. Empty when there are no classes. */
  breaks: number[];
  /**
   * The grid of the values as classed, with its decimals: { step: 1, decimals: 0 } for counts, { step: 0.1,
   * decimals: 1 } for one decimal. Every break lies on it. Null when the values are classed as they come.
   */
  grid: ValueGrid | null;
  classes: ClassBin[];
  /** The separate zero category, or null when zero is not distinct (no zeros, or negative data). */
  zero: Category | null;
  noData: Category;
  classOf(code: string): ClassKey;
  colourOf(code: string): string;
  valueOf(code: string): number | null;
  /** 1 = highest value; equal values share a rank (1, 2, 2, 4); null for no data. */
  rankOf(code: string): number | null;
  /** Number of regions with a value (the denominator of ranks, "3rd of 19"). */
  ranked: number;
  highest: RegionValue | null;
  lowest: RegionValue | null;
  /**
   * The median and the regions at the middle of the ranking: one for an odd count; for an even count the
   * two middle ones, and the median halfway between their values (with 20 regions, naming the 10th as "the
   * median" gave a value that is not the median).
   */
  median: { value: number; regions: RegionValue[] } | null;
}

// ---------------------------------------------------------------------------------------------------
// Colours

/**
 * Sequential ramp for values ≥ 0, light → dark: ColorBrewer YlGnBu (9-class, steps 2–8), colour-blind
 * safe and print friendly. The lightest step is deliberately not near-white, so the zero colour (white)
 * and the grey of "no data" stay distinguishable from the first class.
 */
export const SEQUENTIAL_PALETTE: readonly string[] = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'];

/** Ramp for values < 0, light (near zero) → dark (most negative): ColorBrewer YlOrBr (steps 2–8). */
export const NEGATIVE_PALETTE: readonly string[] = ['#fee391', '#fec44f', '#fe9929', '#ec7014', '#cc4c02', '#993404', '#662506'];

/** Exactly zero: white, the map gives it a grey outline so it still reads against the background. */
export const ZERO_COLOUR = '#ffffff';

/**
 * "No data": light grey, plus hatching and a dashed outline drawn by the map and the legend, so that
 * missing data is never signalled by colour alone.
 */
export const NO_DATA_STYLE = {
  fill: '#e0e0e0',
  hatch: '#8c8c8c',
  outline: '#737373',
  dashArray: '4 3',
} as const;

/** The "no data" hatching as an SVG pattern (the map on screen and its picture): a line every `size` px, turned. */
export const NO_DATA_PATTERN = { size: 6, degrees: 45, lineWidth: 2 } as const;

/** "No data" hatched as a CSS background (legend swatches), as the maps' SVG pattern hatches it. */
const NO_DATA_HATCH_CSS = `repeating-linear-gradient(45deg, ${NO_DATA_STYLE.fill} 0 3px, ${NO_DATA_STYLE.hatch} 3px 4.5px)`;

const parseHex = (hex: string): [number, number, number] => {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** WCAG 2 relative luminance of a #rrggbb colour, 0 (black) … 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two #rrggbb colours, 1 … 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The edge of a region filled `fill`, at least 3:1 against it (WCAG 1.4.11): white on the darker classes, dark grey on the lighter. */
export const REGION_EDGE_LIGHT = '#ffffff';
export const REGION_EDGE_DARK = '#374151';
export const regionEdgeOn = (fill: string): string => (contrastRatio(fill, REGION_EDGE_LIGHT) >= 3 ? REGION_EDGE_LIGHT : REGION_EDGE_DARK);

/** Near-black or white, whichever reads better on `background` (for labels drawn on a fill). */
export function readableTextColour(background: string): '#111111' | '#ffffff' {
  return contrastRatio(background, '#111111') >= contrastRatio(background, '#ffffff') ? '#111111' : '#ffffff';
}

/** Index into a 7-step ramp for class j of n (0 = lightest), spread so few classes still contrast. */
const rampIndex = (n: number, j: number, steps: number): number =>
  n <= 1 ? Math.floor((steps - 1) / 2) : Math.round((j * (steps - 1)) / (n - 1));

// ---------------------------------------------------------------------------------------------------
// Rounded numbers

/** The values' resolution as shown: 10^-decimals. */
export interface ValueGrid {
  step: number;
  decimals: number;
}

const gridOf = (decimals: number): ValueGrid => {
  const d = Math.min(6, Math.max(0, Math.round(decimals)));
  return { step: scaled(1, -d), decimals: d };
};

/** True when x is a whole, positive number of grid steps. */
const onGrid = (x: number, grid: ValueGrid): boolean => {
  const steps = x / grid.step;
  return steps >= 1 - 1e-9 && Math.abs(steps - Math.round(steps)) < 1e-9;
};

/** x on the grid as the formatter shows it. */
const toGrid = (x: number, grid: ValueGrid): number => roundAsShown(x, grid.decimals);

/** x on the grid, rounded down or up (a scale's bottom and top), without float noise. */
const toGridOutwards = (x: number, grid: ValueGrid, round: typeof Math.floor): number => {
  const on = scaled(round(Number((x * 10 ** grid.decimals).toPrecision(12))), -grid.decimals);
  return on === 0 ? 0 : on;
};

/** a × 10^p as the double nearest to the decimal, e.g. (3, -1) → 0.3, not 0.30000000000000004. */
const scaled = (a: number, p: number): number => (p >= 0 ? a * 10 ** p : a / 10 ** -p);

/** Largest number with `digits` significant digits that is ≤ x. */
export function floorToSignificant(x: number, digits = 2): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const p = Math.floor(Math.log10(Math.abs(x))) - (digits - 1);
  let m = Math.floor(x / 10 ** p + 1e-9);
  // The tolerance above can overshoot by one unit when x sits just below a round value: step back.
  while (scaled(m, p) > x) m -= 1;
  return scaled(m, p);
}

/** Smallest number with `digits` significant digits that is ≥ x. */
export function ceilToSignificant(x: number, digits = 2): number {
  return -floorToSignificant(-x, digits);
}

/** Step mantissas ×10 so that 2.5 is an integer (25): breaks are then integer multiples, computed exactly. */
const NICE_MANTISSAS = [10, 20, 25, 50] as const;

/**
 * Equal nice steps from lo0 to hi0 with at most k classes: the smallest step (1, 2, 2.5, 5 × 10^e) for which
 * the rounded-out range needs ≤ k classes. Returns the breaks.
 */
function niceBreaks(lo0: number, hi0: number, k: number, grid: ValueGrid | null): number[] {
  const range = hi0 - lo0;
  let exponent = Math.floor(Math.log10(range / k)) - 2;
  for (let guard = 0; guard < 40; guard++, exponent++) {
    for (const mantissa of NICE_MANTISSAS) {
      const p = exponent - 1;
      const step = scaled(mantissa, p);
      // On a grid, a step must be a whole number of grid steps (no 2.5 between counts).
      if (grid && !onGrid(step, grid)) continue;
      const at = (i: number): number => scaled(i * mantissa, p);
      let first = Math.floor(lo0 / step);
      while (at(first) > lo0) first -= 1;
      while (at(first + 1) <= lo0) first += 1;
      let last = Math.ceil(hi0 / step);
      while (at(last) < hi0) last += 1;
      while (last - 1 > first && at(last - 1) >= hi0) last -= 1;
      if (last <= first) last = first + 1;
      if (last - first <= k) {
        const breaks: number[] = [];
        for (let i = first; i <= last; i++) breaks.push(at(i) === 0 ? 0 : at(i)); // no -0 in legends
        return breaks;
      }
    }
  }
  throw new Error('no nice step found'); // unreachable: the step grows until one class covers the range
}

/** Nice step mantissas, largest first: a break is a multiple of the largest step that has one in its gap. */
const ROUND_MANTISSAS = [5, 2, 1] as const;

/**
 * The roundest number in (a, b]: the multiple of the largest step m × 10^e (m = 5, 2, 1) that lies there,
 * on the grid where there is one (b itself, on it, is the last resort). 115.8 and 118.2 give 116; 148.2 and
 * 163.8 give 150; −1.1 and 3.2 give 0.
 */
export function roundestBetween(a: number, b: number, grid: ValueGrid | null = null): number {
  const magnitude = Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);
  for (let e = Math.ceil(Math.log10(magnitude)); e >= -12; e--) {
    for (const m of ROUND_MANTISSAS) {
      if (grid && scaled(m, e) < grid.step) return b;
      // The first multiple above a, found with exact decimals (0.1 × 1158, not 115.80000000000001).
      let k = Math.floor(a / scaled(m, e)) + 1;
      while (scaled(k * m, e) <= a) k += 1;
      while (scaled((k - 1) * m, e) > a) k -= 1;
      const candidate = scaled(k * m, e);
      if (candidate <= b) return candidate === 0 ? 0 : candidate;
    }
  }
  return b;
}

/**
 * Quantile classes: each break goes between the two neighbouring regions nearest the i/k-th of the sorted
 * values (never between equal values), at the roundest number between them. Every class then holds about
 * n/k regions. Rounding the quantiles themselves (to 2 significant digits) put 7, 2, 3, 4 and 4 of the
 * wall's 20 rates per 10 000 (98–359) in classes at 120, 130, 140 and 150.
 */
function quantileBreaks(sorted: readonly number[], lo0: number, hi0: number, k: number, grid: ValueGrid | null): number[] {
  const bottom = lo0 === 0 ? 0 : grid ? toGridOutwards(floorToSignificant(lo0), grid, Math.floor) : floorToSignificant(lo0);
  const top = grid ? toGridOutwards(ceilToSignificant(hi0), grid, Math.ceil) : ceilToSignificant(hi0);
  const breaks = [bottom];
  const n = sorted.length;
  let previous = 0; // the index of the first value of the class being closed
  for (let i = 1; i < k; i++) {
    const ideal = (i * n) / k;
    let gap = -1; // the class ends before sorted[gap]
    for (let j = previous + 1; j < n; j++) {
      if ((sorted[j - 1] ?? 0) < (sorted[j] ?? 0) && (gap < 0 || Math.abs(j - ideal) < Math.abs(gap - ideal))) gap = j;
    }
    if (gap < 0) break;
    const b = roundestBetween(sorted[gap - 1] ?? 0, sorted[gap] ?? 0, grid);
    if (b > (breaks[breaks.length - 1] ?? -Infinity) && b < top) {
      breaks.push(b);
      previous = gap;
    }
  }
  breaks.push(top); // > bottom, since lo0 < hi0 whenever there are two classes or more
  // Growth data crossing zero: make 0 a break so no class mixes decline and growth (as nice breaks do).
  if (bottom < 0 && top > 0 && !breaks.includes(0)) {
    breaks.push(0);
    breaks.sort((a, b) => a - b);
  }
  return withoutEmptyClasses(breaks, sorted);
}

/** Index of the class [breaks[i], breaks[i + 1]) holding v; the last class also holds its upper bound. */
const classIndex = (breaks: readonly number[], v: number): number => {
  const n = breaks.length - 1;
  for (let i = 0; i < n - 1; i++) if (v < (breaks[i + 1] ?? Infinity)) return i;
  return n - 1;
};

/**
 * The break at 0 that separates decline from growth can leave a class with no value (one between −0.5 and 0
 * where no region is). Such a class is merged into a neighbour by dropping a break it shares, the upper one
 * first; 0 stays.
 */
function withoutEmptyClasses(breaks: readonly number[], sorted: readonly number[], kept: number | null = null): number[] {
  const b = [...breaks];
  const crossesZero = (b[0] ?? 0) < 0 && (b[b.length - 1] ?? 0) > 0;
  for (;;) {
    const n = b.length - 1;
    if (n <= 1) return b;
    const counts = new Array<number>(n).fill(0);
    for (const v of sorted) {
      const i = classIndex(b, v);
      counts[i] = (counts[i] ?? 0) + 1;
    }
    const droppable = (i: number): boolean => i > 0 && i < n && !(crossesZero && b[i] === 0) && b[i] !== kept;
    let drop = -1;
    for (let i = 0; i < n && drop < 0; i++) {
      if (counts[i] !== 0) continue;
      if (droppable(i + 1)) drop = i + 1;
      else if (droppable(i)) drop = i;
    }
    if (drop < 0) return b;
    b.splice(drop, 1);
  }
}

/**
 * `breaks` with `at` among them when it falls strictly inside: the inner break nearest to it moved there
 * (the number of classes stays), or `at` added where there is no inner break.
 */
function withBreakAt(breaks: readonly number[], at: number): number[] {
  const last = breaks.length - 1;
  const low = breaks[0] ?? 0;
  const high = breaks[last] ?? 0;
  if (last < 1 || !(at > low && at < high) || breaks.includes(at)) return [...breaks];
  let nearest = -1;
  for (let i = 1; i < last; i++) {
    if (nearest < 0 || Math.abs((breaks[i] ?? 0) - at) < Math.abs((breaks[nearest] ?? 0) - at)) nearest = i;
  }
  const b = [...breaks];
  if (nearest > 0) b[nearest] = at;
  else b.splice(1, 0, at);
  return b;
}

// ---------------------------------------------------------------------------------------------------
// Classification

const byValueThenCode = (a: RegionValue, b: RegionValue): number => a.value - b.value || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function classify(values: ReadonlyArray<ValueEntry>, opts: ClassifyOptions = {}): Classification {
  const requested = opts.classes !== undefined && Number.isFinite(opts.classes) ? Math.round(opts.classes) : 5;
  const k = Math.min(7, Math.max(2, requested));
  const method = opts.method ?? 'nice';

  const finite = (value: number | null): value is number => typeof value === 'number' && Number.isFinite(value);
  const grid =
    opts.decimals !== undefined && Number.isFinite(opts.decimals)
      ? gridOf(opts.decimals)
      : values.every(({ value }) => !finite(value) || Number.isInteger(value))
        ? gridOf(0)
        : null;

  // One value per code, as shown; a repeated code keeps its last value (like a Map built from the response).
  const valueByCode = new Map<string, number | null>();
  for (const { code, value } of values) {
    valueByCode.set(code, finite(value) ? (grid ? toGrid(value, grid) : value) : null);
  }
  const present: RegionValue[] = [];
  const noData: Category = { colour: NO_DATA_STYLE.fill, count: 0, codes: [] };
  for (const [code, value] of valueByCode) {
    if (value === null) noData.codes.push(code);
    else present.push({ code, value });
  }
  noData.count = noData.codes.length;

  const sorted = [...present].sort(byValueThenCode);
  const min = sorted[0]?.value ?? 0;
  const max = sorted[sorted.length - 1]?.value ?? 0;
  const zeroDistinct = min >= 0 && sorted.some((r) => r.value === 0);
  const zero: Category | null = zeroDistinct ? { colour: ZERO_COLOUR, count: 0, codes: [] } : null;
  const classed = zeroDistinct ? sorted.filter((r) => r.value !== 0) : sorted;

  let breaks: number[] = [];
  if (classed.length > 0) {
    const cMin = classed[0]?.value ?? 0;
    const cMax = classed[classed.length - 1]?.value ?? 0;
    // Start the scale at 0 unless the values sit far from it: when the gap to 0 exceeds half their own
    // spread, starting at 0 would leave a third of the classes or more empty. With all-equal values,
    // 0–v is the only meaningful range.
    const span = max - min;
    const anchorLow = zeroDistinct || (min > 0 && (min <= span / 2 || span === 0));
    const anchorHigh = max < 0 && (-max <= span / 2 || span === 0);
    // After a distinct zero, values on a grid start one step above it: a first class (0, 1) of counts
    // would hold no count at all. (Unless that is the only value: (0, 1] is then the one class.)
    const lo0 = anchorLow ? (zeroDistinct && grid && cMax > grid.step ? grid.step : 0) : cMin;
    const hi0 = anchorHigh ? 0 : cMax;
    const kk = cMin === cMax ? 1 : k; // all equal: a single class, not k − 1 empty ones
    breaks =
      method === 'quantile' && kk > 1
        ? quantileBreaks(
            classed.map((r) => r.value),
            lo0,
            hi0,
            kk,
            grid,
          )
        : niceBreaks(lo0, hi0, kk, grid);
    if (opts.breakAt !== undefined && Number.isFinite(opts.breakAt)) {
      breaks = withoutEmptyClasses(
        withBreakAt(breaks, opts.breakAt),
        classed.map((r) => r.value),
        opts.breakAt,
      );
    }
  }

  const nClasses = Math.max(0, breaks.length - 1);
  const nNegative = breaks.slice(1).filter((upper) => upper <= 0).length;
  const nPositive = nClasses - nNegative;
  const classes: ClassBin[] = [];
  for (let i = 0; i < nClasses; i++) {
    const lower = breaks[i] ?? 0;
    const upper = breaks[i + 1] ?? 0;
    const colour =
      i < nNegative
        ? (NEGATIVE_PALETTE[rampIndex(nNegative, nNegative - 1 - i, NEGATIVE_PALETTE.length)] ?? '')
        : (SEQUENTIAL_PALETTE[rampIndex(nPositive, i - nNegative, SEQUENTIAL_PALETTE.length)] ?? '');
    classes.push({
      index: i,
      lower,
      upper,
      includesLower: !(zeroDistinct && i === 0 && lower === 0),
      includesUpper: i === nClasses - 1,
      colour,
      count: 0,
      codes: [],
    });
  }

  const keyByCode = new Map<string, ClassKey>();
  // Walk in input order so each class lists its codes in the caller's order.
  for (const [code, value] of valueByCode) {
    if (value === null) keyByCode.set(code, 'noData');
    else if (zero && value === 0) {
      keyByCode.set(code, 'zero');
      zero.codes.push(code);
    } else {
      const bin = classes[classIndex(breaks, value)];
      if (bin) {
        bin.codes.push(code);
        keyByCode.set(code, bin.index);
      }
    }
  }
  for (const bin of classes) bin.count = bin.codes.length;
  if (zero) zero.count = zero.codes.length;

  const rankByCode = new Map<string, number>();
  const descending = [...sorted].reverse();
  descending.forEach((r, i) => {
    const previous = descending[i - 1];
    const rank = previous && previous.value === r.value ? (rankByCode.get(previous.code) ?? i + 1) : i + 1;
    rankByCode.set(r.code, rank);
  });

  const colourOfKey = (key: ClassKey): string =>
    key === 'noData' ? noData.colour : key === 'zero' ? ZERO_COLOUR : (classes[key]?.colour ?? noData.colour);

  // Highest: the first in descending order, so ties go to the alphabetically first code, as for lowest.
  const highest = sorted.length ? (sorted.filter((r) => r.value === max)[0] ?? null) : null;
  return {
    method,
    scheme: nNegative > 0 ? 'diverging' : 'sequential',
    breaks,
    grid,
    classes,
    zero,
    noData,
    classOf: (code) => keyByCode.get(code) ?? 'noData',
    colourOf: (code) => colourOfKey(keyByCode.get(code) ?? 'noData'),
    valueOf: (code) => valueByCode.get(code) ?? null,
    rankOf: (code) => rankByCode.get(code) ?? null,
    ranked: sorted.length,
    highest: highest ? { ...highest } : null,
    lowest: sorted[0] ? { ...sorted[0] } : null,
    median: medianOf(sorted, grid),
  };
}

/**
 * The median of values sorted ascending, with the one or two regions in the middle. On the values' grid,
 * as every value is shown: halfway between 1505 and 1304 volunteers is 1405 here, as on the directions'
 * map, which wrote it so while the regions' map wrote "1404.5 volunteers".
 */
const medianOf = (sorted: readonly RegionValue[], grid: ValueGrid | null): Classification['median'] => {
  if (sorted.length === 0) return null;
  const upper = Math.floor(sorted.length / 2);
  const middle = sorted.length % 2 === 1 ? sorted.slice(upper, upper + 1) : sorted.slice(upper - 1, upper + 1);
  const mean = middle.reduce((sum, r) => sum + r.value, 0) / middle.length;
  return { value: grid ? toGrid(mean, grid) : mean, regions: middle.map((r) => ({ ...r })) };
};

/**
 * The first and last shown values a class holds, on the classification's grid: [10, 13) of counts holds
 * 10–12, the (0, 9) after a distinct zero 1–8, [120, 130) of one decimal 120.0–129.9. Equal when the
 * class holds one shown value.
 */
export const shownBounds = (bin: ClassBin, grid: ValueGrid): { first: number; last: number } => ({
  first: bin.includesLower ? bin.lower : toGrid(bin.lower + grid.step, grid),
  last: bin.includesUpper ? bin.upper : toGrid(bin.upper - grid.step, grid),
});

/** The colour for a legend row or a class key (the map and the legend use the same lookup). */
export function colourOfClass(classification: Classification, key: ClassKey): string {
  if (key === 'noData') return classification.noData.colour;
  if (key === 'zero') return classification.zero?.colour ?? ZERO_COLOUR;
  return classification.classes[key]?.colour ?? classification.noData.colour;
}

/**
 * How a class is painted wherever it is shown (legends, the ranked list, the map's picture): its fill,
 * or null for the hatching of "no data"; an outline where the class needs one of its own (no data and
 * zero are pale; the other classes keep the outline of where they are drawn); dashed for no data, so
 * colour is never the only signal.
 */
export interface ClassPaint {
  fill: string | null;
  outline: string | null;
  dashed: boolean;
}

export const classPaint = (classification: Classification, key: ClassKey): ClassPaint =>
  key === 'noData'
    ? { fill: null, outline: NO_DATA_STYLE.outline, dashed: true }
    : key === 'zero'
      ? { fill: colourOfClass(classification, key), outline: NO_DATA_STYLE.outline, dashed: false }
      : { fill: colourOfClass(classification, key), outline: null, dashed: false };

/** A class's swatch as CSS: its background (the hatching for no data) and, where it has one, its outline. */
export const swatchCss = ({
  fill,
  outline,
  dashed,
}: ClassPaint): { background: string; borderColor?: string; borderStyle?: 'dashed' | 'solid' } => ({
  background: fill ?? NO_DATA_HATCH_CSS,
  ...(outline ? { borderColor: outline, borderStyle: dashed ? 'dashed' : 'solid' } : {}),
});

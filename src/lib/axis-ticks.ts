/**
 * Which ticks a chart axis labels, chosen here rather than by Recharts: left to itself, Recharts
 * hides any tick label that would touch its neighbour, so an axis reads "июнь 2026, авг. 2026" with a
 * month silently missing, or "0 300 600 1200" without 900. These functions pick only ticks whose
 * labels fit, at equal steps, so the view can pass them with `interval={0}` (show every one).
 *
 * Pure and DOM-free: widths are estimated from the text, not measured.
 */
import type { ValueDomain } from './time-series';

/** The least space between two neighbouring labels, in pixels. */
export const LABEL_GAP = 10;

const NARROW_CHARS = new Set([' ', '\u00a0', '\u202f', '.', ',', ':', ';', "'", '|', '!', '(', ')', 'i', 'l', 'j', 'і', 'ı', 'I']);
const WIDE_CHARS = new Set(['m', 'w', 'M', 'W', 'ж', 'ш', 'щ', 'ю', 'ы', 'м', 'Ж', 'Ш', 'Щ', 'Ю', 'Ы', 'М', 'Д', 'Ф', 'ф', '%']);

/**
 * Letter and word spacing added to the page's own, in px: a reader's style sheet may set up to 0.12em
 * and 0.16em (WCAG 1.4.12), and chart text laid out without it ran past a panel's edge ("…ликвидация
 * их пос", 55 px). Read from the chart's box by lib/use-text-spacing.ts.
 */
export interface TextSpacing {
  letter: number;
  word: number;
}
export const NO_TEXT_SPACING: TextSpacing = { letter: 0, word: 0 };
/** The characters CSS adds word spacing to (a space and a no-break space; not the narrow one). */
const WORD_SEPARATORS = new Set([' ', '\u00a0']);

/** What `spacing` adds to `text`'s width: letter spacing after every character, word spacing at every space. */
export const addedBySpacing = (text: string, spacing: TextSpacing): number => {
  if (spacing.letter === 0 && spacing.word === 0) return 0;
  let added = 0;
  for (const char of text) added += spacing.letter + (WORD_SEPARATORS.has(char) ? spacing.word : 0);
  return added;
};

/**
 * About how wide `text` is at `fontSize` px in the app's sans-serif (Noto Sans, else Segoe UI or
 * Arial), erring on the wide side: a label estimated too wide only costs a little space, one
 * estimated too narrow overlaps its neighbour. Bold text is taken 6 % wider: bold Cyrillic came out
 * up to 3 % wider than the regular estimate in Chromium. With the reader's `spacing` added.
 */
export const estimateTextWidth = (text: string, fontSize = 12, bold = false, spacing: TextSpacing = NO_TEXT_SPACING): number => {
  let em = 0;
  for (const char of text) {
    if (NARROW_CHARS.has(char)) em += 0.32;
    else if (WIDE_CHARS.has(char)) em += 0.86;
    else if (char !== char.toLowerCase()) em += 0.72;
    else em += 0.62;
  }
  return em * fontSize * (bold ? 1.06 : 1) + addedBySpacing(text, spacing);
};

/**
 * `text` broken at its spaces into lines no wider than `maxWidth` (as `widthOf` measures), each taking as
 * many words as fit. A word wider than the line is a line of its own: there is nowhere to break it.
 */
export const wrapToWidth = (text: string, maxWidth: number, widthOf: (text: string) => number): string[] => {
  const lines: string[] = [];
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const last = lines.length - 1;
    if (last >= 0 && widthOf(`${lines[last]} ${word}`) <= maxWidth) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines;
};

/** Steps between labelled months: every month, every second, quarter, four months, half year, year. */
const MONTH_STEPS = [1, 2, 3, 4, 6, 12];

/**
 * Indices of the months to label on an axis of `count` months spread over `plotWidth` pixels (the
 * first month at the left edge, the last at the right, as Recharts' point scale of a line chart
 * places them): every k-th month counted back from the last, which is always labelled (it is the
 * latest data), with the smallest k that leaves `gap` pixels between labels `labelWidth` wide.
 * k is 1, 2, 3, 4, 6 or a multiple of 12, so labels fall on the same months of every year.
 */
export const monthTickIndices = (count: number, plotWidth: number, labelWidth: number, gap = LABEL_GAP): number[] => {
  if (!(count > 0)) return [];
  const last = Math.floor(count) - 1;
  if (last === 0) return [0];
  if (!(plotWidth > 0)) return [last];
  const slot = plotWidth / last;
  const needed = Math.max(1, Math.ceil((labelWidth + gap) / slot - 1e-9));
  const step = MONTH_STEPS.find((s) => s >= needed) ?? Math.ceil(needed / 12) * 12;
  const indices: number[] = [];
  for (let i = last; i >= 0; i -= step) indices.push(i);
  return indices.reverse();
};

/** The months to label (see monthTickIndices), from the axis' months in order. */
export const monthTicks = <T>(months: readonly T[], plotWidth: number, labelWidth: number, gap = LABEL_GAP): T[] =>
  monthTickIndices(months.length, plotWidth, labelWidth, gap).flatMap((i) => {
    const month = months[i];
    return month === undefined ? [] : [month];
  });

/**
 * Whether labels centred on `ticks`, spread evenly over `length` pixels, keep `gap` pixels apart.
 * `labelSize` is the room a tick's label takes along the axis: its text width on a horizontal axis,
 * its line height on a vertical one.
 */
export const ticksFit = (ticks: readonly number[], length: number, labelSize: (tick: number) => number, gap = LABEL_GAP): boolean => {
  if (ticks.length < 2) return true;
  const spacing = length / (ticks.length - 1);
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1] ?? 0;
    const b = ticks[i] ?? 0;
    if ((labelSize(a) + labelSize(b)) / 2 + gap > spacing + 1e-9) return false;
  }
  return true;
};

export interface ValueAxisOptions {
  /** The axis' length in pixels: the plot's height for a vertical axis, its width for a horizontal one. */
  length: number;
  /** Room a tick's label takes along the axis (see ticksFit). */
  labelSize: (tick: number) => number;
  gap?: number;
  /** Most ticks wanted, fewer where their labels do not fit. Default 6. */
  maxCount?: number;
  /** Counts start at zero (default); false fits the data. */
  includeZero?: boolean;
  /** Whole-number ticks only (counts written without decimals): never "0 0,6 1,2", which reads "0 1 1". */
  integer?: boolean;
}

/**
 * Round steps of a value axis, × 10^k. Besides 1, 2, 2.5 and 5, steps of 3, 4 and 6 let a short axis
 * still end near the data (0, 400, 800, 1200 rather than 0, 1000, 2000 for values up to 1150).
 */
const VALUE_STEPS = [1, 2, 2.5, 3, 4, 5, 6];

const roundTo = (n: number, step: number): number => {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  const rounded = Number(n.toFixed(digits));
  return rounded === 0 ? 0 : rounded;
};

const spanOf = (axis: ValueDomain): number => axis.domain[1] - axis.domain[0];

/** Whether `a` covers less than `b`, or as much with more ticks. */
const tighter = (a: ValueDomain, b: ValueDomain): boolean => {
  const tolerance = 1e-9 * Math.abs(spanOf(b));
  return spanOf(a) < spanOf(b) - tolerance || (Math.abs(spanOf(a) - spanOf(b)) <= tolerance && a.ticks.length > b.ticks.length);
};

/**
 * A value axis with round ticks at equal steps whose labels all fit: among the round steps that
 * cover the values in 2 to `maxCount` ticks with room for every label, the one with the tightest
 * domain (more ticks when two are as tight). When no step fits, the one with the fewest ticks,
 * which the view still shows. No values, or all zero, give 0–1.
 */
export const fitValueAxis = (values: readonly (number | null | undefined)[], options: ValueAxisOptions): ValueDomain => {
  const { length, labelSize, gap = LABEL_GAP, maxCount = 6, includeZero = true, integer = false } = options;
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 0;
  if (includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) {
    if (hi === 0) return integer ? { domain: [0, 1], ticks: [0, 1] } : { domain: [0, 1], ticks: [0, 0.5, 1] };
    const pad = Math.abs(hi) * 0.1;
    lo = includeZero && lo >= 0 ? 0 : lo - pad;
    hi += pad;
  }
  const most = Math.max(2, Math.floor(maxCount));
  let best: ValueDomain | null = null;
  let fallback: ValueDomain | null = null;
  // Steps from one below the smallest that could cover lo..hi in `most` ticks up to ten times the range.
  const top = Math.ceil(Math.log10(hi - lo)) + 1;
  for (let exponent = Math.floor(Math.log10((hi - lo) / (most - 1))) - 1; exponent <= top; exponent++) {
    for (const m of VALUE_STEPS) {
      const step = m * 10 ** exponent;
      if (integer && (step < 1 || Math.abs(step - Math.round(step)) > 1e-9)) continue;
      const first = Math.floor(lo / step + 1e-9);
      const last = Math.ceil(hi / step - 1e-9);
      const count = last - first + 1;
      if (count < 2) continue;
      const ticks = Array.from({ length: count }, (_, i) => roundTo((first + i) * step, step));
      const axis: ValueDomain = { domain: [ticks[0] ?? lo, ticks[count - 1] ?? hi], ticks };
      if (!fallback || count < fallback.ticks.length || (count === fallback.ticks.length && tighter(axis, fallback))) fallback = axis;
      if (count <= most && ticksFit(ticks, length, labelSize, gap) && (!best || tighter(axis, best))) best = axis;
    }
  }
  return best ?? fallback ?? { domain: [lo, hi], ticks: [lo, hi] };
};

import { describe, expect, it } from 'vitest';
import {
  NO_TEXT_SPACING,
  addedBySpacing,
  estimateTextWidth,
  fitValueAxis,
  monthTickIndices,
  monthTicks,
  ticksFit,
  wrapToWidth,
} from '../../src/lib/axis-ticks';
import { createFormatter } from '../../src/lib/i18n/format';

const ru = createFormatter('ru');
const kk = createFormatter('kk');

/** 18 months, July 2025 to December 2026, as an axis gets them. */
const MONTHS = Array.from({ length: 18 }, (_, i) => {
  const m = 6 + i;
  return `${2025 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
});
const widest = (labels: readonly string[]) => Math.max(...labels.map((l) => estimateTextWidth(l)));
const RU_MONTH_WIDTH = widest(MONTHS.map((m) => ru.month(m, 'short')));

const steps = (indices: readonly number[]) => indices.slice(1).map((i, n) => i - (indices[n] ?? 0));

describe('monthTickIndices', () => {
  it('labels every other month of 18 at 1000 px, ending on the last, at equal steps', () => {
    const indices = monthTickIndices(18, 1000, RU_MONTH_WIDTH);
    expect(indices).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17]);
  });

  it('labels every sixth month of 18 at 320 px: the last month and the half years before it', () => {
    const indices = monthTickIndices(18, 320, RU_MONTH_WIDTH);
    expect(indices).toEqual([5, 11, 17]);
  });

  it('leaves room between labels and never skips unevenly, whatever the width', () => {
    for (const count of [2, 3, 7, 12, 13, 18, 24, 36, 60]) {
      for (let width = 120; width <= 1600; width += 37) {
        const indices = monthTickIndices(count, width, RU_MONTH_WIDTH);
        expect(indices.at(-1), `${count} months at ${width} px`).toBe(count - 1);
        expect(new Set(steps(indices)).size, `${count} months at ${width} px`).toBeLessThanOrEqual(1);
        if (indices.length > 1) {
          const pixels = ((steps(indices)[0] ?? 0) * width) / (count - 1);
          expect(pixels, `${count} months at ${width} px`).toBeGreaterThanOrEqual(RU_MONTH_WIDTH + 10);
        }
      }
    }
  });

  it('labels every month when there is room, and copes with one month or no room', () => {
    expect(monthTickIndices(6, 1200, RU_MONTH_WIDTH)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(monthTickIndices(1, 300, RU_MONTH_WIDTH)).toEqual([0]);
    expect(monthTickIndices(0, 300, RU_MONTH_WIDTH)).toEqual([]);
    expect(monthTickIndices(12, 0, RU_MONTH_WIDTH)).toEqual([11]);
  });

  it('steps in whole years on a long, narrow axis', () => {
    expect(monthTickIndices(60, 600, RU_MONTH_WIDTH)).toEqual([11, 23, 35, 47, 59]);
    expect(monthTickIndices(60, 300, RU_MONTH_WIDTH)).toEqual([11, 35, 59]);
  });

  it('gives the months themselves, July 2026 not left out between June and August where all fit', () => {
    const ticks = monthTicks(MONTHS, 1000, RU_MONTH_WIDTH);
    expect(ticks.at(-1)).toBe('2026-12');
    expect(ticks).toEqual(expect.arrayContaining(['2026-06', '2026-08']));
    expect(monthTicks(MONTHS.slice(9, 15), 600, RU_MONTH_WIDTH)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
  });
});

describe('estimateTextWidth', () => {
  it('errs wide for month labels and numbers in kk, ru and en', () => {
    // Widths of Noto Sans at 12 px: about 6.9 px a digit, 3.1 px a space.
    expect(estimateTextWidth('1200')).toBeGreaterThanOrEqual(27.5);
    expect(estimateTextWidth('12\u00a0500')).toBeGreaterThan(estimateTextWidth('12500') - 7);
    expect(estimateTextWidth(kk.month('2026-01', 'short'))).toBeGreaterThan(estimateTextWidth(ru.month('2026-05', 'short')));
    expect(estimateTextWidth('')).toBe(0);
  });

  it("adds a reader's letter spacing to every character and word spacing to every space, the narrow no-break one aside", () => {
    const spacing = { letter: 1.5, word: 2 };
    // 10 characters; a space and a no-break space; the narrow no-break space (U+202F) gets letter spacing only.
    expect(addedBySpacing('12 500\u00a0м\u202f%', spacing)).toBe(10 * 1.5 + 2 * 2);
    expect(estimateTextWidth('2025 ж. қаң.', 12, false, spacing)).toBeCloseTo(estimateTextWidth('2025 ж. қаң.') + 12 * 1.5 + 2 * 2);
    expect(addedBySpacing('anything', NO_TEXT_SPACING)).toBe(0);
  });
});

describe('wrapToWidth', () => {
  // One unit a character: easy to count.
  const chars = (text: string) => text.length;

  it('takes as many words a line as fit, and keeps a text that fits on one line', () => {
    expect(wrapToWidth('2026 жылғы мақсат:', 18, chars)).toEqual(['2026 жылғы мақсат:']);
    expect(wrapToWidth('2026 жылғы мақсат:', 12, chars)).toEqual(['2026 жылғы', 'мақсат:']);
    expect(wrapToWidth('Цель на 2026 год:', 8, chars)).toEqual(['Цель на', '2026', 'год:']);
  });

  it('puts a word wider than the line on a line of its own, and ignores spaces in a row', () => {
    expect(wrapToWidth('a  мақсаттары b', 4, chars)).toEqual(['a', 'мақсаттары', 'b']);
    expect(wrapToWidth('', 10, chars)).toEqual([]);
  });
});

describe('fitValueAxis', () => {
  it('keeps a count axis to whole numbers: a small region over one month reads 0 1 2 3, never 0 0,6 1,2', () => {
    for (const values of [[0, 1, 3], [1, 2], [0, 0], [7]]) {
      const axis = fitValueAxis(values, { length: 300, labelSize: kkWidth, integer: true });
      expect(axis.ticks.every(Number.isInteger), JSON.stringify(axis.ticks)).toBe(true);
      const labels = axis.ticks.map((t) => kk.number(t));
      expect(new Set(labels).size).toBe(labels.length);
    }
    // Without the option, fractions are allowed (rates per 10,000).
    expect(fitValueAxis([0, 1, 3], { length: 300, labelSize: kkWidth }).ticks.some((t) => !Number.isInteger(t))).toBe(true);
  });

  const kkWidth = (v: number) => estimateTextWidth(kk.number(v));

  it('gives 0, 300, 600, 900 and 1200 for values up to 1150 where all five labels fit: 900 included', () => {
    const axis = fitValueAxis([1150, 820, 40, null], { length: 400, labelSize: kkWidth });
    expect(axis).toEqual({ domain: [0, 1200], ticks: [0, 300, 600, 900, 1200] });
  });

  it('gives fewer round ticks, still at equal steps, where five do not fit (a phone)', () => {
    const axis = fitValueAxis([1150, 820, 40], { length: 130, labelSize: kkWidth });
    expect(axis).toEqual({ domain: [0, 1200], ticks: [0, 400, 800, 1200] });
    expect(ticksFit(axis.ticks, 130, kkWidth)).toBe(true);
    expect(ticksFit([0, 300, 600, 900, 1200], 130, kkWidth)).toBe(false);
  });

  it('fits as many ticks as the height holds on a vertical axis', () => {
    const line = () => 14;
    expect(fitValueAxis([0, 48_648], { length: 274, labelSize: line }).ticks).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000]);
    const short = fitValueAxis([0, 48_648], { length: 60, labelSize: line });
    expect(short.ticks.length).toBeLessThanOrEqual(3);
    expect(ticksFit(short.ticks, 60, line)).toBe(true);
  });

  it('keeps every tick label of a wide axis apart by the gap', () => {
    for (const max of [7, 93, 480, 1150, 9_999, 57_705, 1_234_567]) {
      for (const length of [90, 130, 200, 320, 640]) {
        const axis = fitValueAxis([0, max], { length, labelSize: kkWidth, maxCount: 8 });
        expect(axis.domain[1], `${max} in ${length} px`).toBeGreaterThanOrEqual(max);
        expect(new Set(steps(axis.ticks).map((s) => s.toPrecision(6))).size, `${max} in ${length} px`).toBe(1);
        if (axis.ticks.length > 2) expect(ticksFit(axis.ticks, length, kkWidth), `${max} in ${length} px`).toBe(true);
      }
    }
  });

  it('rounds decimal steps without float noise and covers negative values with zero as a tick', () => {
    expect(fitValueAxis([0.07, 0.31], { length: 300, labelSize: () => 14 }).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    const mixed = fitValueAxis([-12, 30], { length: 300, labelSize: () => 14 });
    expect(mixed.ticks).toContain(0);
    expect(mixed.domain[0]).toBeLessThanOrEqual(-12);
    expect(mixed.domain[1]).toBeGreaterThanOrEqual(30);
  });
});

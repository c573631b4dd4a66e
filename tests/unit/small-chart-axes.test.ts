import { describe, expect, it } from 'vitest';
import type { Month } from '../../src/api/contract';
import { LABEL_GAP, estimateTextWidth, ticksFit } from '../../src/lib/axis-ticks';
import { createFormatter, sharedFractionDigits, type Formatter } from '../../src/lib/i18n/format';
import type { Locale } from '../../src/lib/i18n/locales';
import { SMALL_CHART } from '../../src/lib/chart-metrics';
import { layoutSmallChartAxes, smallChartLegendHeight, type SmallChartAxesInput } from '../../src/lib/small-chart-axes';

const LOCALES: readonly Locale[] = ['kk', 'ru', 'en'];

/** 18 months, July 2025 to December 2026, as a chart's rows give them. */
const MONTHS = Array.from({ length: 18 }, (_, i) => {
  const m = 6 + i;
  return `${2025 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
});

/** A region's rate per 10 000 residents, 80 to 141 over the months. */
const RATES = [80, 92.5, 101, 118, 124.4, 141];
/** A roadmap indicator counted in people, up to 2.3 million. */
const PEOPLE = [0, 410_000, 1_250_000, 2_300_000];

/** The axes as a chart lays them out: ticks with the decimals the finest needs (at most one), months short. */
const input = (format: Formatter, overrides: Partial<SmallChartAxesInput<Month>> = {}): SmallChartAxesInput<Month> => ({
  width: 640,
  scale: 1,
  plotHeight: 150,
  values: RATES,
  valueAxisOptions: { includeZero: false },
  tickLabelFor: (axis) => {
    const digits = sharedFractionDigits(axis.ticks, 1);
    return (value) => format.number(value, { fractionDigits: digits });
  },
  months: MONTHS,
  monthLabel: (month) => format.month(month, 'short'),
  ...overrides,
});

const widestMonthLabel = (format: Formatter, fontSize = 12) =>
  Math.max(...MONTHS.map((m) => estimateTextWidth(format.month(m, 'short'), fontSize)));

describe('layoutSmallChartAxes', () => {
  it('fits the value axis to the values and the plot, and labels its ticks with the chart’s own label', () => {
    for (const locale of LOCALES) {
      const format = createFormatter(locale);
      const axes = layoutSmallChartAxes(input(format));
      expect(axes.valueAxis, locale).toEqual({ domain: [75, 150], ticks: [75, 100, 125, 150] });
      // Whole ticks read "75 100 125", not "75,0 100,0 125,0": the label was made from the fitted ticks.
      expect(axes.valueAxis.ticks.map(axes.tickLabel), locale).toEqual(['75', '100', '125', '150']);
      expect(ticksFit(axes.valueAxis.ticks, 150, () => 14)).toBe(true);
    }
  });

  it('makes the value axis as wide as its longest label, and wider for longer labels', () => {
    for (const locale of LOCALES) {
      const format = createFormatter(locale);
      const rates = layoutSmallChartAxes(input(format));
      const people = layoutSmallChartAxes(input(format, { values: PEOPLE, valueAxisOptions: { includeZero: true } }));
      // "150" is 3 digits of 0.62 em at 12 px, 22.3 px, and the tick with its gap takes 14 more.
      expect(rates.valueAxisWidth, locale).toBe(37);
      // "2 400 000" / "2,400,000": 7 digits and 2 narrow separators, 59.8 px.
      expect(people.valueAxis.ticks.at(-1), locale).toBe(2_400_000);
      expect(people.valueAxisWidth, locale).toBe(74);
      const longest = Math.max(...people.valueAxis.ticks.map((t) => estimateTextWidth(people.tickLabel(t), 12)));
      expect(people.valueAxisWidth - longest, locale).toBeGreaterThanOrEqual(14);
    }
  });

  it('keeps the value axis at least as wide as the chart asks, grown with the text', () => {
    const format = createFormatter('ru');
    expect(layoutSmallChartAxes(input(format, { minValueAxisWidth: 40 })).valueAxisWidth).toBe(40);
    expect(layoutSmallChartAxes(input(format, { minValueAxisWidth: 40, scale: 2 })).valueAxisWidth).toBe(80);
    // A floor below the labels' width changes nothing.
    expect(layoutSmallChartAxes(input(format, { minValueAxisWidth: 20 })).valueAxisWidth).toBe(37);
  });

  it('leaves half the widest month label right of the plot, and at least 16 px', () => {
    const expected = { kk: 42, ru: 36, en: 30 };
    for (const locale of LOCALES) {
      const format = createFormatter(locale);
      const axes = layoutSmallChartAxes(input(format));
      // The last month's label is centred on the plot's right edge.
      expect(axes.rightMargin, locale).toBe(expected[locale]);
      expect(axes.rightMargin, locale).toBeGreaterThanOrEqual(widestMonthLabel(format) / 2);
    }
    // Month labels narrower than 32 px still get the frame's least margin.
    const numbered = layoutSmallChartAxes(input(createFormatter('en'), { monthLabel: (month) => month.slice(5) }));
    expect(numbered.rightMargin).toBe(16);
    expect(layoutSmallChartAxes(input(createFormatter('en'), { monthLabel: (month) => month.slice(5), scale: 2 })).rightMargin).toBe(32);
  });

  it('labels fewer months on a narrow chart, at equal steps ending on the last month, LABEL_GAP apart', () => {
    const format = createFormatter('ru');
    const wide = layoutSmallChartAxes(input(format, { width: 1000 }));
    const phone = layoutSmallChartAxes(input(format, { width: 320 }));
    expect(wide.monthTicks).toEqual(['2025-08', '2025-10', '2025-12', '2026-02', '2026-04', '2026-06', '2026-08', '2026-10', '2026-12']);
    expect(phone.monthTicks).toEqual(['2025-12', '2026-06', '2026-12']);
    // The plot is what the margins and the value axis leave of the chart.
    const plotWidth = 320 - SMALL_CHART.margin.left - phone.valueAxisWidth - phone.rightMargin;
    const slot = plotWidth / (MONTHS.length - 1);
    expect(6 * slot).toBeGreaterThanOrEqual(widestMonthLabel(format) + LABEL_GAP);
    expect(3 * slot).toBeLessThan(widestMonthLabel(format) + LABEL_GAP);
    // Kazakh's longer labels ("2025 ж. жел.") leave room for only the year ends.
    expect(layoutSmallChartAxes(input(createFormatter('kk'), { width: 320 })).monthTicks).toEqual(['2025-12', '2026-12']);
  });

  it("grows the value axis, the right margin and the month labels' room by the reader's text scale", () => {
    for (const locale of LOCALES) {
      const format = createFormatter(locale);
      const usual = layoutSmallChartAxes(input(format, { width: 320 }));
      const larger = layoutSmallChartAxes(input(format, { width: 320, scale: 1.5 }));
      // "150" at 18 px, 33.5 px, and the tick's 14 px × 1.5.
      expect(larger.valueAxisWidth, locale).toBe(55);
      expect(larger.rightMargin, locale).toBe(Math.max(24, Math.ceil(widestMonthLabel(format, 18) / 2)));
      expect(larger.rightMargin, locale).toBeGreaterThan(usual.rightMargin);
      // The plot's height grows with the text: the ticks still fit it at their larger line height.
      expect(
        ticksFit(larger.valueAxis.ticks, 150 * 1.5, () => 14 * 1.5),
        locale,
      ).toBe(true);
      expect(larger.monthTicks.at(-1), locale).toBe('2026-12');
      expect(larger.monthTicks.length, locale).toBeLessThanOrEqual(usual.monthTicks.length);
    }
    expect(layoutSmallChartAxes(input(createFormatter('ru'), { width: 320, scale: 1.5 })).monthTicks).toEqual(['2025-12', '2026-12']);
    // At twice the text the plot is twice as tall, so the axis keeps its five ticks: in a plot of the usual
    // 150 px, labels 28 px high would fit only four.
    const people = (scale: number) =>
      layoutSmallChartAxes(input(createFormatter('ru'), { values: PEOPLE, valueAxisOptions: { includeZero: true }, scale })).valueAxis;
    expect(people(1).ticks).toEqual([0, 600_000, 1_200_000, 1_800_000, 2_400_000]);
    expect(people(2)).toEqual(people(1));
    // And its labels, twice as high, keep apart: on a short plot, 120 px at twice the text, only the ends are
    // labelled (labels of the usual height would take 0 to 2.4 million in five ticks).
    const short = layoutSmallChartAxes(input(createFormatter('ru'), { values: PEOPLE, plotHeight: 60, scale: 2 })).valueAxis;
    expect(short.ticks).toEqual([0, 2_500_000]);
    expect(ticksFit(short.ticks, 120, () => 28)).toBe(true);
  });

  it("widens the value axis and the right margin by the reader's letter and word spacing", () => {
    const format = createFormatter('ru');
    const usual = layoutSmallChartAxes(input(format));
    // WCAG 1.4.12's most at 12 px text: 0.12 em between letters, 0.16 em between words.
    const spaced = layoutSmallChartAxes(input(format, { spacing: { letter: 1.44, word: 1.92 } }));
    // "150" gains three letters' spacing, 4.3 px.
    expect(spaced.valueAxisWidth).toBe(usual.valueAxisWidth + 4);
    expect(spaced.rightMargin).toBeGreaterThan(usual.rightMargin);
  });

  it('copes with no months and no values', () => {
    const axes = layoutSmallChartAxes(input(createFormatter('en'), { values: [], months: [] }));
    expect(axes.valueAxis).toEqual({ domain: [0, 1], ticks: [0, 0.5, 1] });
    expect(axes.monthTicks).toEqual([]);
    expect(axes.rightMargin).toBe(16);
  });
});

describe('layoutSmallChartAxes on a narrow chart at a large text scale', () => {
  it("draws the axes' labels smaller, never below their usual size, until the plot keeps 40 % of the width", () => {
    for (const locale of LOCALES) {
      const format = createFormatter(locale);
      const people = { values: PEOPLE, valueAxisOptions: { includeZero: true } };
      // A roadmap card's chart on a 390 px phone at a 32 px default font.
      const phone = layoutSmallChartAxes(input(format, { ...people, width: 235, scale: 2 }));
      expect(phone.axisFontSize, locale).toBeLessThan(24);
      expect(phone.axisFontSize, locale).toBeGreaterThanOrEqual(12);
      expect(235 - SMALL_CHART.margin.left - phone.valueAxisWidth - phone.rightMargin, locale).toBeGreaterThanOrEqual(0.4 * 235);
      // Where there is room, the reader's size.
      expect(layoutSmallChartAxes(input(format, { ...people, width: 1000, scale: 2 })).axisFontSize, locale).toBe(24);
      expect(layoutSmallChartAxes(input(format, { ...people, width: 120, scale: 1 })).axisFontSize, locale).toBe(12);
    }
  });
});

describe('smallChartLegendHeight', () => {
  const names = ['Нақты', '80 % болжау аралығы', 'Ағымдағы ай (аяқталмаған)', 'Мақсат (жыл соңына)', 'Тренд және болжам'];

  it('is one line of 1.45 × the font where the entries fit side by side, more as they wrap', () => {
    expect(smallChartLegendHeight({ names, width: 2000, fontSize: 13, oneEntryALine: false })).toBe(Math.ceil(13 * 1.45));
    const wrapped = smallChartLegendHeight({ names, width: 400, fontSize: 13, oneEntryALine: false });
    expect(wrapped).toBeGreaterThanOrEqual(2 * Math.ceil(13 * 1.45) - 1);
  });

  it('one entry a line: at least a line each, and each entry wrapped to the width at a large font', () => {
    const usual = smallChartLegendHeight({ names, width: 266, fontSize: 13, oneEntryALine: true });
    expect(usual).toBe(Math.ceil(names.length * 13 * 1.45));
    // The roadmap on a 390 px phone at a 32 px default font: a 151 px legend at 26 px, 565 px tall on screen.
    const large = smallChartLegendHeight({ names, width: 151, fontSize: 26, oneEntryALine: true });
    expect(large).toBeGreaterThan(400);
    expect(large).toBeGreaterThan(smallChartLegendHeight({ names, width: 302, fontSize: 26, oneEntryALine: true }));
  });
});

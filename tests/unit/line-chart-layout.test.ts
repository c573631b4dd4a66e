import { describe, expect, it } from 'vitest';
import { LABEL_GAP, estimateTextWidth } from '../../src/lib/axis-ticks';
import { createFormatter } from '../../src/lib/i18n/format';
import { layoutLineChart, type LineChartFrameInput } from '../../src/lib/line-chart-layout';
import { textScaleOf } from '../../src/lib/text-scale';

const ru = createFormatter('ru');

/** 24 months, January 2025 to December 2026. */
const MONTHS = Array.from({ length: 24 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

const input = (width: number, scale: number): LineChartFrameInput => ({
  width,
  height: 320,
  scale,
  endLabels: ['Казахстан', 'Экология и защита животных'],
  monthLabels: MONTHS.map((m) => ru.month(m, 'short')),
  valueAxis: { domain: [0, 12_000], ticks: [0, 2_000, 4_000, 6_000, 8_000, 10_000, 12_000] },
  formatValue: (v) => ru.number(v),
});

describe('textScaleOf', () => {
  it("is the reader's default font size over 16 px, and 1 where the root's size cannot be read", () => {
    expect(textScaleOf('16px')).toBe(1);
    expect(textScaleOf('24px')).toBe(1.5);
    expect(textScaleOf('32px')).toBe(2);
    expect(textScaleOf('12px')).toBe(0.75);
    for (const unread of ['', 'medium', '0px', '-4px']) expect(textScaleOf(unread)).toBe(1);
  });
});

describe('layoutLineChart', () => {
  it('draws at the usual sizes at a 16 px root', () => {
    const frame = layoutLineChart(input(1000, 1));
    expect([frame.fontSize, frame.height, frame.xAxisHeight, frame.labelPitch, frame.labelTop]).toEqual([12, 320, 30, 15, 6]);
    expect(frame.margin).toEqual({ top: 12, right: frame.margin.right, bottom: 4, left: 4 });
    expect(frame.narrow).toBe(false);
    expect(frame.valueAxis.ticks).toHaveLength(7);
  });

  it("grows the text, the chart's height and the room for text by the reader's scale, and labels fewer months so they stay apart", () => {
    const usual = layoutLineChart(input(1200, 1));
    for (const scale of [1.5, 2]) {
      const frame = layoutLineChart(input(1200, scale));
      expect(frame.fontSize).toBe(12 * scale);
      // The chart fills its 20rem box.
      expect(frame.height).toBe(320 * scale);
      expect(frame.xAxisHeight).toBe(30 * scale);
      expect(frame.labelPitch).toBe(15 * scale);
      // The value axis as wide as its widest label at the larger size, and the model's ticks still fit the taller plot.
      const widestValue = Math.max(...frame.valueAxis.ticks.map((t) => estimateTextWidth(ru.number(t), 12 * scale)));
      expect(frame.axisWidth).toBeGreaterThanOrEqual(widestValue + 8);
      expect(frame.valueAxis.ticks).toHaveLength(7);
      // Labelled months keep their larger labels LABEL_GAP apart, so fewer are labelled; the last is always.
      const monthWidth = Math.max(...input(1200, scale).monthLabels.map((l) => estimateTextWidth(l, 12 * scale)));
      const plotWidth = frame.width - frame.margin.left - frame.margin.right - frame.axisWidth;
      const slot = plotWidth / (MONTHS.length - 1);
      const indices = frame.monthTickIndices;
      expect(indices.length).toBeLessThan(usual.monthTickIndices.length);
      expect(indices.at(-1)).toBe(MONTHS.length - 1);
      indices.slice(1).forEach((i, n) => expect((i - (indices[n] ?? 0)) * slot).toBeGreaterThanOrEqual(monthWidth + LABEL_GAP));
      // The right margin holds the longest line name whole at its larger size, and half the last month's label.
      expect(frame.labelRoom).toBeGreaterThanOrEqual(frame.endLabelWidth('Экология и защита животных'));
      expect(frame.endLabelWidth('Казахстан')).toBeCloseTo(estimateTextWidth('Казахстан', 12 * scale, true));
      expect(frame.margin.right).toBeGreaterThanOrEqual(monthWidth / 2);
    }
  });

  it("moves the lines' names to a legend below 520 px times the reader's scale", () => {
    expect(layoutLineChart(input(700, 1)).narrow).toBe(false);
    expect(layoutLineChart(input(700, 1.5)).narrow).toBe(true);
    expect(layoutLineChart(input(500, 1)).narrow).toBe(true);
  });
});

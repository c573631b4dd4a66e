import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/lib/choropleth';
import { markerPath, SERIES_COLOURS, seriesStyle } from '../../src/lib/series-style';
import { mergeSeries, niceDomain, niceStep, partialKey, splitPartial, spreadLabels, truncateToWidth } from '../../src/lib/time-series';

describe('mergeSeries', () => {
  it('puts every series on the same months, null where a series has no point', () => {
    const rows = mergeSeries(
      ['2026-01', '2026-02', '2026-03'],
      [
        {
          key: 'KZ-71',
          points: [
            { month: '2026-01', value: 10 },
            { month: '2026-03', value: 30, partial: true },
          ],
        },
        {
          key: 'KZ-75',
          points: [
            { month: '2026-02', value: 5 },
            { month: '2026-03', value: null },
          ],
        },
      ],
    );
    expect(rows).toEqual([
      { month: '2026-01', partial: false, 'KZ-71': 10, 'KZ-75': null },
      { month: '2026-02', partial: false, 'KZ-71': null, 'KZ-75': 5 },
      { month: '2026-03', partial: true, 'KZ-71': 30, 'KZ-75': null },
    ]);
  });

  it('refuses keys that would clash with the month column or be read as a path', () => {
    expect(() => mergeSeries(['2026-01'], [{ key: 'month', points: [] }])).toThrow(/unusable/);
    expect(() => mergeSeries(['2026-01'], [{ key: 'a.b', points: [] }])).toThrow(/unusable/);
  });
});

describe('splitPartial', () => {
  it('moves the month under way into a dotted segment that starts at the last full month', () => {
    const rows = mergeSeries(
      ['2026-09', '2026-10', '2026-11'],
      [
        {
          key: 'n',
          points: [
            { month: '2026-09', value: 1 },
            { month: '2026-10', value: 2 },
            { month: '2026-11', value: 0.5, partial: true },
          ],
        },
      ],
    );
    const split = splitPartial(rows, ['n']);
    expect(split.map((r) => r.n)).toEqual([1, 2, null]);
    expect(split.map((r) => r[partialKey('n')])).toEqual([null, 2, 0.5]);
    // The input is left alone.
    expect(rows[2]?.n).toBe(0.5);
  });

  it('leaves series without a partial month as they are', () => {
    const rows = mergeSeries(
      ['2025-01', '2025-02'],
      [
        {
          key: 'n',
          points: [
            { month: '2025-01', value: 1 },
            { month: '2025-02', value: 2 },
          ],
        },
      ],
    );
    const split = splitPartial(rows, ['n']);
    expect(split.map((r) => r.n)).toEqual([1, 2]);
    expect(split.map((r) => r[partialKey('n')])).toEqual([null, null]);
  });
});

describe('niceDomain', () => {
  it('starts counts at zero and ends on a round tick above the maximum', () => {
    expect(niceDomain([48_648, 12_500, 30_208])).toEqual({ domain: [0, 50_000], ticks: [0, 10_000, 20_000, 30_000, 40_000, 50_000] });
    expect(niceDomain([293_803, 323_803]).domain).toEqual([0, 400_000]);
  });

  it('fits the data when zero is not wanted', () => {
    const { domain, ticks } = niceDomain([951, 998], { includeZero: false });
    expect(domain[0]).toBeLessThanOrEqual(951);
    expect(domain[1]).toBeGreaterThanOrEqual(998);
    expect(domain[0]).toBeGreaterThan(900);
    expect(ticks[0]).toBe(domain[0]);
    expect(ticks.at(-1)).toBe(domain[1]);
  });

  it('gives round decimal ticks without float noise', () => {
    const { ticks } = niceDomain([0.07, 0.31]);
    expect(ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
  });

  it('copes with no data, all zeros and a single value', () => {
    expect(niceDomain([]).domain).toEqual([0, 1]);
    expect(niceDomain([null, undefined, Number.NaN]).domain).toEqual([0, 1]);
    expect(niceDomain([0, 0]).domain).toEqual([0, 1]);
    const single = niceDomain([40]);
    expect(single.domain[0]).toBe(0);
    expect(single.domain[1]).toBeGreaterThanOrEqual(40);
  });

  it('covers negative values with zero as a tick', () => {
    const { domain, ticks } = niceDomain([-12, 30]);
    expect(domain[0]).toBeLessThanOrEqual(-12);
    expect(domain[1]).toBeGreaterThanOrEqual(30);
    expect(ticks).toContain(0);
  });

  it('picks steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(0.9)).toBe(1);
    expect(niceStep(1.1)).toBe(2);
    expect(niceStep(2.2)).toBe(2.5);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(7)).toBe(10);
    expect(niceStep(12_345)).toBe(20_000);
  });
});

describe('spreadLabels', () => {
  it('keeps labels that do not collide where they are', () => {
    expect(
      spreadLabels(
        [
          { key: 'a', y: 10 },
          { key: 'b', y: 60 },
        ],
        15,
        0,
        100,
      ),
    ).toEqual({ a: 10, b: 60 });
  });

  it('pushes colliding labels apart by at least the gap, keeping their order', () => {
    const ys = spreadLabels(
      [
        { key: 'a', y: 50 },
        { key: 'b', y: 52 },
        { key: 'c', y: 54 },
      ],
      15,
      0,
      200,
    );
    expect((ys.b ?? 0) - (ys.a ?? 0)).toBeGreaterThanOrEqual(15);
    expect((ys.c ?? 0) - (ys.b ?? 0)).toBeGreaterThanOrEqual(15);
  });

  it('moves labels up when the bottom is reached', () => {
    const ys = spreadLabels(
      [
        { key: 'a', y: 98 },
        { key: 'b', y: 99 },
      ],
      15,
      0,
      100,
    );
    expect(ys.b).toBe(100);
    expect(ys.a).toBe(85);
  });

  it('stays inside the plot even when there are too many labels', () => {
    const slots = Array.from({ length: 10 }, (_, i) => ({ key: String(i), y: 50 }));
    const ys = Object.values(spreadLabels(slots, 15, 0, 60));
    for (const y of ys) {
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(60);
    }
  });
});

describe('series styles', () => {
  it('tells ten series apart by marker, the last five also by dash', () => {
    const styles = Array.from({ length: 10 }, (_, i) => seriesStyle(i));
    expect(new Set(styles.map((s) => s.marker)).size).toBe(10);
    expect(new Set(styles.map((s) => markerPath(s.marker, 10))).size).toBe(10);
    expect(styles.slice(0, 5).every((s) => s.dash === undefined)).toBe(true);
    expect(styles.slice(5).every((s) => typeof s.dash === 'string')).toBe(true);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(10);
  });

  it('uses colours with at least 4.5:1 contrast on white', () => {
    for (const colour of SERIES_COLOURS) expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('truncates long labels to a width with an ellipsis', () => {
    // By width: each character 10 px here; the ellipsis counts too, and no space is left before it.
    const tenEach = (text: string) => text.length * 10;
    expect(truncateToWidth('Алматинская область', 190, tenEach)).toBe('Алматинская область');
    expect(truncateToWidth('Алматинская область', 189, tenEach)).toBe('Алматинская облас…');
    expect(truncateToWidth('Алматинская область', 125, tenEach)).toBe('Алматинская…');
  });
});

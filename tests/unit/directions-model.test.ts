import { describe, expect, it } from 'vitest';
import { DIRECTION_IDS, type Direction, type DirectionStats, type MetricValues, type RegionStats } from '../../src/api/contract';
import { buildBreakdown, extremesOfChange, leadingRegions, rankRegions } from '../../src/features/directions/model/directions-model';
import { largestRemainder } from '../../src/lib/shares';
import { parseMeasure } from '../../src/features/directions/model/measure-params';
import { classify } from '../../src/lib/choropleth';
import { layoutShareBars, shareBarsCssHeight, shareBarsHeight, wrapName, type ShareBar } from '../../src/lib/share-bar-layout';
import { estimateTextWidth } from '../../src/lib/axis-ticks';

const sum = (xs: readonly (number | null)[]) => Math.round(xs.reduce<number>((s, x) => s + (x ?? 0), 0) * 1000) / 1000;

describe('largestRemainder', () => {
  it('rounds thirds so they add up to exactly 100', () => {
    expect(largestRemainder([1, 1, 1], 100, 0)).toEqual([34, 33, 33]);
    expect(largestRemainder([1, 1, 1], 100, 1)).toEqual([33.4, 33.3, 33.3]);
  });

  it('gives the missing units to the parts that lost most by rounding down', () => {
    // Exact: 12.345…, 45.678…, 41.975… → floors 12.3 + 45.6 + 41.9 = 99.8; the two largest remainders get 0.1 each.
    const out = largestRemainder([12_345, 45_678, 41_976]);
    expect(sum(out)).toBe(100);
    expect(out).toEqual([12.3, 45.7, 42]);
  });

  it('adds up to 100 for the real shape of the data', () => {
    const volunteers = [48_648, 44_711, 44_833, 35_476, 57_710, 25_492, 30_208, 17_204, 12_500, 12_521];
    const out = largestRemainder(volunteers);
    expect(sum(out)).toBe(100);
    out.forEach((share, i) => expect(Math.abs((share ?? 0) - ((volunteers[i] ?? 0) / 328_303) * 100)).toBeLessThan(0.1));
  });

  it('leaves unknown parts out and returns nulls when nothing is known', () => {
    expect(largestRemainder([1, null, 3], 100, 0)).toEqual([25, null, 75]);
    expect(largestRemainder([null, null])).toEqual([null, null]);
    expect(largestRemainder([0, 0])).toEqual([null, null]);
  });
});

const directions: Direction[] = DIRECTION_IDS.map((id, i) => ({ id, name: { kk: id, ru: id, en: id }, ministryPriority: i < 4 }));
const values = (v: number | null): MetricValues => ({
  volunteers: v,
  organisations: null,
  projects: null,
  actions: v === null ? null : v * 2,
  peopleHelped: null,
  openRequests: null,
});

describe('buildBreakdown', () => {
  const current = [480, 440, 450, 350, 570, 250, 300, 170, 120, 125];
  const previous = [400, 440, 500, 300, 500, 250, 280, 150, 0, 120];
  const stats: DirectionStats[] = DIRECTION_IDS.map((id, i) => ({
    id,
    values: values(current[i] ?? 0),
    previous: values(previous[i] ?? 0),
  }));

  it('orders directions by value, with shares adding up to 100 and priorities marked', () => {
    const b = buildBreakdown(stats, directions, 'volunteers');
    expect(b.rows.map((r) => r.id)).toEqual([
      'events',
      'elderly',
      'ecology',
      'hardship',
      'emergencies',
      'education',
      'health',
      'culture',
      'sport',
      'animals',
    ]);
    expect(sum(b.rows.map((r) => r.displayShare))).toBe(100);
    expect(b.total).toBe(3255);
    expect(b.rows[0]?.share).toBeCloseTo((570 / 3255) * 100, 10);
    expect(
      b.rows
        .filter((r) => r.priority)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['ecology', 'elderly', 'emergencies', 'hardship']);
    expect(b.priorityShare).toBe(Math.round(((480 + 440 + 450 + 350) / 3255) * 1000) / 10);
  });

  it("gives the priority directions' share from their counts, not as the sum of their rounded shares", () => {
    // The overview in the review of 2026-12-05: 14.8 + 13.6 + 13.6 + 10.8 = 52.8 was shown for an exact 52.73 %.
    const counts = [48_805, 44_980, 44_855, 35_579, 60_000, 30_000, 25_000, 20_000, 12_000, 9_158];
    const own: DirectionStats[] = DIRECTION_IDS.map((id, i) => ({ id, values: values(counts[i] ?? 0), previous: values(null) }));
    const b = buildBreakdown(own, directions, 'volunteers');
    expect(sum(b.rows.filter((r) => r.priority).map((r) => r.displayShare))).toBe(52.8);
    expect(b.priorityShare).toBe(52.7);
  });

  it('computes the change against the comparison period, with no percentage from zero', () => {
    const b = buildBreakdown(stats, directions, 'volunteers');
    const elderly = b.rows.find((r) => r.id === 'elderly');
    expect(elderly?.change).toEqual({ absolute: 80, percent: 20, direction: 'up' });
    expect(b.rows.find((r) => r.id === 'hardship')?.change?.direction).toBe('flat');
    expect(b.rows.find((r) => r.id === 'animals')?.change).toEqual({ absolute: 120, percent: null, direction: 'up' });
    const { fastest, slowest } = extremesOfChange(b.rows);
    expect(fastest?.id).toBe('elderly');
    expect(slowest?.id).toBe('ecology');
  });

  it('shares another metric the same way', () => {
    const b = buildBreakdown(stats, directions, 'actions');
    expect(b.total).toBe(6510);
    expect(sum(b.rows.map((r) => r.displayShare))).toBe(100);
  });

  it('puts a direction without data last, leaves it out of the shares and counts it', () => {
    const withGap = stats.map((s) => (s.id === 'events' ? { ...s, values: values(null) } : s));
    const b = buildBreakdown(withGap, directions, 'volunteers');
    expect(b.rows.at(-1)).toMatchObject({ id: 'events', value: null, share: null, displayShare: null });
    expect(b.missing).toBe(1);
    expect(sum(b.rows.map((r) => r.displayShare))).toBe(100);
  });

  it('shows a direction the API left out as no data', () => {
    const b = buildBreakdown(stats.slice(1), directions, 'volunteers');
    expect(b.rows.find((r) => r.id === 'elderly')).toMatchObject({ value: null, displayShare: null });
  });
});

describe('regions within a direction', () => {
  const populations = new Map([
    ['KZ-71', 1_500_000],
    ['KZ-75', 2_300_000],
    ['KZ-79', 1_200_000],
    ['KZ-11', 800_000],
  ]);
  const stats: RegionStats[] = [
    { code: 'KZ-71', values: values(3_000), previous: values(2_000) },
    { code: 'KZ-75', values: values(4_600), previous: values(4_600) },
    { code: 'KZ-79', values: values(3_000), previous: values(3_000) },
    { code: 'KZ-11', values: values(null), previous: values(100) },
  ];

  it('ranks by absolute value, equal values sharing a rank and listed by code, no data last and unranked', () => {
    const ranked = rankRegions(stats, 'volunteers', populations, 'absolute');
    expect(ranked.map((r) => [r.code, r.rank])).toEqual([
      ['KZ-75', 1],
      ['KZ-71', 2],
      ['KZ-79', 2],
      ['KZ-11', null],
    ]);
    expect(sum(ranked.map((r) => r.displayShare))).toBe(100);
    expect(ranked[1]?.change?.percent).toBe(50);
  });

  it('ranks per 10,000 residents, equal rates by code', () => {
    const ranked = rankRegions(stats, 'volunteers', populations, 'per10k');
    expect(ranked.map((r) => r.code)).toEqual(['KZ-79', 'KZ-71', 'KZ-75', 'KZ-11']);
    expect(ranked[0]?.per10k).toBe(25);
    expect(ranked[1]?.per10k).toBe(20);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, null]);
  });

  it('ranks rates as they are shown, with one decimal: 12.04 and 11.96 per 10 000 both read 12.0 and share a rank, as on the map', () => {
    const rates: RegionStats[] = [
      { code: 'KZ-71', values: values(1_204), previous: values(null) },
      { code: 'KZ-75', values: values(1_196), previous: values(null) },
      { code: 'KZ-79', values: values(1_300), previous: values(null) },
    ];
    const perMillion = new Map([
      ['KZ-71', 1_000_000],
      ['KZ-75', 1_000_000],
      ['KZ-79', 1_000_000],
    ]);
    const ranked = rankRegions(rates, 'volunteers', perMillion, 'per10k');
    expect(ranked.map((r) => [r.code, r.rank])).toEqual([
      ['KZ-79', 1],
      ['KZ-71', 2],
      ['KZ-75', 2],
    ]);
    const map = classify(
      ranked.map((r) => ({ code: r.code, value: r.per10k })),
      { decimals: 1 },
    );
    for (const r of ranked) expect(map.rankOf(r.code), r.code).toBe(r.rank);
  });

  it('lists the leading regions with data only', () => {
    expect(leadingRegions(stats, 'volunteers', populations, 'absolute', 2).map((r) => r.code)).toEqual(['KZ-75', 'KZ-71']);
    expect(leadingRegions(stats, 'volunteers', populations, 'absolute', 10)).toHaveLength(3);
  });
});

describe('measure parameters', () => {
  it('reads the metric and per 10,000 from the URL', () => {
    expect(parseMeasure(null, null)).toEqual({ metric: 'volunteers', per10k: false, invalidMetric: null, invalidPer: null });
    expect(parseMeasure('actions', '10k')).toEqual({ metric: 'actions', per10k: true, invalidMetric: null, invalidPer: null });
  });

  it('understands the map metrics carried over from the regions page', () => {
    expect(parseMeasure('volunteersPer10k', null)).toMatchObject({ metric: 'volunteers', per10k: true, invalidMetric: null });
    expect(parseMeasure('growth', null)).toMatchObject({ metric: 'volunteers', per10k: false, invalidMetric: null });
  });

  it('reports text it does not understand', () => {
    expect(parseMeasure('<b>', 'million')).toEqual({ metric: 'volunteers', per10k: false, invalidMetric: '<b>', invalidPer: 'million' });
  });
});

describe('layoutShareBars', () => {
  const bar = (id: string, share: number, endLabel = '10,0 % · 1 000'): ShareBar => ({
    id,
    label: `★ ${id} direction`,
    priority: id === 'a',
    share,
    endLabel,
  });

  it('draws the largest share as long as the track, the others in proportion, one row per bar', () => {
    const layout = layoutShareBars([bar('a', 40), bar('b', 20), bar('c', 0)], 640, 46);
    expect(layout.height).toBe(3 * 46 + 8);
    const [a, b, c] = layout.shapes;
    expect(a?.width).toBe(layout.trackWidth);
    expect(b?.width).toBeCloseTo(layout.trackWidth / 2);
    expect(c?.width).toBe(0);
    expect([a?.y, b?.y, c?.y]).toEqual([8 + 16, 8 + 46 + 16, 8 + 92 + 16]);
    // Room for the end label on the right of the longest bar.
    expect(layout.x + layout.trackWidth + 6 + '10,0 % · 1 000'.length * 7).toBeLessThanOrEqual(640);
  });

  it('keeps a minimum width and shortens names that would not fit, in two lines on a narrow chart', () => {
    const label = 'A very long name of a direction that goes on and on and on and on and on and on and on';
    const layout = layoutShareBars([bar('a', 10, '1'), { ...bar('b', 5), label }], 100, 40);
    expect(layout.width).toBe(260);
    const [first = '', second = ''] = layout.shapes[1]?.nameLines ?? [];
    expect(label.startsWith(`${first} ${second.slice(0, -1)}`)).toBe(true);
    expect(second.endsWith('…')).toBe(true);
    // Every row has room for the second line, and each bar is under its whole name.
    expect(layout.height).toBe(2 * (40 + 16) + 8);
    expect(layout.shapes.map((s) => s.y)).toEqual([8 + 16 + 13, 8 + 56 + 16 + 13]);
  });

  it('breaks a bold Kazakh name between words on a phone-wide chart, by its estimated width, and keeps it whole where there is room', () => {
    const label = '★ Қиын өмірлік жағдайдағы адамдарды қолдау';
    const layout = layoutShareBars([{ ...bar('a', 10), label }], 281, 46);
    expect(layout.nameLines).toBe(2);
    const lines = layout.shapes[0]?.nameLines ?? [];
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(label);
    lines.forEach((line) => expect(estimateTextWidth(line, 13, true)).toBeLessThanOrEqual(281 - 8));
    // The same name on one line where there is room, and rows of their given height.
    const wide = layoutShareBars([{ ...bar('a', 10), label }], 640, 46);
    expect(wide.shapes[0]?.nameLines).toEqual([label]);
    expect(wide.height).toBe(46 + 8);
  });

  it("measures names and end labels with a reader's letter and word spacing (WCAG 1.4.12), so a name it no longer fits is shortened, not cut at the edge", () => {
    const label = 'Реагирование на чрезвычайные ситуации и ликвидация их последствий';
    const bars = [{ ...bar('b', 10, '17,5 % · 57 913'), label }];
    const spacing = { letter: 13 * 0.12, word: 13 * 0.16 };
    // At the page's own spacing the name is whole on a 560 px chart…
    expect(layoutShareBars(bars, 560, 46).shapes[0]?.nameLines).toEqual([label]);
    // …with the reader's it is about 116 px longer, so it is shortened to fit, by the widened estimate.
    const spaced = layoutShareBars(bars, 560, 46, spacing);
    const [line = ''] = spaced.shapes[0]?.nameLines ?? [];
    expect(line.endsWith('…')).toBe(true);
    expect(estimateTextWidth(line, 13, false, spacing)).toBeLessThanOrEqual(560 - 8);
    // The end label's room grows by its 15 characters' letter spacing and its 4 spaces' word spacing.
    const plain = layoutShareBars(bars, 560, 46);
    expect(plain.trackWidth - spaced.trackWidth).toBe(Math.round(15 * spacing.letter + 4 * spacing.word));
  });

  it('cuts a name to one line on a wide chart, and a first word too long for any line', () => {
    const label = `★ ${'Қиын өмірлік жағдайдағы адамдарды қолдау '.repeat(3).trim()}`;
    const [only, ...more] = layoutShareBars([{ ...bar('a', 10), label }], 440, 46).shapes[0]?.nameLines ?? [];
    expect(more).toEqual([]);
    expect(only?.endsWith('…')).toBe(true);
    expect(estimateTextWidth(only ?? '', 13, true)).toBeLessThanOrEqual(440 - 8);
    const word = 'Ұ'.repeat(60);
    expect(wrapName(word, 200, (text) => estimateTextWidth(text, 13), 2)).toHaveLength(1);
  });

  it('draws no bar at all when every share is zero', () => {
    expect(layoutShareBars([bar('a', 0), bar('b', 0)], 640, 46).shapes.map((s) => s.width)).toEqual([0, 0]);
  });

  it("draws names and end labels at the reader's larger default font size, in rows grown by as much, the bar as thick", () => {
    const bars = [bar('a', 40), bar('b', 20)];
    const usual = layoutShareBars(bars, 1000, 46);
    expect([usual.nameFontSize, usual.endFontSize, usual.nameGap, usual.nameLineHeight]).toEqual([13, 12.5, 6, 16]);
    // A 24 px root: text 1.5 times as large; the room around each 14 px bar too (32 → 48 px), so a row is 62 px, and the top's 8 px.
    const larger = layoutShareBars(bars, 1000, 46, undefined, 1.5);
    expect([larger.nameFontSize, larger.endFontSize, larger.nameGap, larger.nameLineHeight]).toEqual([19.5, 18.75, 9, 24]);
    expect(larger.height).toBe(2 * 62 + 12);
    expect(larger.shapes.map((s) => s.y)).toEqual([12 + 24, 12 + 62 + 24]);
    // The first name's baseline sits as far below the chart's top, in its own font size, as at the usual size:
    // room for its letters above it.
    const baselineInEms = (layout: typeof usual) => ((layout.shapes[0]?.y ?? 0) - layout.nameGap) / layout.nameFontSize;
    expect(baselineInEms(larger)).toBeCloseTo(baselineInEms(usual));
    // The end labels' room grows with their text.
    expect(usual.trackWidth - larger.trackWidth).toBe(Math.round(14 * 7 * 1.5) - 14 * 7);
  });

  it("gives names two lines in a chart narrower than 440 px times the reader's text scale", () => {
    const label = 'Реагирование на чрезвычайные ситуации и ликвидация их последствий';
    const bars = [{ ...bar('b', 10), label }];
    expect(layoutShareBars(bars, 800, 46).nameLines).toBe(1);
    const doubled = layoutShareBars(bars, 800, 46, undefined, 2);
    expect(doubled.nameLines).toBe(2);
    expect(doubled.shapes[0]?.nameLines).toHaveLength(2);
    doubled.shapes[0]?.nameLines.forEach((line) => expect(estimateTextWidth(line, 26)).toBeLessThanOrEqual(800 - 8));
    expect(doubled.height).toBe(14 + 32 * 2 + 16 * 2 + 16);
    expect(layoutShareBars(bars, 880, 46, undefined, 2).nameLines).toBe(1);
  });

  it('keeps a placeholder as tall as its bars at any root font size, in CSS, the same px at the usual 16 px', () => {
    /** The placeholder's calc() at a root of `rootPx`. */
    const evaluate = (css: string, rootPx: number): number => {
      const [, px = '', rem = ''] = /^calc\(([\d.]+)px \+ ([\d.]+)rem\)$/.exec(css) ?? [];
      return Number(px) + Number(rem) * rootPx;
    };
    expect(shareBarsCssHeight(10, 46, 1)).toBe('calc(140px + 20.5rem)');
    for (const [count, rowHeight] of [
      [10, 46],
      [10, 40],
      [7, 46],
      [1, 40],
    ] as const)
      for (const lines of [1, 2] as const) {
        expect(evaluate(shareBarsCssHeight(count, rowHeight, lines), 16)).toBe(count * (rowHeight + (lines - 1) * 16) + 8);
        for (const rootPx of [16, 20, 24, 32]) {
          const width = lines === 1 ? 2000 : 300;
          const drawn = layoutShareBars(
            Array.from({ length: count }, (_, i) => bar(`x${i}`, 5)),
            width,
            rowHeight,
            undefined,
            rootPx / 16,
          );
          expect(drawn.nameLines).toBe(lines);
          expect(evaluate(shareBarsCssHeight(count, rowHeight, lines), rootPx)).toBeCloseTo(drawn.height, 9);
          expect(drawn.height).toBeCloseTo(shareBarsHeight(count, rowHeight, lines, rootPx / 16), 9);
        }
      }
  });
});

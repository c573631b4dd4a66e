/**
 * Class breaks, categories, colours and summary statistics of the choropleth (src/lib/choropleth.ts).
 */
import { describe, expect, it } from 'vitest';
import { legendRows } from '../../src/components/choropleth-legend';
import {
  NEGATIVE_PALETTE,
  NO_DATA_STYLE,
  SEQUENTIAL_PALETTE,
  ZERO_COLOUR,
  ceilToSignificant,
  classify,
  classPaint,
  colourOfClass,
  contrastRatio,
  floorToSignificant,
  readableTextColour,
  regionEdgeOn,
  relativeLuminance,
  roundestBetween,
  shownBounds,
  swatchCss,
} from '../../src/lib/choropleth';
import type { Classification, ClassifyOptions, ValueEntry } from '../../src/lib/choropleth';

const CODES = [
  'KZ-10',
  'KZ-11',
  'KZ-15',
  'KZ-19',
  'KZ-23',
  'KZ-27',
  'KZ-31',
  'KZ-33',
  'KZ-35',
  'KZ-39',
  'KZ-43',
  'KZ-47',
  'KZ-55',
  'KZ-59',
  'KZ-61',
  'KZ-62',
  'KZ-63',
  'KZ-71',
  'KZ-75',
  'KZ-79',
];

const entries = (values: ReadonlyArray<number | null>): ValueEntry[] => values.map((value, i) => ({ code: CODES[i] ?? `KZ-${i}`, value }));

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function* random(seed: number): Generator<number> {
  let s = seed >>> 0;
  for (;;) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    yield s / 2 ** 32;
  }
}

/** A break is "round" when it has at most 2 significant digits or is a whole multiple of a nice step. */
const significantDigits = (x: number): number => {
  if (x === 0) return 0;
  const digits = Number(Math.abs(x).toPrecision(12)).toExponential().split('e')[0]?.replace('.', '').replace(/0+$/, '');
  return digits?.length ?? 0;
};

/** Invariants that must hold for any input. */
function checkInvariants(c: Classification, input: ReadonlyArray<ValueEntry>): void {
  // Breaks strictly increasing, one more than classes, classes share their bounds (no gap, no overlap).
  for (let i = 1; i < c.breaks.length; i++) expect(c.breaks[i]).toBeGreaterThan(c.breaks[i - 1] ?? -Infinity);
  expect(c.breaks.length).toBe(c.classes.length === 0 ? 0 : c.classes.length + 1);
  c.classes.forEach((bin, i) => {
    expect(bin.index).toBe(i);
    expect(bin.lower).toBe(c.breaks[i]);
    expect(bin.upper).toBe(c.breaks[i + 1]);
    expect(bin.includesUpper).toBe(i === c.classes.length - 1);
    expect(bin.count).toBe(bin.codes.length);
    if (i > 0) expect(bin.lower).toBe(c.classes[i - 1]?.upper);
  });
  expect(c.classes.length).toBeLessThanOrEqual(8); // 7 + a zero break inserted for quantiles crossing 0

  // Every value in exactly one place: a class whose interval contains it, the zero category, or no data.
  const seen = new Map<string, number>();
  const mark = (code: string) => seen.set(code, (seen.get(code) ?? 0) + 1);
  c.classes.forEach((bin) => bin.codes.forEach(mark));
  c.zero?.codes.forEach(mark);
  c.noData.codes.forEach(mark);
  for (const { code, value } of input) {
    expect(seen.get(code), code).toBe(1);
    const key = c.classOf(code);
    if (value === null || !Number.isFinite(value)) {
      expect(key).toBe('noData');
      continue;
    }
    if (key === 'zero') {
      expect(value).toBe(0);
      continue;
    }
    expect(typeof key).toBe('number');
    const bin = c.classes[key as number];
    if (!bin) throw new Error(`${code} has no class`);
    expect(bin.codes).toContain(code);
    expect(value).toBeGreaterThanOrEqual(bin.lower);
    if (bin.includesUpper) expect(value).toBeLessThanOrEqual(bin.upper);
    else expect(value).toBeLessThan(bin.upper);
    if (!bin.includesLower) expect(value).toBeGreaterThan(bin.lower);
    // Exactly one: no other class's interval contains the value.
    const containing = c.classes.filter(
      (b) => value >= b.lower && (b.includesUpper ? value <= b.upper : value < b.upper) && (b.includesLower || value > b.lower),
    );
    expect(containing).toHaveLength(c.zero && value === 0 ? 0 : 1);
    expect(c.colourOf(code)).toBe(bin.colour);
  }
}

function checkRounded(c: Classification): void {
  if (c.method === 'quantile') {
    // Each break between two regions is at least as round as the value just above it (the roundest number
    // between the two): never a "115.83" where "116" or "120" would do.
    const shown = c.classes.flatMap((bin) => bin.codes.map((code) => c.valueOf(code) ?? NaN)).sort((a, b) => a - b);
    for (const b of c.breaks.slice(1, -1)) {
      const above = shown.find((v) => v >= b);
      if (b === 0 || above === undefined) continue;
      expect(significantDigits(b), `${b} below ${above}`).toBeLessThanOrEqual(Math.max(1, significantDigits(above)));
      const below = shown.filter((v) => v < b).at(-1);
      if (below !== undefined) expect(roundestBetween(below, above, c.grid), `${below} < ${b} ≤ ${above}`).toBe(b);
    }
    return;
  }
  const steps = c.breaks.slice(1).map((b, i) => b - (c.breaks[i] ?? 0));
  const step = steps[0];
  if (step === undefined) return;
  const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6));
  expect([1, 2, 2.5, 5]).toContain(mantissa);
  for (const s of steps) expect(s).toBeCloseTo(step, 9);
  for (const b of c.breaks) {
    // Exact decimal representation: 0.3, never 0.30000000000000004.
    expect(b).toBe(Number(b.toPrecision(12)));
    expect(Math.abs(b / step - Math.round(b / step))).toBeLessThan(1e-9);
  }
}

const run = (values: ReadonlyArray<number | null>, opts?: ClassifyOptions): Classification => {
  const input = entries(values);
  const c = classify(input, opts);
  checkInvariants(c, input);
  checkRounded(c);
  return c;
};

describe('classify: breaks', () => {
  it('gives round, gap-free breaks starting at 0 for counts', () => {
    const c = run([5000, 12000, 120000, 33000, 8000, 21000, 17000, 64000, 15000, 9000]);
    expect(c.breaks).toEqual([0, 25000, 50000, 75000, 100000, 125000]);
    expect(c.classes.map((b) => b.count)).toEqual([7, 1, 1, 0, 1]);
    expect(c.scheme).toBe('sequential');
    expect(c.method).toBe('nice');
  });

  it('includes the top value in the last class', () => {
    const c = run([0.5, 20, 40, 100]);
    expect(c.breaks[c.breaks.length - 1]).toBe(100);
    expect(c.classOf('KZ-19')).toBe(c.classes.length - 1);
  });

  it('handles per-10 000 rates (fractions) with exact decimal breaks', () => {
    const c = run([12.3, 4.56, 7.89, 15.2, 9.99, 0.7]);
    expect(c.breaks).toEqual([0, 5, 10, 15, 20]);
    const small = run([0.013, 0.027, 0.0051, 0.0199]);
    expect(small.breaks).toEqual([0, 0.01, 0.02, 0.03]);
    const tenths = run([0.1, 0.2, 0.3, 0.7]);
    expect(tenths.breaks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('does not start at 0 when the values are far from it', () => {
    const c = run([950, 960, 1000, 980]);
    expect(c.breaks[0]).toBe(950);
    expect(c.breaks[c.breaks.length - 1]).toBe(1000);
  });

  it('respects the requested number of classes (2–7)', () => {
    const values = CODES.map((_, i) => (i + 1) * 137);
    for (const classes of [2, 3, 4, 5, 6, 7]) {
      const c = run(values, { classes });
      expect(c.classes.length).toBeLessThanOrEqual(classes);
      expect(c.classes.length).toBeGreaterThanOrEqual(Math.min(2, classes));
    }
    expect(run(values, { classes: 1 }).classes.length).toBeGreaterThanOrEqual(2); // clamped to 2
    expect(run(values, { classes: 99 }).classes.length).toBeLessThanOrEqual(7);
    expect(run(values, { classes: Number.NaN }).classes.length).toBeLessThanOrEqual(5); // the default
  });

  it('puts about as many regions in each quantile class, breaking at the roundest number between two regions', () => {
    // The wall's volunteers per 10 000 residents (demo, 2026): rounded to 2 significant digits, the quantiles
    // were 120, 130, 140 and 150, and the classes held 7, 2, 3, 4 and 4 regions.
    const rates = [
      97.9, 111.8, 113.3, 115.8, 115.8, 118.2, 119.7, 124.9, 128.3, 135.7, 136.4, 138.4, 140.8, 142, 147.3, 148.2, 163.8, 163.9, 251.7,
      358.5,
    ];
    const c = run(rates, { method: 'quantile', decimals: 1 });
    expect(c.breaks).toEqual([0, 115, 125, 140, 150, 360]);
    expect(c.classes.map((bin) => bin.count)).toEqual([3, 5, 4, 4, 4]);
    expect(roundestBetween(115.8, 118.2)).toBe(116);
    expect(roundestBetween(148.2, 163.8)).toBe(150);
    expect(roundestBetween(-1.1, 3.2)).toBe(0);
    expect(roundestBetween(0.0041, 0.0043)).toBe(0.0042);
    expect(roundestBetween(12.3, 12.4, { step: 0.1, decimals: 1 })).toBe(12.4);
  });

  it('breaks at a value no class may straddle: 100 % of a target, reached or not', () => {
    // The roadmap's progress by region: one class held 96.0–101.9, two regions short of their target and two past it.
    const progress = [
      62.4, 71.5, 78.2, 80.1, 84.3, 86.9, 88.8, 90.2, 92.5, 94.1, 95.3, 96.4, 97.1, 99.9, 100.7, 101.7, 103.2, 104.8, 106.1, 108.9,
    ];
    const plain = run(progress, { method: 'quantile', decimals: 1 });
    expect(plain.breaks).not.toContain(100);
    const c = run(progress, { method: 'quantile', decimals: 1, breakAt: 100 });
    expect(c.breaks).toContain(100);
    expect(c.breaks).toHaveLength(plain.breaks.length);
    for (const bin of c.classes) {
      const inBin = progress.filter((_, i) => bin.codes.includes(CODES[i] ?? ''));
      expect(inBin.every((v) => v < 100) || inBin.every((v) => v >= 100), `${bin.lower}–${bin.upper}`).toBe(true);
    }
    // Outside the values' range it changes nothing.
    expect(run(progress, { method: 'quantile', decimals: 1, breakAt: 200 }).breaks).toEqual(plain.breaks);
  });

  it('offers quantile breaks for skewed data', () => {
    const c = run([5000, 12000, 120000, 33000, 8000, 21000, 17000, 64000, 15000, 9000], { method: 'quantile' });
    expect(c.method).toBe('quantile');
    expect(c.breaks[0]).toBe(0);
    expect(c.breaks[c.breaks.length - 1]).toBe(120000);
    // Roughly even counts: no class holds more than half of the regions.
    for (const bin of c.classes) expect(bin.count).toBeLessThanOrEqual(5);
  });

  it('keeps its invariants on random data of every shape', () => {
    const rnd = random(42);
    const next = (): number => rnd.next().value as number;
    for (let trial = 0; trial < 100; trial++) {
      const scale = 10 ** Math.floor(next() * 12 - 4);
      const offset = next() < 0.3 ? scale * 10 * next() : 0;
      const signed = next() < 0.25;
      const values = CODES.map(() => {
        const r = next();
        if (r < 0.08) return null;
        if (r < 0.15 && !signed) return 0;
        const v = offset + next() ** 3 * scale;
        return signed ? v - scale / 2 : v;
      });
      for (const method of ['nice', 'quantile'] as const) {
        run(values, { method, classes: 2 + Math.floor(next() * 6) });
        // A forced break need not be round: every other invariant holds.
        const input = entries(values);
        checkInvariants(classify(input, { method, classes: 2 + Math.floor(next() * 6), breakAt: offset + next() * scale }), input);
      }
    }
  });
});

describe('classify: zero and no data', () => {
  it('makes zero its own category when some values are 0 and others above', () => {
    const c = run([0, 0, 1, 7, 12, null]);
    expect(c.zero?.codes).toEqual(['KZ-10', 'KZ-11']);
    expect(c.zero?.colour).toBe(ZERO_COLOUR);
    expect(c.classOf('KZ-10')).toBe('zero');
    expect(c.colourOf('KZ-10')).toBe(ZERO_COLOUR);
    // Zero is distinct from near-zero: the smallest positive value is in a real class that excludes 0.
    const first = c.classes[0];
    expect(first?.lower).toBe(0);
    expect(first?.includesLower).toBe(false);
    expect(c.classOf('KZ-15')).toBe(0);
    expect(c.colourOf('KZ-15')).not.toBe(ZERO_COLOUR);
  });

  it('has no zero category without zeros', () => {
    expect(run([1, 2, 3]).zero).toBeNull();
  });

  it('puts every value in the zero category when all are 0', () => {
    const c = run([0, 0, 0]);
    expect(c.classes).toEqual([]);
    expect(c.zero?.count).toBe(3);
  });

  it('maps null, NaN and Infinity to "no data", which is not a class', () => {
    const c = run([null, Number.NaN, Number.POSITIVE_INFINITY, 5, 10]);
    expect(c.noData.codes).toEqual(['KZ-10', 'KZ-11', 'KZ-15']);
    expect(c.noData.count).toBe(3);
    expect(c.classOf('KZ-10')).toBe('noData');
    expect(c.colourOf('KZ-10')).toBe(NO_DATA_STYLE.fill);
    expect(c.valueOf('KZ-11')).toBeNull();
    expect(c.rankOf('KZ-10')).toBeNull();
    expect(c.classes.flatMap((b) => b.codes)).not.toContain('KZ-10');
    // A code the caller never passed is no data too.
    expect(c.classOf('KZ-99')).toBe('noData');
  });

  it('handles all null', () => {
    const c = run([null, null, null]);
    expect(c.classes).toEqual([]);
    expect(c.breaks).toEqual([]);
    expect(c.noData.count).toBe(3);
    expect(c.highest).toBeNull();
    expect(c.lowest).toBeNull();
    expect(c.median).toBeNull();
    expect(c.ranked).toBe(0);
  });

  it('handles an empty input', () => {
    const c = classify([]);
    expect(c.classes).toEqual([]);
    expect(c.noData.count).toBe(0);
  });
});

describe('classify: degenerate inputs', () => {
  it('gives all-equal values a single class from 0', () => {
    const c = run([37, 37, 37, 37]);
    expect(c.classes).toHaveLength(1);
    expect(c.breaks).toEqual([0, 50]);
    expect(c.classes[0]?.count).toBe(4);
  });

  it('handles a single value', () => {
    const c = run([42]);
    expect(c.classes).toHaveLength(1);
    expect(c.classOf('KZ-10')).toBe(0);
    expect(c.highest).toEqual({ code: 'KZ-10', value: 42 });
    expect(c.lowest).toEqual({ code: 'KZ-10', value: 42 });
    expect(c.median).toEqual({ value: 42, regions: [{ code: 'KZ-10', value: 42 }] });
  });

  it('handles all-equal values with a quantile method', () => {
    const c = run([8.5, 8.5], { method: 'quantile' });
    expect(c.classes).toHaveLength(1);
  });
});

describe('classify: negative values (growth)', () => {
  it('covers the range with 0 as a break and a diverging scheme', () => {
    const c = run([-12.5, 3.2, 8.9, -1.1, 25]);
    expect(c.breaks).toContain(0);
    expect(c.scheme).toBe('diverging');
    expect(c.zero).toBeNull();
    const below = c.classes.filter((b) => b.upper <= 0);
    const above = c.classes.filter((b) => b.lower >= 0);
    expect(below.length + above.length).toBe(c.classes.length); // no class straddles 0
    for (const b of below) expect(NEGATIVE_PALETTE).toContain(b.colour);
    for (const b of above) expect(SEQUENTIAL_PALETTE).toContain(b.colour);
    // Darker further from 0 on both sides.
    const lum = c.classes.map((b) => relativeLuminance(b.colour));
    const zeroAt = below.length;
    for (let i = 1; i < zeroAt; i++) expect(lum[i]).toBeGreaterThan(lum[i - 1] ?? 1);
    for (let i = zeroAt + 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1] ?? 0);
  });

  it('keeps 0 as a break for quantiles crossing zero', () => {
    const c = run([-12.5, 3.2, 8.9, -1.1, 25, 4, 6], { method: 'quantile' });
    expect(c.breaks).toContain(0);
  });

  it('puts 0 % growth in the first class at or above 0', () => {
    const c = run([-10, 0, 10]);
    const key = c.classOf('KZ-11');
    expect(typeof key).toBe('number');
    expect(c.classes[key as number]?.lower).toBe(0);
  });

  it('handles only negative values', () => {
    const c = run([-40, -30, -35]);
    expect(c.scheme).toBe('diverging');
    for (const b of c.classes) expect(NEGATIVE_PALETTE).toContain(b.colour);
    const equal = run([-5, -5]);
    expect(equal.breaks).toEqual([-5, 0]);
  });
});

describe('classify: summary statistics and ranks', () => {
  const c = run([30, 10, null, 50, 20, 50, 0]);

  it('reports highest, lowest and median regions', () => {
    expect(c.highest).toEqual({ code: 'KZ-19', value: 50 }); // tie with KZ-27: the first code wins
    expect(c.lowest).toEqual({ code: 'KZ-31', value: 0 });
    // Sorted: 0, 10, 20, 30, 50, 50 → an even count: the median is halfway between the two middle ones,
    // 20 and 30 (it was given as 20, the lower of them).
    expect(c.median).toEqual({
      value: 25,
      regions: [
        { code: 'KZ-23', value: 20 },
        { code: 'KZ-10', value: 30 },
      ],
    });
    expect(c.ranked).toBe(6);
  });

  it('ranks from the highest, ties sharing a rank', () => {
    expect(c.rankOf('KZ-19')).toBe(1);
    expect(c.rankOf('KZ-27')).toBe(1);
    expect(c.rankOf('KZ-10')).toBe(3);
    expect(c.rankOf('KZ-31')).toBe(6);
  });

  it('gives the median of an even count on the grid its values are shown on, as a value of their own: 1405 between 1304 and 1505 counts', () => {
    const counts = classify(
      [
        { code: 'KZ-10', value: 1304 },
        { code: 'KZ-11', value: 1505 },
      ],
      { method: 'quantile', classes: 5, decimals: 0 },
    );
    expect(counts.median?.value).toBe(1405);
    const rates = classify(
      [
        { code: 'KZ-10', value: 10.1 },
        { code: 'KZ-11', value: 10.4 },
      ],
      { method: 'quantile', classes: 5, decimals: 1 },
    );
    expect(rates.median?.value).toBe(10.3);
  });

  it('takes the median of an odd count from the middle', () => {
    expect(run([3, 1, 2]).median).toEqual({ value: 2, regions: [{ code: 'KZ-15', value: 2 }] });
  });
});

describe('palette', () => {
  it('gives every class of either ramp an edge of 3:1 or more against its fill (WCAG 1.4.11)', () => {
    for (const fill of [...SEQUENTIAL_PALETTE, ...NEGATIVE_PALETTE])
      expect(contrastRatio(regionEdgeOn(fill), fill), fill).toBeGreaterThanOrEqual(3);
    // White between the darker regions, as before; white on the lightest was 1.33:1.
    expect(regionEdgeOn(SEQUENTIAL_PALETTE[SEQUENTIAL_PALETTE.length - 1] ?? '')).toBe('#ffffff');
    expect(regionEdgeOn(SEQUENTIAL_PALETTE[0] ?? '')).not.toBe('#ffffff');
  });

  it('has 5–7 sequential steps with strictly decreasing luminance (light → dark)', () => {
    expect(SEQUENTIAL_PALETTE.length).toBeGreaterThanOrEqual(5);
    expect(SEQUENTIAL_PALETTE.length).toBeLessThanOrEqual(7);
    const lum = SEQUENTIAL_PALETTE.map(relativeLuminance);
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1] ?? 1);
    const neg = NEGATIVE_PALETTE.map(relativeLuminance);
    for (let i = 1; i < neg.length; i++) expect(neg[i]).toBeLessThan(neg[i - 1] ?? 1);
  });

  it('keeps luminance monotonic in the colours picked for any number of classes', () => {
    for (let n = 2; n <= 7; n++) {
      const values = Array.from({ length: 20 }, (_, i) => 1 + i * 10);
      const c = classify(entries(values), { classes: n, method: 'quantile' });
      const lum = c.classes.map((b) => relativeLuminance(b.colour));
      for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1] ?? 1);
    }
  });

  it('makes zero and no data distinct from every class colour', () => {
    for (const colour of [...SEQUENTIAL_PALETTE, ...NEGATIVE_PALETTE]) {
      expect(colour).not.toBe(ZERO_COLOUR);
      expect(colour).not.toBe(NO_DATA_STYLE.fill);
    }
    // Zero is lighter than the lightest class, by a visible margin.
    expect(contrastRatio(ZERO_COLOUR, SEQUENTIAL_PALETTE[0] ?? '')).toBeGreaterThan(1.2);
    expect(colourOfClass(classify(entries([0, 1])), 'zero')).toBe(ZERO_COLOUR);
    expect(colourOfClass(classify(entries([0, 1])), 'noData')).toBe(NO_DATA_STYLE.fill);
  });

  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(readableTextColour('#081d58')).toBe('#ffffff');
    expect(readableTextColour('#c7e9b4')).toBe('#111111');
    expect(() => relativeLuminance('red')).toThrow();
  });
});

describe('significant-digit rounding', () => {
  it('rounds outwards to 2 significant digits without float noise', () => {
    expect(floorToSignificant(0.3)).toBe(0.3);
    expect(floorToSignificant(1234)).toBe(1200);
    expect(ceilToSignificant(1234)).toBe(1300);
    expect(floorToSignificant(-1234)).toBe(-1300);
    expect(ceilToSignificant(0.0123)).toBe(0.013);
    expect(floorToSignificant(0)).toBe(0);
  });
});

describe('how each class is painted (legends, ranked list, the map picture)', () => {
  const c = classify(entries([0, null, 5, 10, 20, 40, 80]), { classes: 3, method: 'quantile' });

  it('hatches no data with a dashed outline, outlines zero, and leaves the classes their colour', () => {
    expect(classPaint(c, 'noData')).toEqual({ fill: null, outline: NO_DATA_STYLE.outline, dashed: true });
    expect(classPaint(c, 'zero')).toEqual({ fill: ZERO_COLOUR, outline: NO_DATA_STYLE.outline, dashed: false });
    expect(classPaint(c, 0)).toEqual({ fill: colourOfClass(c, 0), outline: null, dashed: false });
  });

  it('as CSS: the hatching as background for no data, a border only where the class sets one', () => {
    expect(swatchCss(classPaint(c, 'noData'))).toEqual({
      background: expect.stringContaining('repeating-linear-gradient') as unknown,
      borderColor: NO_DATA_STYLE.outline,
      borderStyle: 'dashed',
    });
    expect(swatchCss(classPaint(c, 'zero'))).toEqual({ background: ZERO_COLOUR, borderColor: NO_DATA_STYLE.outline, borderStyle: 'solid' });
    expect(swatchCss(classPaint(c, 1))).toEqual({ background: colourOfClass(c, 1) });
  });
});

describe('legend labels', () => {
  const labels = { noData: 'no data', zero: 'none' };
  const format = (v: number) => String(v);

  it('name the whole numbers each class of counts holds, so no count seems to be in two classes', () => {
    // Ecology projects by region (QA, 2025): breaks 0, 9, 10, 13, 15, 34 read "0–9", "9–10", "10–13"… before.
    const values = [3, 7, 8, 9, 9, 9, 10, 10, 10, 10, 12, 13, 13, 13, 14, 15, 15, 17, 27, 34].map((value, i) => ({ code: `R${i}`, value }));
    const c = classify(values, { method: 'quantile' });
    const rows = legendRows(c, format, labels);
    for (const row of rows) {
      const [first, last = first] = row.label.split('–').map(Number);
      const inClass = values.filter(({ code }) => c.classOf(code) === row.key).map(({ value }) => value);
      // Every value in a class is within its label, and no label overlaps the next.
      for (const v of inClass) expect(v >= (first ?? NaN) && v <= (last ?? NaN), `${v} in "${row.label}"`).toBe(true);
    }
    const bounds = rows.map((r) => r.label.split('–').map(Number));
    for (let i = 1; i < bounds.length; i++) expect(bounds[i]?.[0]).toBeGreaterThan(bounds[i - 1]?.at(-1) ?? Infinity);
  });

  it('set the dash off by spaces between signed bounds, which it ran into ("+7.4%–+8.7%")', () => {
    const growth = classify(
      [-2.1, 0.5, 3.2, 7.4, 8.7].map((value, i) => ({ code: `R${i}`, value })),
      { decimals: 1 },
    );
    const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '\u2212' : ''}${Math.abs(v).toFixed(1)}%`;
    const shown = legendRows(growth, signed, labels).map((r) => r.label);
    expect(shown.length).toBeGreaterThan(1);
    for (const label of shown) expect(label).toMatch(/^[+\u2212]?\d+\.\d%(\u00a0– [+\u2212]?\d+\.\d%)?$/);
    expect(shown.some((label) => label.includes('\u00a0– '))).toBe(true);
    // Unsigned bounds keep the plain dash.
    expect(legendRows(growth, (v) => Math.abs(v).toFixed(1), labels).every((r) => !r.label.includes(' '))).toBe(true);
  });

  it('start after a distinct zero at 1, and keep shared bounds for values classed as they come', () => {
    const counts = classify([0, 4, 12, 31].map((value, i) => ({ code: `R${i}`, value })));
    expect(legendRows(counts, format, labels).map((r) => r.label)).toEqual(['none', '1–9', '10–19', '20–29', '30–40']);
    const rates = classify([0.5, 4.2, 12.5, 31.1].map((value, i) => ({ code: `R${i}`, value })));
    expect(rates.grid).toBeNull();
    expect(legendRows(rates, format, labels).map((r) => r.label)).toEqual(['0–10', '10–20', '20–30', '30–40']);
  });

  it('name the shown values of rates with one decimal, so a bound is in one class only', () => {
    const rates = classify(
      [0.5, 4.2, 12.5, 31.1].map((value, i) => ({ code: `R${i}`, value })),
      { decimals: 1 },
    );
    expect(legendRows(rates, format, labels).map((r) => r.label)).toEqual(['0–9.9', '10–19.9', '20–29.9', '30–40']);
  });

  it('after a distinct zero, start at the first shown value: no class of counts (0, 1) that holds nothing', () => {
    // Equal steps (nice) on 0–4 read "none | 1 (0 regions) | 1 | 2 | 3–4" before.
    for (const [values, decimals, expected] of [
      [[0, 1, 2, 3, 4], 0, ['none', '1', '2', '3–4']],
      [[0, 0.1, 0.2, 0.3, 0.4], 1, ['none', '0.1', '0.2', '0.3–0.4']],
    ] as const) {
      const c = classify(
        values.map((value, i) => ({ code: `R${i}`, value })),
        { method: 'nice', decimals },
      );
      expect(legendRows(c, format, labels).map((r) => r.label)).toEqual(expected);
      for (const bin of c.classes) expect(bin.count, bin.lower + '–' + bin.upper).toBeGreaterThan(0);
    }
  });

  it('never give whole counts a fractional bound or an empty quantile class', () => {
    // Ecology organisations by region (review, 2026-12-05): read "0–5 | 5–5,6 | 5,6–6,4 (0 regions) | 6,4–7 | 7–11".
    const values = [2, 3, 4, 5, 5, 5, 5, 5, 6, 6, 6, 6, 7, 7, 8, 8, 9, 9, 10, 11].map((value, i) => ({ code: `R${i}`, value }));
    const c = classify(values, { method: 'quantile', decimals: 0 });
    for (const b of c.breaks) expect(Number.isInteger(b), String(b)).toBe(true);
    for (const bin of c.classes) expect(bin.count, `${bin.lower}–${bin.upper}`).toBeGreaterThan(0);
    expect(legendRows(c, format, labels).map((r) => `${r.label} (${r.count})`)).toEqual([
      '0–4 (3)',
      '5 (5)',
      '6 (4)',
      '7–8 (4)',
      '9–11 (4)',
    ]);
  });
});

describe('classify: values as shown (decimals)', () => {
  const labels = { noData: 'no data', zero: 'none' };
  const format = (v: number) => String(v);

  it('classes a value as it is shown: 8.79 % is shown as 8.8 % and sits in the class from 8.8', () => {
    const values = [7.4, 7.9, 8.1, 8.3, 8.79, 9.2, 9.5, 9.8, 10.4, 11].map((value, i) => ({ code: `R${i}`, value }));
    const c = classify(values, { method: 'quantile', decimals: 1 });
    const shown = c.valueOf('R4');
    expect(shown).toBe(8.8);
    const bin = c.classes[c.classOf('R4') as number];
    expect(bin?.lower).toBeLessThanOrEqual(8.8);
    const row = legendRows(c, format, labels).find((r) => r.key === c.classOf('R4'));
    const [first, last = first] = (row?.label ?? '').split('–').map(Number);
    expect(8.8).toBeGreaterThanOrEqual(first ?? NaN);
    expect(8.8).toBeLessThanOrEqual(last ?? NaN);
  });

  it('keeps shown values within their own label only, on random data of every shape', () => {
    const rnd = random(7);
    const next = (): number => rnd.next().value as number;
    for (let trial = 0; trial < 150; trial++) {
      const decimals = next() < 0.5 ? 0 : 1;
      const scale = 10 ** Math.floor(next() * 6 - 1);
      const signed = next() < 0.25;
      const values = CODES.map(() => {
        const r = next();
        if (r < 0.08) return null;
        if (r < 0.15 && !signed) return 0;
        const v = next() ** 3 * scale;
        return signed ? v - scale / 2 : v;
      });
      for (const method of ['nice', 'quantile'] as const) {
        const input = entries(values);
        const c = classify(input, { method, decimals, classes: 2 + Math.floor(next() * 6) });
        checkInvariants(
          c,
          input.map(({ code, value }) => ({ code, value: c.valueOf(code) ?? value })),
        );
        const step = 10 ** -decimals;
        for (const b of c.breaks) expect(Math.abs(b / step - Math.round(b / step)), `break ${b} on a grid of ${step}`).toBeLessThan(1e-9);
        if (method === 'quantile') for (const bin of c.classes) expect(bin.count, `${method} ${bin.lower}–${bin.upper}`).toBeGreaterThan(0);
        // Every class can hold a shown value: its first is not past its last.
        for (const bin of c.classes) {
          const { first, last } = shownBounds(bin, c.grid ?? { step: 1, decimals: 0 });
          expect(first, `${method} ${bin.lower}–${bin.upper}`).toBeLessThanOrEqual(last);
        }
        const rows = legendRows(c, format, labels).filter((r) => typeof r.key === 'number');
        const bounds = rows.map((r) => {
          // Signed bounds are set off by spaces ("-500\u00a0– -0.1").
          const m = /^(-?[\d.e-]+)(?:\u00a0?– ?(-?[\d.e-]+))?$/.exec(r.label);
          const first = Number(m?.[1]);
          return [first, m?.[2] === undefined ? first : Number(m[2])] as const;
        });
        for (let i = 1; i < bounds.length; i++)
          expect(bounds[i]?.[0], rows.map((r) => r.label).join(' | ')).toBeGreaterThan(bounds[i - 1]?.[1] ?? Infinity);
        rows.forEach((row, i) => {
          for (const code of c.classes[row.key as number]?.codes ?? []) {
            const v = c.valueOf(code) ?? NaN;
            expect(v >= (bounds[i]?.[0] ?? NaN) && v <= (bounds[i]?.[1] ?? NaN), `${v} in "${row.label}"`).toBe(true);
          }
        });
      }
    }
  });
});

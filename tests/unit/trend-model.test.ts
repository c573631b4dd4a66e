import { describe, expect, it } from 'vitest';
import type { MonthlyPoint } from '../../src/api/contract';
import { createFormatter } from '../../src/lib/i18n/format';
import { translate } from '../../src/lib/i18n/messages';
import type { Locale } from '../../src/lib/i18n/locales';
import { monthsBetween } from '../../src/lib/months';
import { partialKey } from '../../src/lib/time-series';
import { trendsMessages, type TrendsMessageKey } from '../../src/features/trends/messages';
import {
  buildTrend,
  comparisonKey,
  comparisonOffset,
  fullHistory,
  parseIdList,
  peakMonth,
  periodValue,
  perTenThousand,
  tableFractionDigits,
  trendWindow,
} from '../../src/features/trends/model/trend-model';
import { sentenceFractionDigits, trendSentence } from '../../src/features/trends/model/trend-sentence';

/** A series from 2019-01 to 2026-11 whose value is 1000 + its month number since the start; the last month partial. */
const history = (scale = 1): MonthlyPoint[] =>
  monthsBetween('2019-01', '2026-11').map((month, i, all) => ({
    month,
    value: (1000 + i) * scale,
    ...(i === all.length - 1 ? { partial: true } : {}),
  }));

/** The country's rate per 10,000 residents in November 2026 against November 2025: a trend of one month each. */
const nationalRates = (value: number, previous: number) =>
  buildTrend({
    series: [
      {
        key: 'national',
        points: [
          { month: '2025-11', value: previous * 2_000 },
          { month: '2026-11', value: value * 2_000 },
        ],
        population: 20_000_000,
      },
    ],
    period: { from: '2026-11', to: '2026-11' },
    compare: 'yearAgo',
    kind: 'stock',
    per10k: true,
    earliest: '2019-01',
    asOf: null,
  });

describe('trend model', () => {
  it('normalises per 10,000 residents and refuses a missing population', () => {
    expect(perTenThousand(1_500, 1_500_000)).toBe(10);
    expect(perTenThousand(1_500, 0)).toBeNull();
    expect(perTenThousand(null, 1_000)).toBeNull();
  });

  it('shows a period of six months or more as it is, and a short one inside twelve months', () => {
    expect(trendWindow({ from: '2026-01', to: '2026-11' }, '2019-01')).toEqual({ from: '2026-01', to: '2026-11', extended: false });
    expect(trendWindow({ from: '2025-05', to: '2025-05' }, '2019-01')).toEqual({ from: '2024-06', to: '2025-05', extended: true });
    expect(trendWindow({ from: '2019-02', to: '2019-03' }, '2019-01')).toEqual({ from: '2019-01', to: '2019-03', extended: true });
  });

  it('compares with twelve months back, or with the length of the period', () => {
    expect(comparisonOffset({ from: '2026-01', to: '2026-11' }, 'yearAgo')).toBe(12);
    expect(comparisonOffset({ from: '2026-01', to: '2026-11' }, 'previous')).toBe(11);
    expect(comparisonOffset({ from: '2025-04', to: '2025-06' }, 'previous')).toBe(3);
  });

  it('computes a period like the API: a stock at its end, a flow as a sum, null when a month is missing', () => {
    const points: MonthlyPoint[] = [
      { month: '2025-01', value: 1 },
      { month: '2025-02', value: 2 },
      { month: '2025-03', value: null },
    ];
    expect(periodValue(points, { from: '2025-01', to: '2025-02' }, 'stock')).toBe(2);
    expect(periodValue(points, { from: '2025-01', to: '2025-02' }, 'flow')).toBe(3);
    expect(periodValue(points, { from: '2025-01', to: '2025-03' }, 'flow')).toBeNull();
    expect(periodValue(points, { from: '2024-12', to: '2025-01' }, 'flow')).toBeNull();
  });

  it('counts only the elapsed share of a comparison period’s last month, as the API does', () => {
    const points: MonthlyPoint[] = [
      { month: '2025-10', value: 100 },
      { month: '2025-11', value: 200 },
      { month: '2025-12', value: 301 },
    ];
    const range = { from: '2025-11', to: '2025-12' };
    // A flow: November whole, a tenth of December (30.1, a whole count when asked).
    expect(periodValue(points, range, 'flow', 0.1)).toBeCloseTo(230.1, 9);
    expect(periodValue(points, range, 'flow', 0.1, true)).toBe(230);
    // A stock: a tenth of the way from November's end to December's.
    expect(periodValue(points, range, 'stock', 0.1, true)).toBe(210);
    expect(periodValue(points, range, 'stock', 1)).toBe(301);
  });

  it('compares this year so far with last year to the same day', () => {
    // 2026-11-22 09:00 Astana: 21 days and 9 hours of November's 30 days have passed.
    const asOf = new Date('2026-11-22T04:00:00Z');
    const trend = buildTrend({
      series: [{ key: 'national', points: history(), population: 1 }],
      period: { from: '2026-01', to: '2026-11' },
      compare: 'yearAgo',
      kind: 'flow',
      per10k: false,
      earliest: '2019-01',
      asOf,
    });
    expect(trend.period).toEqual({ from: '2026-01', to: '2026-11', through: '2026-11-22' });
    expect(trend.comparison).toEqual({ from: '2025-01', to: '2025-11', through: '2025-11-22' });
    const share = (21 * 24 + 9) / (30 * 24);
    // 2025-01 is month 72 of the history (value 1072) … 2025-11 is 1082.
    let whole = 0;
    for (let v = 1072; v <= 1081; v++) whole += v;
    expect(trend.summaries[0]?.previous).toBe(whole + Math.round(1082 * share));
    // A period that ended before the data's month is whole months.
    const past = buildTrend({
      series: [{ key: 'national', points: history(), population: 1 }],
      period: { from: '2025-01', to: '2025-12' },
      compare: 'yearAgo',
      kind: 'flow',
      per10k: false,
      earliest: '2019-01',
      asOf,
    });
    expect(past.comparison).toEqual({ from: '2024-01', to: '2024-12' });
  });

  it('finds the peak among complete months only', () => {
    const points: MonthlyPoint[] = [
      { month: '2026-09', value: 5 },
      { month: '2026-10', value: 7 },
      { month: '2026-11', value: 9, partial: true },
    ];
    expect(peakMonth(points, { from: '2026-09', to: '2026-11' })).toEqual({ month: '2026-10', value: 7 });
  });

  it('states the totals the API gives for a series, per 10,000 residents when asked, and computes the others', () => {
    const input = {
      series: [
        { key: 'elderly', points: history(), population: 20_000_000 },
        { key: 'ecology', points: history(), population: 20_000_000 },
      ],
      period: { from: '2026-01', to: '2026-11' },
      compare: 'previous' as const,
      kind: 'stock' as const,
      earliest: '2019-01',
      asOf: null,
      totals: new Map([['elderly', { value: 54_000, previous: 50_000 }]]),
    };
    const counts = buildTrend({ ...input, per10k: false }).summaries;
    expect(counts[0]).toMatchObject({ value: 54_000, previous: 50_000, change: { absolute: 4_000 } });
    // The other series' own: the stock at 2026-11 (month 94) against 2025-12 (month 83).
    expect(counts[1]).toMatchObject({ value: 1094, previous: 1083 });
    const rates = buildTrend({ ...input, per10k: true }).summaries;
    expect(rates[0]?.value).toBeCloseTo(27);
    expect(rates[0]?.previous).toBeCloseTo(25);
  });

  it('aligns the same period last year month by month and puts both on the chart', () => {
    const trend = buildTrend({
      series: [{ key: 'national', points: history(), population: 20_000_000 }],
      period: { from: '2026-01', to: '2026-11' },
      compare: 'yearAgo',
      kind: 'stock',
      per10k: false,
      earliest: '2019-01',
      asOf: null,
    });
    expect(trend.comparison).toEqual({ from: '2025-01', to: '2025-11' });
    expect(trend.comparisonWindow).toEqual({ from: '2025-01', to: '2025-11' });
    expect(trend.comparisonLines).toBe(true);
    expect(trend.rows).toHaveLength(11);
    const first = trend.rows[0];
    // 2026-01 is month 84 since 2019-01; 2025-01 is month 72.
    expect(first?.national).toBe(1084);
    expect(first?.[comparisonKey('national')]).toBe(1072);
    expect(trend.table[0]).toMatchObject({
      month: '2026-01',
      comparisonMonth: '2025-01',
      values: { national: 1084 },
      previous: { national: 1072 },
    });
    // The month under way is drawn as a dotted segment, not on the solid line.
    const last = trend.rows.at(-1);
    expect(last?.national).toBeNull();
    expect(last?.[partialKey('national')]).toBe(1094);
    expect(trend.table.at(-1)?.partial).toBe(true);
    const summary = trend.summaries[0];
    expect(summary).toMatchObject({ key: 'national', value: 1094, previous: 1082, partialMonth: '2026-11', peak: null });
    expect(summary?.change?.absolute).toBe(12);
    expect(trend.domain.domain[0]).toBe(0);
    expect(trend.domain.domain[1]).toBeGreaterThanOrEqual(1094);
  });

  it("does not draw a flow's month still under way: its lines stop before it, its figures stay in the table", () => {
    const trend = buildTrend({
      series: [{ key: 'national', points: history(), population: null }],
      period: { from: '2026-01', to: '2026-11' },
      compare: 'yearAgo',
      kind: 'flow',
      per10k: false,
      earliest: '2019-01',
      asOf: null,
    });
    const [october, november] = trend.rows.slice(-2);
    expect(october?.national).toBe(1093);
    // No dotted segment into it either, from October's point or to November's.
    expect(october?.[partialKey('national')]).toBeNull();
    expect(november?.national).toBeNull();
    expect(november?.[partialKey('national')]).toBeNull();
    // Last year's November is a whole month: its comparison line goes on.
    expect(november?.[comparisonKey('national')]).toBe(1082);
    expect(trend.table.at(-1)).toMatchObject({ month: '2026-11', partial: true, values: { national: 1094 } });
    expect(trend.summaries[0]?.partialMonth).toBe('2026-11');
  });

  it('sums flows, finds their peak and scales per 10,000 residents', () => {
    const trend = buildTrend({
      series: [
        { key: 'KZ-71', points: history(), population: 1_000_000 },
        { key: 'KZ-75', points: history(2), population: 2_000_000 },
      ],
      period: { from: '2026-01', to: '2026-03' },
      compare: 'previous',
      kind: 'flow',
      per10k: true,
      earliest: '2019-01',
      asOf: null,
    });
    expect(trend.window).toEqual({ from: '2025-04', to: '2026-03', extended: true });
    expect(trend.comparison).toEqual({ from: '2025-10', to: '2025-12' });
    // (1084 + 1085 + 1086) per million = 32.55 per 10,000; the doubled series over the doubled population is the same.
    expect(trend.summaries[0]?.value).toBeCloseTo(32.55, 6);
    expect(trend.summaries[1]?.value).toBeCloseTo(32.55, 6);
    expect(trend.summaries[0]?.previous).toBeCloseTo(0.01 * (1081 + 1082 + 1083), 6);
    expect(trend.summaries[0]?.peak).toEqual({ month: '2026-03', value: 10.86 });
    expect(trend.summaries[0]?.partialMonth).toBeNull();
  });

  it('leaves the comparison to the table when more than two series are shown', () => {
    const trend = buildTrend({
      series: ['KZ-71', 'KZ-75', 'KZ-79'].map((key) => ({ key, points: history(), population: 1_000_000 })),
      period: { from: '2026-01', to: '2026-11' },
      compare: 'yearAgo',
      kind: 'stock',
      per10k: false,
      earliest: '2019-01',
      asOf: null,
    });
    expect(trend.comparisonLines).toBe(false);
    expect(Object.keys(trend.rows[0] ?? {})).not.toContain(comparisonKey('KZ-71'));
    expect(trend.table[0]?.previous['KZ-79']).toBe(1072);
  });

  it('lists every month of every series for the full download', () => {
    const rows = fullHistory(
      [
        {
          key: 'a',
          points: [
            { month: '2025-02', value: 2 },
            { month: '2025-01', value: 1 },
          ],
          population: 10_000,
        },
        { key: 'b', points: [{ month: '2025-03', value: 3, partial: true }], population: 10_000 },
      ],
      false,
    );
    // The month under way is marked, so the file can say its values are so far.
    expect(rows).toEqual([
      { month: '2025-01', partial: false, values: [1, null] },
      { month: '2025-02', partial: false, values: [2, null] },
      { month: '2025-03', partial: true, values: [null, 3] },
    ]);
    expect(fullHistory([{ key: 'a', points: [{ month: '2025-01', value: 50 }], population: 20_000 }], true)).toEqual([
      { month: '2025-01', partial: false, values: [25] },
    ]);
  });

  it('reads at most five known regions from the URL and reports the rest', () => {
    const known = ['KZ-71', 'KZ-75', 'KZ-79', 'KZ-11', 'KZ-15', 'KZ-19'];
    expect(parseIdList('KZ-71,KZ-75', known, 5)).toEqual({ values: ['KZ-71', 'KZ-75'], invalid: null });
    expect(parseIdList('kz-71, KZ-71', known, 5)).toEqual({ values: ['KZ-71'], invalid: null });
    expect(parseIdList('KZ-71,KZ-99', known, 5)).toEqual({ values: ['KZ-71'], invalid: 'KZ-71,KZ-99' });
    expect(parseIdList('KZ-71,KZ-75,KZ-79,KZ-11,KZ-15,KZ-19', known, 5).values).toHaveLength(5);
    expect(parseIdList('KZ-71,KZ-75,KZ-79,KZ-11,KZ-15,KZ-19', known, 5).invalid).not.toBeNull();
    expect(parseIdList('', known, 5)).toEqual({ values: [], invalid: null });
    expect(parseIdList('Ecology,sport', ['ecology', 'sport'], 10)).toEqual({ values: ['ecology', 'sport'], invalid: null });
  });
});

describe('decimals of a trend table', () => {
  const row = (value: number, previous: number) => ({
    month: '2026-01',
    comparisonMonth: '2025-01',
    partial: false,
    values: { national: value },
    previous: { national: previous },
  });
  it('give rates two significant digits of the smallest, at least one decimal, counts none', () => {
    expect(tableFractionDigits([row(0.0597, 0.0612)], true)).toBe(3);
    expect(tableFractionDigits([row(5.3, 4.9)], true)).toBe(1);
    expect(tableFractionDigits([row(160.52, 151.1)], true)).toBe(1);
    expect(tableFractionDigits([row(0.00031, 0.2)], true)).toBe(4);
    expect(tableFractionDigits([row(160_520, 151_100)], false)).toBe(0);
  });
});

describe('trend sentence', () => {
  const context = (locale: Locale, compare: 'yearAgo' | 'previous', kind: 'stock' | 'flow' = 'stock', per10k = false) => {
    const format = createFormatter(locale);
    const t = (key: TrendsMessageKey, params?: Record<string, string | number>) => translate(trendsMessages, locale, format, key, params);
    return { t, format, compare, kind, per10k };
  };

  const volunteers = (): MonthlyPoint[] => [
    { month: '2025-11', value: 293_803 },
    { month: '2026-11', value: 323_803, partial: true },
  ];
  const yearAgoTrend = (kind: 'stock' | 'flow' = 'stock') =>
    buildTrend({
      series: [{ key: 'national', points: volunteers(), population: 20_000_000 }],
      period: { from: '2026-11', to: '2026-11' },
      compare: 'yearAgo',
      kind,
      per10k: false,
      earliest: '2019-01',
      asOf: null,
    });

  it('states both periods and the change in numbers and words (en)', () => {
    const trend = yearAgoTrend();
    const summary = trend.summaries[0];
    if (!summary) throw new Error('no summary');
    expect(trendSentence('Kazakhstan', summary, trend, context('en', 'yearAgo'))).toBe(
      'Kazakhstan: 323,803 at the end of November 2026 — up 10.2% (+30,000) on the same period last year (November 2025: 293,803). November 2026 is still under way.',
    );
  });

  it("says why a flow's lines stop before the month still under way (en, ru)", () => {
    const trend = yearAgoTrend('flow');
    const summary = trend.summaries[0];
    if (!summary) throw new Error('no summary');
    expect(trendSentence('Kazakhstan', summary, trend, context('en', 'yearAgo', 'flow'))).toMatch(
      / November 2026 is still under way: the lines stop before it, as its days so far would read as a fall beside whole months; its figures so far are in the table\.$/,
    );
    expect(trendSentence('Казахстан', summary, trend, context('ru', 'yearAgo', 'flow'))).toMatch(
      / Ноябрь 2026 ещё не завершён: линии обрываются перед ним/,
    );
  });

  it('writes a rate per 10,000 residents, its comparison and its change to the same decimals, enough to tell them apart', () => {
    // Organisations per 10,000: 0.0500 against 0.0456. Before: "0.05 … up 9.6% (0) … (0.05)".
    const sentence = (value: number, previous: number) => {
      const trend = nationalRates(value, previous);
      const summary = trend.summaries[0];
      if (!summary) throw new Error('no summary');
      return trendSentence('Kazakhstan', summary, trend, context('en', 'yearAgo', 'stock', true), false);
    };
    expect(sentence(0.05, 0.0456)).toBe(
      'Kazakhstan: 0.050 at the end of November 2026 — up 9.6% (+0.004) on the same period last year (November 2025: 0.046).',
    );
    // "0.4 … (+0.04) … (0.36)": two places for one and the other.
    expect(sentence(0.4, 0.36)).toContain(
      'Kazakhstan: 0.40 at the end of November 2026 — up 11.1% (+0.04) on the same period last year (November 2025: 0.36)',
    );
    expect(sentence(47.04, 46.7)).toContain(
      '47.0 at the end of November 2026 — up 0.7% (+0.3) on the same period last year (November 2025: 46.7)',
    );
    expect(sentenceFractionDigits(323_803, 293_803, false)).toBe(0);
    // With its table beside it, a sentence writes at least the table's places: "0.071" there, "0.071" here.
    expect(sentenceFractionDigits(0.071, 0.052, true)).toBe(2);
    expect(sentenceFractionDigits(0.071, 0.052, true, 3)).toBe(3);
  });

  it('tells two rates apart as the sentence prints them: 11.45 and 11.36 both read "11.4" at one decimal', () => {
    // 11.45 is written "11.4" (toFixed rounds the double below 11.45 down); a half-up rounding took it for 11.5,
    // thought it differed from 11.36's "11.4", and the sentence read "11.4 … (+0.1) … (11.4)".
    expect(sentenceFractionDigits(11.45, 11.36, true)).toBe(2);
    expect(sentenceFractionDigits(11.36, 11.45, true)).toBe(2);
    // Figures that read differently keep one decimal.
    expect(sentenceFractionDigits(11.45, 11.24, true)).toBe(1);
    const trend = nationalRates(11.45, 11.36);
    const summary = trend.summaries[0];
    if (!summary) throw new Error('no summary');
    expect(trendSentence('Kazakhstan', summary, trend, context('en', 'yearAgo', 'stock', true), false)).toBe(
      'Kazakhstan: 11.45 at the end of November 2026 — up 0.8% (+0.09) on the same period last year (November 2025: 11.36).',
    );
  });

  it('says it in Russian and Kazakh too', () => {
    const trend = yearAgoTrend();
    const summary = trend.summaries[0];
    if (!summary) throw new Error('no summary');
    expect(trendSentence('Казахстан', summary, trend, context('ru', 'yearAgo'))).toBe(
      'Казахстан: 323\u00a0803 (на конец периода ноябрь 2026) — рост на 10,2\u00a0% (+30\u00a0000) к тому же периоду прошлого года (ноябрь 2025: 293\u00a0803). Ноябрь 2026 ещё не завершён.',
    );
    expect(trendSentence('Қазақстан', summary, trend, context('kk', 'yearAgo'))).toMatch(
      /^Қазақстан: 323\u00a0803 \(2026\u00a0ж\. қараша соңында\) — өткен жылдың сол кезеңімен салыстырғанда 10,2\u00a0% өсім \(\+30\u00a0000; 2025\u00a0ж\. қараша: 293\u00a0803\)\./,
    );
  });

  it('starts a sentence about a region whose official name is lower case with a capital', () => {
    const trend = yearAgoTrend();
    const summary = trend.summaries[0];
    if (!summary) throw new Error('no summary');
    expect(trendSentence('область Абай', summary, trend, context('ru', 'yearAgo'))).toMatch(/^Область Абай: 323\u00a0803 \(на конец/);
    const none = { ...summary, value: null };
    expect(trendSentence('город Астана', none, trend, context('ru', 'yearAgo'))).toBe('Город Астана: нет данных за ноябрь 2026.');
  });

  it('says a stock in a period that ends today is the figure on that day', () => {
    const trend = buildTrend({
      series: [{ key: 'national', points: [{ month: '2025-10', value: 290_000 }, ...volunteers()], population: 20_000_000 }],
      period: { from: '2026-11', to: '2026-11' },
      compare: 'yearAgo',
      kind: 'stock',
      per10k: false,
      earliest: '2019-01',
      asOf: new Date('2026-11-22T04:00:00Z'),
    });
    const summary = trend.summaries[0];
    if (!summary) throw new Error('no summary');
    expect(trendSentence('Kazakhstan', summary, trend, context('en', 'yearAgo'))).toMatch(
      // A count on a day, compared with the count on that day last year, not with a range of days.
      /^Kazakhstan: 323,803 on 22\u00a0November 2026 — up .* \(22\u00a0November 2025: /,
    );
    expect(trendSentence('Казахстан', summary, trend, context('ru', 'yearAgo'))).toMatch(
      /^Казахстан: 323\u00a0803 \(на 22\u00a0ноября 2026\u00a0г\.\) — /,
    );
    expect(trendSentence('Қазақстан', summary, trend, context('kk', 'yearAgo'))).toMatch(
      /^Қазақстан: 323\u00a0803 \(жағдайы: 2026\u00a0ж\. 22\u00a0қараша\) — /,
    );
  });

  it('leaves out the month under way when a list says it once', () => {
    const trend = yearAgoTrend();
    const summary = trend.summaries[0];
    if (!summary) throw new Error('no summary');
    expect(trendSentence('Kazakhstan', summary, trend, context('en', 'yearAgo'), false)).not.toContain('under way');
  });

  it('says when there is nothing to compare with', () => {
    const trend = buildTrend({
      series: [{ key: 'national', points: [{ month: '2019-03', value: 5 }], population: 1 }],
      period: { from: '2019-03', to: '2019-03' },
      compare: 'yearAgo',
      kind: 'stock',
      per10k: false,
      earliest: '2019-01',
      asOf: null,
    });
    const summary = trend.summaries[0];
    if (!summary) throw new Error('no summary');
    expect(trendSentence('Kazakhstan', summary, trend, context('en', 'yearAgo'))).toBe(
      'Kazakhstan: 5 at the end of March 2019 — no data for March 2018 to compare with.',
    );
  });

  it('describes a decline and the peak month of a flow', () => {
    const points: MonthlyPoint[] = monthsBetween('2025-01', '2026-06').map((month, i) => ({
      month,
      value: i < 12 ? 100 : i === 14 ? 90 : 50,
    }));
    const trend = buildTrend({
      series: [{ key: 'national', points, population: 1 }],
      period: { from: '2026-01', to: '2026-06' },
      compare: 'yearAgo',
      kind: 'flow',
      per10k: false,
      earliest: '2019-01',
      asOf: null,
    });
    const summary = trend.summaries[0];
    if (!summary) throw new Error('no summary');
    expect(trendSentence('Kazakhstan', summary, trend, context('en', 'yearAgo', 'flow'))).toBe(
      'Kazakhstan: 340 over January – June 2026 — down 43.3% (−260) on the same period last year (January – June 2025: 600). Highest month: March 2026 (90).',
    );
  });
});

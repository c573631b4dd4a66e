// The roadmap's forecast and status rules on constructed series: every case the page can meet.
import { describe, expect, it } from 'vitest';
import type { MonthlyPoint } from '../../src/api/contract';
import {
  assessIndicator,
  assessRoadmap,
  countStatuses,
  daysLeft,
  fitLinear,
  predictAt,
  predictSum,
  roadmapEnded,
  statusFromForecast,
  studentTCdf,
  studentTQuantile,
  type IndicatorInput,
} from '../../src/features/roadmap/model/forecast';
import { addMonths, astanaDate, monthsBetween } from '../../src/lib/months';

/** Mid-June 2026 in Astana: January–May 2026 are complete, June is under way. */
const JUNE = new Date('2026-06-15T06:00:00Z');

/** Monthly points from `from` to `to` with values f(i), i = 0 for `from`; the last one flagged partial when asked. */
const series = (from: string, to: string, f: (i: number) => number | null, partialLast = true): MonthlyPoint[] =>
  monthsBetween(from, to).map((month, i, all) => ({ month, value: f(i), ...(partialLast && i === all.length - 1 ? { partial: true } : {}) }));

const indicator = (actuals: MonthlyPoint[], targets: [number, number, number], options: { cumulative?: boolean; baseline?: number | null } = {}): IndicatorInput => ({
  cumulative: options.cumulative ?? true,
  baseline: { year: 2023, value: options.baseline === undefined ? null : options.baseline },
  targets: [
    { year: 2024, value: targets[0] },
    { year: 2025, value: targets[1] },
    { year: 2026, value: targets[2] },
  ],
  actuals,
});

describe("Student's t", () => {
  it('matches published quantiles', () => {
    expect(studentTQuantile(0.9, 10)).toBeCloseTo(1.372184, 5);
    expect(studentTQuantile(0.95, 10)).toBeCloseTo(1.812461, 5);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentTQuantile(0.9, 1)).toBeCloseTo(3.077684, 5);
    expect(studentTQuantile(0.9, 3)).toBeCloseTo(1.637744, 5);
    expect(studentTQuantile(0.9, 1000)).toBeCloseTo(1.282399, 4);
    expect(studentTQuantile(0.1, 10)).toBeCloseTo(-1.372184, 5);
  });

  it('has a symmetric CDF', () => {
    expect(studentTCdf(0, 5)).toBeCloseTo(0.5, 12);
    expect(studentTCdf(2, 5) + studentTCdf(-2, 5)).toBeCloseTo(1, 12);
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
  });
});

describe('least squares and prediction intervals', () => {
  // A textbook example: x = 1…5, y = 2, 4, 5, 4, 5 → y = 2.2 + 0.6x, SSE = 2.4, s = √0.8.
  const fit = fitLinear([2, 4, 5, 4, 5].map((y, i) => ({ x: i + 1, y })));

  it('fits the line and the residual error', () => {
    expect(fit).not.toBeNull();
    expect(fit?.slope).toBeCloseTo(0.6, 12);
    expect(fit?.intercept).toBeCloseTo(2.2, 12);
    expect(fit?.residualSd).toBeCloseTo(Math.sqrt(0.8), 12);
  });

  it('gives the 80 % prediction interval ŷ ± t(0.9, 3)·s·√(1 + 1/n + (x₀ − x̄)²/Sxx)', () => {
    if (!fit) throw new Error('no fit');
    const p = predictAt(fit, 6);
    const half = 1.637744 * Math.sqrt(0.8) * Math.sqrt(1 + 1 / 5 + 9 / 10);
    expect(p.value).toBeCloseTo(5.8, 10);
    expect(p.lower).toBeCloseTo(5.8 - half, 4);
    expect(p.upper).toBeCloseTo(5.8 + half, 4);
  });

  it('gives the interval of a sum of future months, narrower than the sum of single intervals', () => {
    if (!fit) throw new Error('no fit');
    const p = predictSum(fit, [6, 7]);
    const half = 1.637744 * Math.sqrt(0.8) * Math.sqrt(2 + 4 / 5 + 49 / 10);
    expect(p.value).toBeCloseTo(12.2, 10);
    expect(p.upper - p.value).toBeCloseTo(half, 4);
    const single = (predictAt(fit, 6).upper - 5.8) + (predictAt(fit, 7).upper - 6.4);
    expect(p.upper - p.value).toBeLessThan(single);
  });

  it('refuses fewer than 3 points or a single x', () => {
    expect(fitLinear([{ x: 0, y: 1 }, { x: 1, y: 2 }])).toBeNull();
    expect(fitLinear([{ x: 1, y: 1 }, { x: 1, y: 2 }, { x: 1, y: 3 }])).toBeNull();
  });
});

describe('status rules', () => {
  it('on track when even the lower bound reaches the target', () => {
    expect(statusFromForecast(100, { value: 110, lower: 100, upper: 120 }, false)).toBe('onTrack');
  });
  it('off track when even the upper bound falls short', () => {
    expect(statusFromForecast(100, { value: 90, lower: 85, upper: 99.9 }, false)).toBe('offTrack');
    expect(statusFromForecast(100, { value: 90, lower: 85, upper: 99.9 }, true)).toBe('offTrack');
  });
  it('at risk when the target lies within the interval, unless already met and the forecast still reaches it', () => {
    expect(statusFromForecast(100, { value: 105, lower: 95, upper: 115 }, false)).toBe('atRisk');
    expect(statusFromForecast(100, { value: 95, lower: 85, upper: 105 }, false)).toBe('atRisk');
    expect(statusFromForecast(100, { value: 105, lower: 95, upper: 115 }, true)).toBe('onTrack');
    expect(statusFromForecast(100, { value: 98, lower: 90, upper: 106 }, true)).toBe('atRisk');
  });
});

describe('assessIndicator: cumulative indicators', () => {
  it('steady growth: a perfect line is forecast exactly, with no band, and the partial month is left out', () => {
    // 100 in Jan 2024, +10 a month: Dec 2026 (i = 35) → 450. June 2026 is partial and absurdly low.
    const actuals = series('2024-01', '2026-06', (i) => (i === 29 ? 3 : 100 + 10 * i));
    const a = assessIndicator(indicator(actuals, [200, 300, 420], { baseline: 90 }), JUNE);
    expect(a.forecast?.value).toBeCloseTo(450, 8);
    expect(a.forecast?.lower).toBeCloseTo(450, 8);
    expect(a.forecast?.upper).toBeCloseTo(450, 8);
    expect(a.forecast?.window).toEqual({ from: '2025-06', to: '2026-05', points: 12 });
    expect(a.forecast?.slopePerMonth).toBeCloseTo(10, 10);
    expect(a.status).toBe('onTrack');
    expect(a.basis).toBe('forecast');
    // The latest actual is the partial June level, flagged as such.
    expect(a.current).toEqual({ value: 3, month: '2026-06', partial: true });
    const path = a.forecast?.path ?? [];
    expect(path[0]).toMatchObject({ month: '2025-06', lower: null, upper: null });
    expect(path.at(-1)?.month).toBe('2026-12');
    expect(path.find((p) => p.month === '2026-06')?.lower).toBeCloseTo(390, 8);
    expect(path.find((p) => p.month === '2026-05')?.lower).toBeNull();
  });

  it('treats the month of asOf as incomplete even when the API does not flag it', () => {
    const flagged = series('2025-01', '2026-06', (i) => 50 + 2 * i);
    const unflagged = flagged.map((p) => ({ month: p.month, value: p.month === '2026-06' ? 0 : p.value }));
    const a = assessIndicator(indicator(flagged, [1, 1, 100]), JUNE);
    const b = assessIndicator(indicator(unflagged, [1, 1, 100]), JUNE);
    expect(b.forecast?.value).toBeCloseTo(a.forecast?.value ?? NaN, 10);
  });

  it('uses only the last 12 complete months', () => {
    // Flat at 100 until May 2025, then +10 a month: the old flat years must not dilute the trend.
    const actuals = series('2024-01', '2026-06', (i) => (i <= 16 ? 100 : 100 + 10 * (i - 16)));
    const a = assessIndicator(indicator(actuals, [1, 1, 1000]), JUNE);
    expect(a.forecast?.slopePerMonth).toBeCloseTo(10, 10);
    expect(a.forecast?.window.from).toBe('2025-06');
  });

  it('flat series: on track when level equals the target, off track when below', () => {
    const actuals = series('2024-01', '2026-06', () => 20);
    expect(assessIndicator(indicator(actuals, [20, 20, 20]), JUNE)).toMatchObject({ status: 'onTrack', alreadyMet: true, progressPercent: 100 });
    const below = assessIndicator(indicator(actuals, [20, 21, 22]), JUNE);
    expect(below.status).toBe('offTrack');
    expect(below.forecast?.value).toBeCloseTo(20, 10);
  });

  it('declining series: off track, and progress from the baseline never goes below 0', () => {
    const actuals = series('2024-01', '2026-06', (i) => 400 - 5 * i);
    const a = assessIndicator(indicator(actuals, [400, 400, 450], { baseline: 420 }), JUNE);
    expect(a.forecast?.value).toBeCloseTo(225, 8);
    expect(a.status).toBe('offTrack');
    expect(a.progressPercent).toBe(0);
  });

  it('target already met and the trend keeps it: on track, although the band reaches below', () => {
    // Around 1000 with noise, trend ≈ flat: the forecast (≈ 986) stays above 980, the band does not.
    const noise = [30, -30, 25, -25, 35, -35, 20, -20, 30, -30, 25, -25];
    const actuals = series('2025-06', '2026-06', (i) => 1000 + (noise[i] ?? 0));
    const a = assessIndicator(indicator(actuals, [1, 1, 980]), JUNE);
    expect(a.alreadyMet).toBe(true);
    expect(a.forecast?.lower).toBeLessThan(980);
    expect(a.forecast?.value).toBeGreaterThanOrEqual(980);
    expect(a.status).toBe('onTrack');
  });

  it('target already met but falling steadily below it by December: off track', () => {
    const actuals = series('2024-01', '2026-06', (i) => 1000 - 5 * i);
    const a = assessIndicator(indicator(actuals, [1, 1, 850]), JUNE);
    expect(a.alreadyMet).toBe(true);
    expect(a.forecast?.value).toBeCloseTo(825, 8);
    expect(a.status).toBe('offTrack');
  });

  it('noisy series whose band spans the target: at risk, with lower < forecast < upper', () => {
    const noise = [60, -50, 70, -80, 40, -60, 80, -40, 50, -70, 60, -50];
    const actuals = series('2025-06', '2026-06', (i) => 500 + 10 * i + (noise[i] ?? 0));
    const a = assessIndicator(indicator(actuals, [1, 1, 680]), JUNE);
    const f = a.forecast;
    if (!f) throw new Error('no forecast');
    expect(f.lower).toBeLessThan(680);
    expect(f.upper).toBeGreaterThan(680);
    expect(f.lower).toBeLessThan(f.value);
    expect(f.value).toBeLessThan(f.upper);
    expect(a.status).toBe('atRisk');
    // A wider level widens the band.
    const wide = assessIndicator(indicator(actuals, [1, 1, 680]), JUNE, { level: 0.95 }).forecast;
    expect((wide?.upper ?? 0) - (wide?.lower ?? 0)).toBeGreaterThan(f.upper - f.lower);
  });

  it('skips months without a value inside the window', () => {
    const actuals = series('2025-06', '2026-06', (i) => (i % 3 === 1 ? null : 100 + 4 * i));
    const a = assessIndicator(indicator(actuals, [1, 1, 1]), JUNE);
    expect(a.forecast?.window.points).toBe(8);
    expect(a.forecast?.value).toBeCloseTo(100 + 4 * 18, 8);
  });

  it('too few points: no forecast; unknown, or on track when the target is already met', () => {
    const actuals = series('2026-04', '2026-06', (i) => 10 + i);
    const a = assessIndicator(indicator(actuals, [1, 1, 50]), JUNE);
    expect(a).toMatchObject({ forecast: null, status: 'unknown', basis: 'tooFewPoints' });
    expect(a.current?.value).toBe(12);
    const met = assessIndicator(indicator(actuals, [1, 1, 11]), JUNE);
    expect(met).toMatchObject({ forecast: null, status: 'onTrack', basis: 'alreadyMet', alreadyMet: true });
  });

  it('no actuals yet (or only missing values): unknown, no progress, no forecast', () => {
    for (const actuals of [[], series('2026-01', '2026-06', () => null)]) {
      const a = assessIndicator(indicator(actuals, [1, 2, 3]), JUNE);
      expect(a).toMatchObject({ status: 'unknown', basis: 'noActuals', current: null, progressPercent: null, forecast: null });
    }
  });

  it('no 2026 target: unknown', () => {
    const input = { ...indicator(series('2025-01', '2026-06', (i) => i), [1, 2, 3]), targets: [{ year: 2024, value: 1 }] };
    expect(assessIndicator(input, JUNE)).toMatchObject({ status: 'unknown', basis: 'noTarget', target: null });
  });

  it('past the end of the roadmap: no forecast, the final December level decides', () => {
    const actuals = series('2024-01', '2027-01', (i) => 100 + 10 * i);
    const after = new Date('2027-01-10T06:00:00Z');
    const met = assessIndicator(indicator(actuals, [1, 1, 450]), after);
    expect(met).toMatchObject({ forecast: null, final: 450, status: 'onTrack', basis: 'final' });
    // January 2027 is not part of the roadmap.
    expect(met.current?.month).toBe('2026-12');
    expect(assessIndicator(indicator(actuals, [1, 1, 451]), after)).toMatchObject({ final: 450, status: 'offTrack', basis: 'final' });
  });

  it('switches to the final verdict at midnight of 1 January in Astana', () => {
    const actuals = series('2024-01', '2026-12', (i) => 100 + i);
    expect(assessIndicator(indicator(actuals, [1, 1, 1]), new Date('2026-12-31T18:59:00Z')).basis).toBe('forecast');
    expect(assessIndicator(indicator(actuals, [1, 1, 1]), new Date('2026-12-31T19:00:00Z')).basis).toBe('final');
  });

  it('accepts points in any order', () => {
    const actuals = series('2024-01', '2026-06', (i) => 100 + 10 * i);
    const a = assessIndicator(indicator([...actuals].reverse(), [1, 1, 1]), JUNE);
    expect(a.forecast?.value).toBeCloseTo(450, 8);
    expect(a.current?.month).toBe('2026-06');
  });
});

describe('assessIndicator: progress and years', () => {
  it('measures progress from the baseline, or as a share of the target without one', () => {
    const actuals = series('2024-01', '2026-06', (i) => 200 + 10 * i); // June 2026 (i = 29): 490
    expect(assessIndicator(indicator(actuals, [1, 1, 600], { baseline: 200 }), JUNE).progressPercent).toBeCloseTo(((490 - 200) / 400) * 100, 10);
    expect(assessIndicator(indicator(actuals, [1, 1, 600]), JUNE).progressPercent).toBeCloseTo((490 / 600) * 100, 10);
    expect(assessIndicator(indicator(actuals, [1, 1, 400], { baseline: 200 }), JUNE).progressPercent).toBeCloseTo(145, 10);
  });

  it('compares each year: December level for cumulative indicators, provisional while the year runs', () => {
    const actuals = series('2024-01', '2026-06', (i) => 100 + 10 * i);
    const { years } = assessIndicator(indicator(actuals, [210, 400, 420]), JUNE);
    expect(years).toEqual([
      { year: 2024, target: 210, actual: 210, complete: true, met: true },
      { year: 2025, target: 400, actual: 330, complete: true, met: false },
      { year: 2026, target: 420, actual: 390, complete: false, met: null },
    ]);
  });

  it('leaves a level at or above its target open until December: it may still fall back', () => {
    const actuals = series('2024-01', '2026-06', (i) => 100 + 10 * i);
    const { years } = assessIndicator(indicator(actuals, [210, 400, 380]), JUNE);
    expect(years.at(-1)).toEqual({ year: 2026, target: 380, actual: 390, complete: false, met: null });
  });

  it('compares each year: the year total for non-cumulative indicators', () => {
    const actuals = series('2024-01', '2026-06', (i) => (i < 12 ? 10 : i < 24 ? 20 : 30));
    const { years } = assessIndicator(indicator(actuals, [120, 250, 100], { cumulative: false }), JUNE);
    expect(years).toEqual([
      { year: 2024, target: 120, actual: 120, complete: true, met: true },
      { year: 2025, target: 250, actual: 240, complete: true, met: false },
      { year: 2026, target: 100, actual: 180, complete: false, met: true },
    ]);
  });
});

describe('assessIndicator: non-cumulative indicators (monthly flows against a year total)', () => {
  it('forecasts the 2026 total as the complete months so far plus the trend for the rest', () => {
    // 100 a month, June partial at 40: Jan–May = 500, June–Dec predicted 7 × 100.
    const actuals = series('2025-01', '2026-06', (i) => (i === 17 ? 40 : 100));
    const a = assessIndicator(indicator(actuals, [1, 1, 1200], { cumulative: false, baseline: 900 }), JUNE);
    expect(a.forecast?.value).toBeCloseTo(1200, 8);
    expect(a.status).toBe('onTrack');
    expect(a.current).toEqual({ value: 540, month: '2026-06', partial: true });
    // A flow's progress is this year's total against the target, never against the baseline.
    expect(a.progressPercent).toBeCloseTo(45, 10);
    const path = a.forecast?.path ?? [];
    expect(path.map((p) => p.month)).toEqual(monthsBetween('2026-01', '2026-12'));
    expect(path[4]).toEqual({ month: '2026-05', value: 500, lower: null, upper: null });
    expect(path[5]?.value).toBeCloseTo(600, 8);
    expect(path[11]?.value).toBeCloseTo(1200, 8);
    expect(assessIndicator(indicator(actuals, [1, 1, 1300], { cumulative: false }), JUNE).status).toBe('offTrack');
  });

  it('projects a growing flow month by month', () => {
    // Monthly value 100 + 2i from Jan 2025 (i = 0); complete to May 2026 (i = 16).
    const actuals = series('2025-01', '2026-06', (i) => 100 + 2 * i);
    const a = assessIndicator(indicator(actuals, [1, 1, 1], { cumulative: false }), JUNE);
    let expected = 0;
    for (let i = 12; i <= 23; i++) expected += 100 + 2 * i;
    expect(a.forecast?.value).toBeCloseTo(expected, 8);
  });

  it('never forecasts a year below what it has already reached, even for a collapsing trend', () => {
    const actuals = series('2025-06', '2026-06', (i) => Math.max(0, 1000 - 150 * i));
    const a = assessIndicator(indicator(actuals, [1, 1, 1], { cumulative: false }), JUNE);
    const soFar = [1, 2, 3, 4, 5].map((m) => actuals.find((p) => p.month === `2026-0${m}`)?.value ?? 0).reduce((x, y) => x + y, 0);
    expect(a.forecast?.lower).toBeGreaterThanOrEqual(soFar);
    expect(a.forecast?.value).toBeGreaterThanOrEqual(soFar);
  });

  it('already met this year: on track, the lower bound held at the total so far', () => {
    const noise = [300, -300, 250, -250, 200, -200, 300, -300, 250, -250, 200, -200];
    const actuals = series('2025-06', '2026-06', (i) => 1000 + (noise[i] ?? 0));
    const a = assessIndicator(indicator(actuals, [1, 1, 4000], { cumulative: false }), JUNE);
    expect(a.alreadyMet).toBe(true);
    expect(a.forecast?.lower).toBeGreaterThanOrEqual(4000);
    expect(a.status).toBe('onTrack');
  });

  it('predicts the whole year when no 2026 month is complete yet', () => {
    const actuals = series('2025-01', '2026-01', () => 50);
    const a = assessIndicator(indicator(actuals, [1, 1, 600], { cumulative: false }), new Date('2026-01-20T06:00:00Z'));
    expect(a.forecast?.value).toBeCloseTo(600, 8);
    expect(a.forecast?.path[0]?.lower).not.toBeNull();
  });

  it('after the end: the 2026 total decides', () => {
    const actuals = series('2025-01', '2026-12', () => 100, false);
    const after = new Date('2027-02-01T00:00:00Z');
    expect(assessIndicator(indicator(actuals, [1, 1, 1200], { cumulative: false }), after)).toMatchObject({ final: 1200, status: 'onTrack', basis: 'final' });
    expect(assessIndicator(indicator(actuals, [1, 1, 1201], { cumulative: false }), after)).toMatchObject({ status: 'offTrack' });
  });
});

describe('dates and counts', () => {
  it('counts the days left in Astana calendar days', () => {
    expect(daysLeft(new Date('2026-11-22T09:30:00Z'))).toBe(39);
    expect(daysLeft(new Date('2026-12-30T18:59:00Z'))).toBe(1); // 23:59 on 30 Dec in Astana
    expect(daysLeft(new Date('2026-12-30T19:00:00Z'))).toBe(0); // 31 Dec has begun
    expect(daysLeft(new Date('2027-03-01T00:00:00Z'))).toBe(0);
    expect(daysLeft(new Date('2026-01-01T00:00:00Z'))).toBe(364);
    expect(astanaDate(new Date('2026-12-31T19:00:00Z'))).toBe('2027-01-01');
    expect(roadmapEnded(new Date('2026-12-31T18:59:59Z'))).toBe(false);
    expect(roadmapEnded(new Date('2026-12-31T19:00:00Z'))).toBe(true);
  });

  it('assesses a whole roadmap as of its asOf and counts the statuses', () => {
    const grow = series('2025-01', '2026-06', (i) => 100 + 10 * i);
    const roadmap = {
      asOf: JUNE.toISOString(),
      end: '2026-12-31',
      indicators: [
        { ...indicator(grow, [1, 1, 200]), id: 'a' },
        { ...indicator(grow, [1, 1, 9999]), id: 'b' },
        { ...indicator([], [1, 1, 1]), id: 'c' },
      ],
    };
    const result = assessRoadmap(roadmap);
    expect(result.items.map((i) => [i.indicator.id, i.assessment.status])).toEqual([
      ['a', 'onTrack'],
      ['b', 'offTrack'],
      ['c', 'unknown'],
    ]);
    expect(result.counts).toEqual({ onTrack: 1, atRisk: 0, offTrack: 1, unknown: 1 });
    expect(countStatuses([])).toEqual({ onTrack: 0, atRisk: 0, offTrack: 0, unknown: 0 });
    expect(addMonths('2026-06', 6)).toBe('2026-12');
  });
});

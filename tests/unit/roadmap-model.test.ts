// The roadmap page's other pure rules: overdue measures, URL filter/sort, regional progress, chart rows.
import { describe, expect, it } from 'vitest';
import type { MonthlyPoint, RoadmapMeasure } from '../../src/api/contract';
import { forecastChartRows } from '../../src/features/roadmap/model/chart-data';
import { assessIndicator } from '../../src/features/roadmap/model/forecast';
import {
  filterMeasures,
  formatMeasureSort,
  isOverdue,
  parseMeasureSort,
  parseMeasureStatus,
} from '../../src/features/roadmap/model/measures';
import { indicatorsWithRegions, regionalProgress } from '../../src/features/roadmap/model/regional';
import { classify } from '../../src/lib/choropleth';
import { monthsBetween } from '../../src/lib/months';

const measure = (id: string, status: RoadmapMeasure['status'], deadline: string): Pick<RoadmapMeasure, 'id' | 'status' | 'deadline'> => ({
  id,
  status,
  deadline,
});

describe('measures', () => {
  const measures = [
    measure('a', 'done', '2025-01-31'),
    measure('b', 'inProgress', '2026-06-30'),
    measure('c', 'notStarted', '2026-11-22'),
    measure('d', 'inProgress', '2026-12-31'),
  ];

  it('is overdue only when not done and the deadline day is over', () => {
    expect(isOverdue(measures[0] ?? measure('x', 'done', ''), '2026-11-22')).toBe(false);
    expect(isOverdue(measure('b', 'inProgress', '2026-06-30'), '2026-11-22')).toBe(true);
    expect(isOverdue(measure('c', 'notStarted', '2026-11-22'), '2026-11-22')).toBe(false); // due today
    expect(isOverdue(measure('c', 'notStarted', '2026-11-22'), '2026-11-23')).toBe(true);
  });

  it('filters by status and overdue', () => {
    const ids = (f: Parameters<typeof filterMeasures>[1]) => filterMeasures(measures, f, '2026-11-22').map((m) => m.id);
    expect(ids({ status: null, overdueOnly: false })).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ status: 'inProgress', overdueOnly: false })).toEqual(['b', 'd']);
    expect(ids({ status: null, overdueOnly: true })).toEqual(['b']);
    expect(ids({ status: 'done', overdueOnly: true })).toEqual([]);
  });

  it('reads and writes the URL parameters, refusing unknown text', () => {
    expect(parseMeasureStatus('inProgress')).toBe('inProgress');
    expect(parseMeasureStatus('finished')).toBeNull();
    expect(parseMeasureStatus(null)).toBeNull();
    expect(parseMeasureSort('-percentDone')).toEqual({ column: 'percentDone', descending: true });
    expect(parseMeasureSort('deadline')).toEqual({ column: 'deadline', descending: false });
    expect(parseMeasureSort('-colour')).toBeNull();
    expect(formatMeasureSort({ column: 'title', descending: true })).toBe('-title');
  });
});

describe('regional progress', () => {
  it('computes progress, what is left, whether met, and ranks with ties', () => {
    const rows = regionalProgress([
      { code: 'KZ-10', actual: 50, target2026: 100 },
      { code: 'KZ-11', actual: 120, target2026: 100 },
      { code: 'KZ-15', actual: 100, target2026: 200 },
      { code: 'KZ-19', actual: null, target2026: 100 },
      { code: 'KZ-23', actual: 10, target2026: 0 },
    ]);
    expect(rows.map((r) => [r.code, r.progressPercent, r.remaining, r.met, r.rank])).toEqual([
      ['KZ-10', 50, 50, false, 2],
      ['KZ-11', 120, 0, true, 1],
      ['KZ-15', 50, 100, false, 2],
      ['KZ-19', null, null, null, null],
      ['KZ-23', null, 0, true, null],
    ]);
    expect(regionalProgress(null)).toEqual([]);
  });

  it('ranks progress as written, to one decimal, as the map beside it does: 64.24 % and 64.2 % share a rank', () => {
    const byRegion = [
      { code: 'KZ-10', actual: 64.24, target2026: 100 },
      { code: 'KZ-11', actual: 64.2, target2026: 100 },
      { code: 'KZ-15', actual: 64.16, target2026: 100 },
      { code: 'KZ-19', actual: 60, target2026: 100 },
    ];
    const rows = regionalProgress(byRegion);
    expect(rows.map((r) => r.rank)).toEqual([1, 1, 1, 4]);
    const map = classify(
      rows.map((r) => ({ code: r.code, value: r.progressPercent })),
      { method: 'quantile', classes: 5, decimals: 1, breakAt: 100 },
    );
    expect(rows.map((r) => map.rankOf(r.code))).toEqual(rows.map((r) => r.rank));
  });

  it('leaves out regions not in the list of regions, and ranks the rest among themselves', () => {
    const byRegion = [
      { code: 'KZ-99', actual: 900, target2026: 100 },
      { code: 'KZ-10', actual: 50, target2026: 100 },
      { code: 'KZ-11', actual: 80, target2026: 100 },
    ];
    const rows = regionalProgress(byRegion, new Set(['KZ-10', 'KZ-11']));
    expect(rows.map((r) => [r.code, r.rank])).toEqual([
      ['KZ-10', 2],
      ['KZ-11', 1],
    ]);
  });

  it('keeps only indicators with a regional split', () => {
    expect(
      indicatorsWithRegions([
        { id: 'a', byRegion: null },
        { id: 'b', byRegion: [] },
        { id: 'c', byRegion: [{ code: 'KZ-10', actual: 1, target2026: 2 }] },
      ]).map((i) => i.id),
    ).toEqual(['c']);
  });
});

describe('forecast chart rows', () => {
  const JUNE = new Date('2026-06-15T06:00:00Z');
  const series = (from: string, to: string, f: (i: number) => number): MonthlyPoint[] =>
    monthsBetween(from, to).map((month, i, all) => ({ month, value: f(i), ...(i === all.length - 1 ? { partial: true } : {}) }));
  const targets = [
    { year: 2024, value: 150 },
    { year: 2025, value: 300 },
    { year: 2026, value: 420 },
  ];

  it('cumulative: levels to December 2026, the partial month apart, targets at each December, band after the last complete month', () => {
    const indicator = {
      cumulative: true,
      actuals: series('2024-01', '2026-06', (i) => 100 + 10 * i),
      targets,
      baseline: { year: 2023 as const, value: null },
    };
    const rows = forecastChartRows(indicator, assessIndicator(indicator, JUNE), '2026-12-31');
    expect(rows).toHaveLength(36);
    expect(rows[0]).toMatchObject({ month: '2024-01', actual: 100, partial: null, trend: null, band: null, target: null });
    expect(rows.find((r) => r.month === '2024-12')?.target).toBe(150);
    expect(rows.find((r) => r.month === '2026-06')).toMatchObject({ actual: null, partial: 390 });
    expect(rows.find((r) => r.month === '2026-05')?.band).toEqual([380, 380]);
    const dec = rows.at(-1);
    expect(dec?.month).toBe('2026-12');
    expect(dec?.trend).toBeCloseTo(450, 8);
    expect(dec?.target).toBe(420);
    expect(dec?.band?.[0]).toBeCloseTo(450, 8);
  });

  it('non-cumulative: 2026 running total, stopping at the month under way, projected to December', () => {
    const indicator = {
      cumulative: false,
      actuals: series('2025-01', '2026-06', () => 100),
      targets,
      baseline: { year: 2023 as const, value: null },
    };
    const rows = forecastChartRows(indicator, assessIndicator(indicator, JUNE), '2026-12-31');
    expect(rows.map((r) => r.month)).toEqual(monthsBetween('2026-01', '2026-12'));
    expect(rows.map((r) => r.actual)).toEqual([100, 200, 300, 400, 500, null, null, null, null, null, null, null]);
    expect(rows[5]?.partial).toBe(600);
    expect(rows[11]?.trend).toBeCloseTo(1200, 8);
    expect(rows.every((r) => r.target === 420)).toBe(true);
  });
});

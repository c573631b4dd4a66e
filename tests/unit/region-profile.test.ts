/** The numbers of a region page (src/features/regions/model/region-profile.ts). */
import { describe, expect, it } from 'vitest';
import type { DirectionStats, Kpi, MonthlyPoint } from '../../src/api/contract';
import { compareKpi, directionBreakdown, perCapitaTrend, trendFacts } from '../../src/features/regions/model/region-profile';

const kpi = (value: number | null, previous: number | null): Kpi => ({ metric: 'volunteers', value, previous, series: [] });
/** Ulytau's residents and the country's (/meta). */
const ULYTAU = { region: 218_993, nation: 20_495_975 };

describe('compareKpi', () => {
  it('puts the region against the country per 10 000 residents and as a share, beside its comparison value', () => {
    const c = compareKpi('volunteers', kpi(2441, 2246), kpi(329_273, 302_500), ULYTAU, { count: 20, perCapita: 17 });
    expect(c.value).toBe(2441);
    expect(c.perCapita).toBe(111.5);
    expect(c.nationalPerCapita).toBe(160.7);
    expect(c.perCapitaDigits).toBe(1);
    expect(c.shareOfNational).toBe(0.7);
    expect(c.rank).toBe(20);
    // Last by count, 17th per resident: the two ranks are told apart.
    expect(c.rankPerCapita).toBe(17);
    expect(c.previous).toBe(2246);
  });

  it('writes both rates with the decimals that tell small ones apart: two significant digits of the smaller', () => {
    // Ulytau's 15 organisations against the country's 851: 0.685 and 0.415 per 10 000 ("0.7 (national 0.4)" before).
    const organisations = compareKpi('organisations', kpi(15, 14), kpi(851, 800), ULYTAU, { count: 20, perCapita: 1 });
    expect(organisations).toMatchObject({ perCapita: 0.68, nationalPerCapita: 0.42, perCapitaDigits: 2 });
    // 0.049 ecology organisations per 10 000 in Astana: three decimals, the most.
    expect(
      compareKpi('organisations', kpi(8, 8), kpi(100, 90), { region: 1_638_233, nation: 20_495_975 }, { count: 1, perCapita: 1 }),
    ).toMatchObject({
      perCapita: 0.049,
      perCapitaDigits: 3,
    });
  });

  it('leaves out what cannot be computed', () => {
    const c = compareKpi('volunteers', kpi(null, 10), kpi(0, 0), { region: 1000, nation: 2000 }, { count: 4, perCapita: 3 });
    expect(c).toMatchObject({
      value: null,
      perCapita: null,
      nationalPerCapita: 0,
      shareOfNational: null,
      previous: 10,
      // Ranks with no figure of the region's to stand beside are not shown.
      rank: null,
      rankPerCapita: null,
    });
    const noShare = compareKpi('volunteers', kpi(5, 5), kpi(0, 0), { region: 1000, nation: 2000 }, { count: 1, perCapita: undefined });
    expect(noShare.shareOfNational).toBeNull();
    // An API that does not rank per resident.
    expect(noShare.rankPerCapita).toBeNull();
  });
});

describe('directionBreakdown', () => {
  const dir = (id: DirectionStats['id'], v: number | null, p: number | null): DirectionStats => ({
    id,
    values: { volunteers: v, organisations: null, projects: null, actions: null, peopleHelped: null, openRequests: null },
    previous: { volunteers: p, organisations: null, projects: null, actions: null, peopleHelped: null, openRequests: null },
  });

  it('gives each direction its share of the known total and its change', () => {
    const rows = directionBreakdown([dir('elderly', 300, 250), dir('ecology', 100, 100), dir('sport', null, 5)], 'volunteers');
    expect(rows).toEqual([
      { id: 'elderly', value: 300, share: 75, change: 20 },
      { id: 'ecology', value: 100, share: 25, change: 0 },
      { id: 'sport', value: null, share: null, change: null },
    ]);
  });

  it('rounds the shares so that they add up to 100, as on /directions: thirds are 33.4, 33.3 and 33.3', () => {
    const rows = directionBreakdown([dir('elderly', 100, 1), dir('ecology', 100, 1), dir('emergencies', 100, 1)], 'volunteers');
    expect(rows.map((r) => r.share)).toEqual([33.4, 33.3, 33.3]);
  });

  it('has no shares when the total is zero', () => {
    expect(directionBreakdown([dir('elderly', 0, 0)], 'volunteers')[0]).toEqual({ id: 'elderly', value: 0, share: null, change: null });
  });
});

describe('perCapitaTrend and trendFacts', () => {
  const series = (values: (number | null)[], partialLast = true): MonthlyPoint[] =>
    values.map((value, i) => ({
      month: `2026-${String(i + 1).padStart(2, '0')}`,
      value,
      ...(partialLast && i === values.length - 1 ? { partial: true } : {}),
    }));

  it('pairs region and country month by month per 10 000 residents, leaving out the month under way', () => {
    const points = perCapitaTrend(series([1000, 1100, 1200, 1250]), series([20_000, 21_000, 22_000, 23_000]), {
      region: 100_000,
      nation: 1_000_000,
    });
    expect(points).toEqual([
      { month: '2026-01', region: 100, national: 200 },
      { month: '2026-02', region: 110, national: 210 },
      { month: '2026-03', region: 120, national: 220 },
    ]);
  });

  it('keeps only months present in both series', () => {
    const national = series([20_000, 21_000, 22_000], false).slice(1);
    const points = perCapitaTrend(series([1000, 1100, 1200], false), national, { region: 100_000, nation: 1_000_000 });
    expect(points.map((p) => p.month)).toEqual(['2026-02', '2026-03']);
  });

  it('states the gap at the end and the change since the start', () => {
    const points = perCapitaTrend(series([1000, null, 1200, 1300]), series([20_000, 21_000, 22_000, 23_000]), {
      region: 100_000,
      nation: 1_000_000,
    });
    const facts = trendFacts(points);
    expect(facts?.first.month).toBe('2026-01');
    expect(facts?.last.month).toBe('2026-03');
    expect(facts?.gap).toBe(-100);
    expect(facts?.regionChange).toBe(20);
    expect(facts?.nationalChange).toBe(20);
  });

  it('says nothing about a trend of fewer than two points', () => {
    expect(trendFacts([])).toBeNull();
    expect(trendFacts([{ month: '2026-01', region: 1, national: 2 }])).toBeNull();
  });
});

/** The demo API's ranks of a region (mocks/responses.ts), as the region page's tiles show them. */
import { describe, expect, it } from 'vitest';
import { setDemoNow } from '../../mocks/clock';
import { getModel } from '../../mocks/model/cube';
import { metaBody, regionBody, regionsBody } from '../../mocks/responses';
import { METRIC_IDS, Meta, RegionDetail, RegionsResponse } from '../../src/api/contract';
import { mapMetricSpec, mapMetricValues } from '../../src/features/regions/model/map-metrics';
import { classify } from '../../src/lib/choropleth';
import { perResident } from '../../src/lib/view-state';

/** The demo's answers for the year to date on 6 December 2026, which has ties among the regions' rates. */
const yearToDate = () => {
  setDemoNow(new Date('2026-12-06T03:30:00Z'));
  const model = getModel();
  const meta = Meta().parse(metaBody(model));
  const query = { range: { from: '2026-01', to: '2026-12' }, compare: 'previous' } as const;
  return { model, meta, query, regions: RegionsResponse().parse(regionsBody(model, query, null)) };
};

describe('a region’s rank per resident (the demo API’s ranksPerResident)', () => {
  it('ranks by the figure per 10 000 residents as shown, one decimal, equal figures sharing a rank as on the map', () => {
    const { model, meta, query, regions } = yearToDate();
    const population = new Map(meta.regions.map((r) => [r.code, r.population]));
    const shown = new Map(
      regions.regions.map((r) => [r.code, Math.round(((r.values.volunteers ?? 0) / (population.get(r.code) ?? 1)) * 100_000) / 10]),
    );
    const ranks = new Map(
      meta.regions.map((r) => [r.code, RegionDetail().parse(regionBody(model, r.code, query)).ranksPerResident?.volunteers]),
    );
    for (const [code, figure] of shown) expect(ranks.get(code)).toBe(1 + [...shown.values()].filter((other) => other > figure).length);
    // The year to date on 6 December 2026 has two regions at the same figure: they share their rank.
    const figures = [...shown.values()];
    const tied = [...shown]
      .filter(([, figure]) => figures.indexOf(figure) !== figures.lastIndexOf(figure))
      .map(([code]) => ranks.get(code));
    expect(tied.length).toBeGreaterThanOrEqual(2);
    expect(new Set(tied).size).toBeLessThan(tied.length);
  });

  it("is the rank the map of that figure gives the region, for every count: organisations at 0.88 were 5th on a region's page and 9th on the map", () => {
    const { model, meta, query, regions } = yearToDate();
    const details = new Map(meta.regions.map((r) => [r.code, RegionDetail().parse(regionBody(model, r.code, query))]));
    for (const metric of METRIC_IDS) {
      const map = classify(mapMetricValues(perResident(metric), regions, meta.regions), {
        method: 'quantile',
        classes: 5,
        decimals: mapMetricSpec(perResident(metric)).decimals,
      });
      for (const r of meta.regions) expect(details.get(r.code)?.ranksPerResident?.[metric], `${metric} ${r.code}`).toBe(map.rankOf(r.code));
    }
  });
});

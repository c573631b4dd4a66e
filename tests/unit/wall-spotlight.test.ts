import { afterEach, describe, expect, it } from 'vitest';
import { setDemoNow } from '../../mocks/clock';
import { getModel } from '../../mocks/model/cube';
import { metaBody, regionBody } from '../../mocks/responses';
import { RegionDetail, Meta } from '../../src/api/contract';
import { summaryForRegion } from '../../src/features/regions/model/spotlight';

/** /meta and Ulytau Region's answer (218,993 residents) for 2026 to November, as the demo API gives them. */
const ulytau = () => {
  setDemoNow(new Date('2026-11-22T09:30:00Z'));
  const model = getModel();
  const meta = Meta().parse(metaBody(model));
  const detail = RegionDetail().parse(regionBody(model, 'KZ-62', { range: { from: '2026-01', to: '2026-11' }, compare: 'previous' }));
  return { meta, detail };
};

/** The answer with its count of volunteers replaced. */
const withVolunteers = (detail: RegionDetail, value: number): RegionDetail => ({
  ...detail,
  kpis: detail.kpis.map((k) => (k.metric === 'volunteers' ? { ...k, value } : k)),
});

afterEach(() => setDemoNow(null));

describe('wall region spotlight', () => {
  it('gives every KPI with its rank and the three largest directions, largest first', () => {
    const { meta, detail } = ulytau();
    const spotlight = summaryForRegion(detail, meta);
    expect(spotlight.kpis.map((k) => k.metric)).toEqual(meta.metrics.map((m) => m.id));
    for (const kpi of spotlight.kpis) expect(kpi.rank).toBe(detail.ranks[kpi.metric]);
    expect(spotlight.topDirections).toHaveLength(3);
    const values = spotlight.topDirections.map((d) => d.value ?? 0);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    const allVolunteers = detail.directions.map((d) => d.values.volunteers ?? 0);
    expect(values[0]).toBe(Math.max(...allVolunteers));
  });
});

describe('wall region spotlight with a figure that cannot be true', () => {
  it('shows more volunteers than residents as no figure and no rank, the other KPIs as they are', () => {
    const { meta, detail } = ulytau();
    const spotlight = summaryForRegion(withVolunteers(detail, 218_994), meta);
    expect(spotlight.kpis.find((k) => k.metric === 'volunteers')).toEqual({ metric: 'volunteers', value: null, rank: null });
    expect(spotlight.kpis.find((k) => k.metric === 'actions')?.value).toBe(detail.kpis.find((k) => k.metric === 'actions')?.value);
    // Exactly the population is possible.
    expect(summaryForRegion(withVolunteers(detail, 218_993), meta).kpis.find((k) => k.metric === 'volunteers')?.value).toBe(218_993);
  });
});

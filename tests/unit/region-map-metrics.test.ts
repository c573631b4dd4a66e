/** The values behind the regional map (src/features/regions/model/map-metrics.ts). */
import { describe, expect, it } from 'vitest';
import type { RegionStats } from '../../src/api/contract';
import { growthPercent, mapMetricValues, perCapita, regionMetricValue } from '../../src/features/regions/model/map-metrics';
import { createFormatter, roundAsShown } from '../../src/lib/i18n/format';
import { MAP_METRICS } from '../../src/lib/view-state';

const stats = (
  code: string,
  volunteers: number | null,
  previous: number | null,
  extra: Partial<RegionStats['values']> = {},
): RegionStats => ({
  code,
  values: { volunteers, organisations: 15, projects: 20, actions: 989, peopleHelped: 21958, openRequests: 42, ...extra },
  previous: { volunteers: previous, organisations: 14, projects: 18, actions: 962, peopleHelped: 21086, openRequests: 44 },
});

describe('per capita and growth', () => {
  it('counts per 10 000 residents', () => {
    expect(perCapita(2441, 218_993)).toBeCloseTo(111.4647, 3);
    expect(perCapita(0, 1000)).toBe(0);
  });

  it('has no per-capita value without a value or a population', () => {
    expect(perCapita(null, 1000)).toBeNull();
    expect(perCapita(5, 0)).toBeNull();
    expect(perCapita(5, undefined)).toBeNull();
  });

  it('gives growth in percent, and none from zero or unknown', () => {
    expect(growthPercent(110, 100)).toBeCloseTo(10, 10);
    expect(growthPercent(90, 100)).toBeCloseTo(-10, 10);
    expect(growthPercent(5, 0)).toBeNull();
    expect(growthPercent(null, 100)).toBeNull();
    expect(growthPercent(100, null)).toBeNull();
  });

  it('rounds to the shown decimals as the formatter writes them, without a negative zero', () => {
    expect(roundAsShown(111.4647, 1)).toBe(111.5);
    expect(roundAsShown(-0.04, 1)).toBe(0);
    expect(Object.is(roundAsShown(-0.04, 1), 0)).toBe(true);
    // A negative half: Math.round took it up (−2.2), the page writes −2,3; the table's value and its CSV follow the page.
    expect(roundAsShown(-2.25, 1)).toBe(-2.3);
    expect(createFormatter('ru').number(-2.25, { fractionDigits: 1 })).toBe('\u22122,3');
  });
});

describe('regionMetricValue', () => {
  const ulytau = stats('KZ-62', 2441, 2246);

  it('reads each map metric from the right field', () => {
    expect(regionMetricValue('volunteers', ulytau, 218_993)).toBe(2441);
    expect(regionMetricValue('organisations', ulytau, 218_993)).toBe(15);
    expect(regionMetricValue('projects', ulytau, 218_993)).toBe(20);
    expect(regionMetricValue('peopleHelped', ulytau, 218_993)).toBe(21958);
    expect(regionMetricValue('volunteersPer10k', ulytau, 218_993)).toBeCloseTo((2441 / 218_993) * 10_000, 9);
    expect(regionMetricValue('growth', ulytau, 218_993)).toBeCloseTo(((2441 - 2246) / 2246) * 100, 9);
  });

  it('gives every selectable metric a value or null, never NaN', () => {
    for (const metric of MAP_METRICS) {
      const v = regionMetricValue(metric, ulytau, 218_993);
      expect(v === null || Number.isFinite(v)).toBe(true);
    }
  });

  it('is "no data" when the region or its value is missing', () => {
    expect(regionMetricValue('volunteers', undefined, 1000)).toBeNull();
    const missing = stats('KZ-62', null, 2246);
    expect(regionMetricValue('volunteers', missing, 1000)).toBeNull();
    expect(regionMetricValue('volunteersPer10k', missing, 1000)).toBeNull();
    expect(regionMetricValue('growth', missing, 1000)).toBeNull();
    expect(regionMetricValue('growth', stats('KZ-62', 10, 0), 1000)).toBeNull();
  });
});

describe('mapMetricValues', () => {
  const regions = [
    { code: 'KZ-62', population: 218_993 },
    { code: 'KZ-75', population: 2_347_924 },
    { code: 'KZ-10', population: 596_000 },
  ];

  it('has one entry per region of meta, in meta order, missing ones as no data', () => {
    const response = { regions: [stats('KZ-75', 58_941, 55_000), stats('KZ-62', 2441, 2246), stats('KZ-99', 1, 1)] };
    expect(mapMetricValues('volunteers', response, regions)).toEqual([
      { code: 'KZ-62', value: 2441 },
      { code: 'KZ-75', value: 58_941 },
      { code: 'KZ-10', value: null },
    ]);
  });

  it('is all "no data" before the response arrives', () => {
    expect(mapMetricValues('volunteersPer10k', undefined, regions).map((v) => v.value)).toEqual([null, null, null]);
  });

  it('divides each region by its own population', () => {
    const response = { regions: [stats('KZ-75', 58_941, 55_000), stats('KZ-62', 2441, 2246)] };
    const per10k = mapMetricValues('volunteersPer10k', response, regions);
    expect(per10k[0]?.value).toBeCloseTo(111.46, 2);
    expect(per10k[1]?.value).toBeCloseTo(251.03, 2);
  });
});

describe('figures no region could have', () => {
  it('takes more volunteers than residents as "no data" on every volunteers metric, the other metrics kept', () => {
    const regions = [
      { code: 'KZ-62', population: 218_993 },
      { code: 'KZ-71', population: 1_638_233 },
    ];
    const response = { regions: [stats('KZ-62', 218_994, 2_000), stats('KZ-71', 60_000, 2_000_000)] };
    expect(mapMetricValues('volunteers', response, regions)).toEqual([
      { code: 'KZ-62', value: null },
      { code: 'KZ-71', value: 60_000 },
    ]);
    expect(mapMetricValues('volunteersPer10k', response, regions)[0]?.value).toBeNull();
    // Growth from a comparison figure above the population is no growth anyone can read.
    expect(mapMetricValues('growth', response, regions).map((v) => v.value)).toEqual([null, null]);
    expect(mapMetricValues('actions', response, regions).map((v) => v.value)).toEqual([989, 989]);
    // Exactly the population is possible, if unlikely.
    expect(mapMetricValues('volunteers', { regions: [stats('KZ-62', 218_993, 1)] }, regions)[0]?.value).toBe(218_993);
  });
});

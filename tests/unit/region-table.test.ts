/** Rows, national total and sort of the regions table (src/features/regions/model/region-table.ts). */
import { describe, expect, it } from 'vitest';
import type { RegionStats } from '../../src/api/contract';
import {
  buildNationalRow,
  buildRegionRows,
  formatTableSort,
  parseTableSort,
  perCapitaDecimals,
  regionsApartFromCountry,
} from '../../src/features/regions/model/region-table';
import { mapMetricSpec } from '../../src/features/regions/model/map-metrics';
import { perResident } from '../../src/lib/view-state';

const stats = (code: string, volunteers: number | null, previous: number | null, actions: number | null = 100): RegionStats => ({
  code,
  values: { volunteers, organisations: 10, projects: 20, actions, peopleHelped: 1000, openRequests: 5 },
  previous: { volunteers: previous, organisations: 9, projects: 18, actions: 90, peopleHelped: 900, openRequests: 6 },
});

const regions = [
  { code: 'KZ-62', name: 'Ulytau Region', population: 218_993, populationEstimated: false },
  { code: 'KZ-75', name: 'Almaty', population: 2_347_924, populationEstimated: false },
];
const response = { regions: [stats('KZ-62', 2441, 2246), stats('KZ-75', 58_941, 55_000)] };

describe('buildRegionRows', () => {
  it('shows counts as they are and growth with one decimal', () => {
    const [ulytau] = buildRegionRows(response, regions, { perCapita: null });
    expect(ulytau).toMatchObject({ code: 'KZ-62', name: 'Ulytau Region', population: 218_993, populationEstimated: false });
    const estimated = buildRegionRows(
      response,
      [{ code: 'KZ-62', name: 'Ulytau Region', population: 218_993, populationEstimated: true }],
      {
        perCapita: null,
      },
    )[0];
    expect(estimated?.populationEstimated).toBe(true);
    expect(ulytau?.values.volunteers).toBe(2441);
    expect(ulytau?.values.actions).toBe(100);
    expect(ulytau?.values.growth).toBe(8.7); // (2441 − 2246) / 2246 = 8.68 %
  });

  it('rounds a fall of exactly −2.25 % as the page writes it, −2.3, not to −2.2 (Math.round takes halves up)', () => {
    const [fall] = buildRegionRows({ regions: [stats('KZ-62', 391, 400)] }, regions.slice(0, 1), { perCapita: null });
    expect(fall?.values.growth).toBe(-2.3);
  });

  it('turns every count into a rate per 10 000 residents, growth unchanged', () => {
    const [ulytau, almaty] = buildRegionRows(response, regions, { perCapita: perCapitaDecimals(response, regions) });
    expect(ulytau?.values.volunteers).toBe(111.5);
    // Two decimals down the column: Almaty's 10 organisations are 0.04 per 10 000.
    expect(ulytau?.values.organisations).toBe(0.46);
    expect(almaty?.values.organisations).toBe(0.04);
    expect(ulytau?.values.growth).toBe(8.7);
    expect(almaty?.values.volunteers).toBe(251);
  });

  it('gives a column per 10 000 residents the decimals its smallest rate needs not to read as zero, total row included', () => {
    // Astana's 8 ecology organisations among 1.6 million residents: 0.049 per 10 000, shown "0,0" before.
    const few = {
      regions: [
        { ...stats('KZ-62', 2441, 2246), values: { ...stats('KZ-62', 2441, 2246).values, organisations: 3 } },
        { ...stats('KZ-75', 58_941, 55_000), values: { ...stats('KZ-75', 58_941, 55_000).values, organisations: 11 } },
      ],
    };
    const decimals = perCapitaDecimals(few, regions);
    expect(decimals.organisations).toBe(2);
    expect(decimals.volunteers).toBe(1);
    const [ulytau, almaty] = buildRegionRows(few, regions, { perCapita: decimals });
    expect(almaty?.values.organisations).toBe(0.05); // 11 / 2 347 924 × 10 000 = 0.047
    expect(ulytau?.values.organisations).toBe(0.14);
    expect(ulytau?.values.volunteers).toBe(111.5);
    const total = buildNationalRow(few, regions, { perCapita: decimals, name: 'Total' });
    expect(total.values.organisations).toBe(0.05); // 14 / 2 566 917 × 10 000 = 0.055 → 0.05 (toFixed of 0.0545…)
  });

  it('writes each rate with at least the decimals the map beside it gives it: organisations 0.35 and 0.43, not 0.4 and 0.4', () => {
    // Organisations are about 0.3–0.9 per 10 000 in every region: at one decimal the table read alike where the map told them apart.
    const close = {
      regions: [
        { ...stats('KZ-62', 2441, 2246), values: { ...stats('KZ-62', 2441, 2246).values, organisations: 8 } },
        { ...stats('KZ-75', 58_941, 55_000), values: { ...stats('KZ-75', 58_941, 55_000).values, organisations: 100 } },
      ],
    };
    const decimals = perCapitaDecimals(close, regions);
    for (const metric of ['volunteers', 'organisations', 'projects', 'actions', 'peopleHelped', 'openRequests'] as const)
      expect(decimals[metric], metric).toBeGreaterThanOrEqual(mapMetricSpec(perResident(metric)).decimals);
    const [ulytau, almaty] = buildRegionRows(close, regions, { perCapita: decimals });
    expect(ulytau?.values.organisations).toBe(0.37); // 8 / 218 993 × 10 000 = 0.365
    expect(almaty?.values.organisations).toBe(0.43); // 100 / 2 347 924 × 10 000 = 0.426
  });

  it('lists every region of meta even when the response lacks one', () => {
    const rows = buildRegionRows({ regions: [stats('KZ-75', 1, 1)] }, regions, { perCapita: null });
    expect(rows.map((r) => r.code)).toEqual(['KZ-62', 'KZ-75']);
    expect(Object.values(rows[0]?.values ?? {})).toEqual(Array(7).fill(null));
  });
});

describe('buildNationalRow', () => {
  it('sums the regions', () => {
    const total = buildNationalRow(response, regions, { perCapita: null, name: 'Kazakhstan total' });
    expect(total.name).toBe('Kazakhstan total');
    expect(total.values.volunteers).toBe(2441 + 58_941);
    expect(total.values.actions).toBe(200);
    expect(total.population).toBe(218_993 + 2_347_924);
    expect(total.values.growth).toBe(Math.round(((2441 + 58_941) / (2246 + 55_000) - 1) * 1000) / 10);
  });

  it('divides per capita by the national population when given', () => {
    const total = buildNationalRow(response, regions, {
      perCapita: perCapitaDecimals(response, regions, 20_495_975),
      name: 'Total',
      population: 20_495_975,
    });
    expect(total.population).toBe(20_495_975);
    expect(total.values.volunteers).toBe(Math.round(((2441 + 58_941) / 20_495_975) * 100_000) / 10);
  });

  it('has no total for a metric some region lacks, rather than a partial sum', () => {
    const partial = { regions: [stats('KZ-62', 2441, 2246, null), stats('KZ-75', 58_941, 55_000)] };
    const total = buildNationalRow(partial, regions, { perCapita: null, name: 'Total' });
    expect(total.values.actions).toBeNull();
    expect(total.values.volunteers).toBe(61_382);
  });
});

describe('table sort in the URL', () => {
  it('reads and writes "-volunteers" and "name"', () => {
    expect(parseTableSort('-volunteers')).toEqual({ column: 'volunteers', descending: true });
    expect(parseTableSort('name')).toEqual({ column: 'name', descending: false });
    expect(formatTableSort({ column: 'growth', descending: true })).toBe('-growth');
    expect(parseTableSort(formatTableSort({ column: 'population', descending: false }))).toEqual({
      column: 'population',
      descending: false,
    });
  });

  it('ignores a column that does not exist', () => {
    expect(parseTableSort('-<script>')).toBeNull();
    expect(parseTableSort('')).toBeNull();
    expect(parseTableSort(null)).toBeNull();
  });
});

describe('regionsApartFromCountry', () => {
  // The two regions' sums: volunteers 61,382, organisations 20, projects 40, actions 200, people helped 2,000, open requests 10.
  const country = { volunteers: 61_382, organisations: 20, projects: 40, actions: 200, peopleHelped: 2000, openRequests: 10 };

  it('finds nothing when the regions add up to the country, or lie within 5 % of it', () => {
    expect(regionsApartFromCountry(response, regions, country)).toEqual([]);
    // A volunteer active in two regions counts in each: 4.9 % more in the regions passes.
    expect(regionsApartFromCountry(response, regions, { ...country, volunteers: Math.round(61_382 / 1.049) })).toEqual([]);
  });

  it('names each metric whose sum lies further off, with both figures', () => {
    expect(regionsApartFromCountry(response, regions, { ...country, volunteers: 20_000, actions: 211 })).toEqual([
      { metric: 'volunteers', regions: 61_382, country: 20_000 },
      { metric: 'actions', regions: 200, country: 211 },
    ]);
    expect(regionsApartFromCountry(response, regions, { ...country, openRequests: 0 })).toEqual([
      { metric: 'openRequests', regions: 10, country: 0 },
    ]);
  });

  it('compares nothing a side has no figure for: a region without one, the country without one, no answer', () => {
    const partial = { regions: [stats('KZ-62', null, 2246), stats('KZ-75', 58_941, 55_000)] };
    expect(regionsApartFromCountry(partial, regions, { ...country, volunteers: 1 })).toEqual([]);
    expect(regionsApartFromCountry(response, regions, { ...country, volunteers: null })).toEqual([]);
    expect(regionsApartFromCountry(undefined, regions, country)).toEqual([]);
  });
});

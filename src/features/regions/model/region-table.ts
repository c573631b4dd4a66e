/**
 * Rows of the regions table (/regions): every metric for every region, as counts or per 10 000
 * residents, the growth in volunteers, and the national total row. Values are rounded here to what the
 * table shows, so the CSV download (which takes these values) holds exactly the numbers on screen.
 *
 * Pure and DOM-free, unit-tested (tests/unit/region-table.test.ts).
 */
import { METRIC_IDS, PER_RESIDENT_DECIMALS, type MetricId, type RegionStats, type RegionsResponse } from '../../../api/contract';
import { rateFractionDigits, roundAsShown } from '../../../lib/i18n/format';
import { GROWTH_DECIMALS, growthPercent, perCapita, statsByCode } from './map-metrics';

export type TableMetric = MetricId | 'growth';
export const TABLE_METRICS: readonly TableMetric[] = [...METRIC_IDS, 'growth'];

/** Code of the national total row (not an ISO code, so it can never clash with a region). */
export const NATIONAL_CODE = 'KZ';

export interface RegionTableRow {
  code: string;
  name: string;
  population: number | null;
  /** No published figure confirmed the population (meta's `populationEstimated`): shown as approximate. */
  populationEstimated: boolean;
  values: Record<TableMetric, number | null>;
}

export interface TableRegion {
  code: string;
  name: string;
  population: number;
  populationEstimated: boolean;
}

/** Per metric, the decimals of its column per 10 000 residents (counts have none). */
export type PerCapitaDecimals = Readonly<Record<MetricId, number>>;

/**
 * Decimals of each column per 10 000 residents: the map's for that count (PER_RESIDENT_DECIMALS, one or
 * two), or as many as its smallest rate needs not to read as zero (8 ecology organisations in Astana are 0.049 per 10 000: "0,05", not "0,0"). Taken over the
 * regions and the country's own rate, so the total row is written like the rows above it.
 */
export const perCapitaDecimals = (
  response: Pick<RegionsResponse, 'regions'> | undefined,
  regions: ReadonlyArray<TableRegion>,
  nationalPopulation?: number,
): PerCapitaDecimals => {
  const byCode = statsByCode(response, regions);
  const population = nationalPopulation ?? regions.reduce((s, r) => s + r.population, 0);
  const decimals = {} as Record<MetricId, number>;
  for (const metric of METRIC_IDS) {
    let total = 0;
    const rates = regions.map((region) => {
      const value = byCode.get(region.code)?.values[metric] ?? null;
      total += value ?? 0;
      return value === null ? null : perCapita(value, region.population);
    });
    decimals[metric] = rateFractionDigits([...rates, population > 0 ? perCapita(total, population) : null], PER_RESIDENT_DECIMALS[metric]);
  }
  return decimals;
};

const shown = (
  metric: TableMetric,
  value: number | null,
  population: number | null,
  perCapitaDecimalsOf: PerCapitaDecimals | null,
): number | null => {
  if (value === null) return null;
  if (metric === 'growth') return roundAsShown(value, GROWTH_DECIMALS);
  if (!perCapitaDecimalsOf) return value;
  return roundAsShown(perCapita(value, population), perCapitaDecimalsOf[metric]);
};

/** One row per region of `regions` (all of them, in that order); a region missing from the response has no data. */
export function buildRegionRows(
  response: Pick<RegionsResponse, 'regions'> | undefined,
  regions: ReadonlyArray<TableRegion>,
  /** Per 10 000 residents, each column with its decimals; counts when null. */
  options: { perCapita: PerCapitaDecimals | null },
): RegionTableRow[] {
  const byCode = statsByCode(response, regions);
  return regions.map((region) => {
    const stats = byCode.get(region.code);
    const values = {} as Record<TableMetric, number | null>;
    for (const metric of METRIC_IDS) values[metric] = shown(metric, stats?.values[metric] ?? null, region.population, options.perCapita);
    values.growth = shown('growth', growthPercent(stats?.values.volunteers ?? null, stats?.previous.volunteers ?? null), null, null);
    return { code: region.code, name: region.name, population: region.population, populationEstimated: region.populationEstimated, values };
  });
}

type StatsByCode = ReturnType<typeof statsByCode>;

/** The sum of a figure over `regions`, or null when any region lacks it (a partial sum would pass for the country's figure). */
const sumOverRegions = (
  byCode: StatsByCode,
  regions: ReadonlyArray<TableRegion>,
  pick: (s: RegionStats) => number | null,
): number | null => {
  let total = 0;
  for (const region of regions) {
    const stats = byCode.get(region.code);
    const v = stats ? pick(stats) : null;
    if (v === null) return null;
    total += v;
  }
  return regions.length ? total : null;
};

/**
 * The national total: the sum over the regions of `regions`, or "no data" for a metric when any region
 * lacks it. Per capita divides by `population` (meta's national population, the same figure the region
 * pages compare against), else by the regions' sum.
 */
export function buildNationalRow(
  response: Pick<RegionsResponse, 'regions'> | undefined,
  regions: ReadonlyArray<TableRegion>,
  options: { perCapita: PerCapitaDecimals | null; name: string; population?: number },
): RegionTableRow {
  const byCode = statsByCode(response, regions);
  const sum = (pick: (s: RegionStats) => number | null) => sumOverRegions(byCode, regions, pick);
  const population = options.population ?? (regions.length ? regions.reduce((s, r) => s + r.population, 0) : null);
  const values = {} as Record<TableMetric, number | null>;
  for (const metric of METRIC_IDS)
    values[metric] = shown(
      metric,
      sum((s) => s.values[metric] ?? null),
      population,
      options.perCapita,
    );
  values.growth = shown(
    'growth',
    growthPercent(
      sum((s) => s.values.volunteers ?? null),
      sum((s) => s.previous.volunteers ?? null),
    ),
    null,
    null,
  );
  return { code: NATIONAL_CODE, name: options.name, population, populationEstimated: false, values };
}

/**
 * How far the regions' sum may lie from the API's own figure for the whole country before the table says
 * the two disagree. Not zero: a volunteer or an organisation active in two regions counts in each of them
 * and once in the country's figure. A region's figures tripled, or a region's missing, lie far outside it.
 */
export const SUM_TOLERANCE = 0.05;

/** A metric whose regions' sum and country's figure disagree (beyond SUM_TOLERANCE). */
export interface SumApart {
  metric: MetricId;
  regions: number;
  country: number;
}

/**
 * The metrics whose sum over `regions` (the total row's counts) disagrees with `country`, the API's figure
 * for the whole country for the same period (and direction): one of the two answers is wrong, and the
 * total row would otherwise contradict the overview's tiles without a word. Metrics without a figure on
 * either side are not compared.
 */
export function regionsApartFromCountry(
  response: Pick<RegionsResponse, 'regions'> | undefined,
  regions: ReadonlyArray<TableRegion>,
  country: Partial<Record<MetricId, number | null>>,
): SumApart[] {
  if (!response) return [];
  const byCode = statsByCode(response, regions);
  const apart: SumApart[] = [];
  for (const metric of METRIC_IDS) {
    const sum = sumOverRegions(byCode, regions, (s) => s.values[metric] ?? null);
    const whole = country[metric];
    if (sum === null || whole === null || whole === undefined) continue;
    if (Math.abs(sum - whole) > SUM_TOLERANCE * whole || (whole === 0 && sum > 0)) apart.push({ metric, regions: sum, country: whole });
  }
  return apart;
}

/** Sort of the table as written in the URL: "volunteers" (ascending) or "-volunteers" (descending). */
export interface TableSort {
  column: string;
  descending: boolean;
}

const SORTABLE = new Set<string>(['name', 'population', ...TABLE_METRICS]);

export const parseTableSort = (raw: string | null): TableSort | null => {
  if (!raw) return null;
  const descending = raw.startsWith('-');
  const column = descending ? raw.slice(1) : raw;
  return SORTABLE.has(column) ? { column, descending } : null;
};

export const formatTableSort = (sort: TableSort): string => `${sort.descending ? '-' : ''}${sort.column}`;

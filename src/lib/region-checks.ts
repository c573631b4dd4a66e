/**
 * Checks of the API's figures by region against its own list of regions (/meta), for a panel given both
 * answers. Read from the answers' shapes, as a panel is given them: /meta's regions have names and
 * populations, the statistics' regions (/regions) have values, a region's own answer (/regions/{code}) has
 * its code and KPIs, the roadmap's indicators have `byRegion`.
 * - Figures for a region the list does not have: every view is built from that list, so they were dropped
 *   without a word, and the region they were meant for (a code mistyped, "KZ-99" for "KZ-62") showed "no data".
 * - More volunteers than residents: each figure alone is a plausible count, so the contract lets it through,
 *   and a map per 10 000 residents showed a region at 228,000; the country's own figure (/summary) likewise.
 *   The views take such a figure as "no data" (`plausibleStats`, `plausibleKpi`), as the contract takes a
 *   negative count, and the panel says why.
 */

import type { Kpi, MetricId, RegionStats } from '../api/contract';

/** A count of volunteers no region could have: more than its residents. */
export const isMoreThanResidents = (volunteers: number | null | undefined, population: number | null | undefined): boolean =>
  typeof volunteers === 'number' && typeof population === 'number' && population > 0 && volunteers > population;

/**
 * A region's figures (/regions) with a count of volunteers above its population, now or compared with, as
 * "no data"; the country's by direction (/directions) the same against the country's residents.
 */
export const plausibleStats = <S extends Pick<RegionStats, 'values' | 'previous'>>(stats: S, population: number | undefined): S => {
  const values = isMoreThanResidents(stats.values.volunteers, population);
  const previous = isMoreThanResidents(stats.previous.volunteers, population);
  if (!values && !previous) return stats;
  return {
    ...stats,
    values: values ? { ...stats.values, volunteers: null } : stats.values,
    previous: previous ? { ...stats.previous, volunteers: null } : stats.previous,
  };
};

/** A region's KPI (/regions/{code}) the same way: its count of volunteers, now or compared with, "no data" above its population. */
export const plausibleKpi = (kpi: Kpi | undefined, population: number | undefined): Kpi | undefined => {
  if (!kpi || kpi.metric !== 'volunteers') return kpi;
  const value = isMoreThanResidents(kpi.value, population);
  const previous = isMoreThanResidents(kpi.previous, population);
  return value || previous ? { ...kpi, value: value ? null : kpi.value, previous: previous ? null : kpi.previous } : kpi;
};

/** The KPI of `metric` in an answer (the country's or a region's), with an impossible count of volunteers as "no data". */
export const plausibleKpiOf = (
  answer: { kpis: readonly Kpi[] } | undefined,
  metric: MetricId,
  population: number | undefined,
): Kpi | undefined =>
  plausibleKpi(
    answer?.kpis.find((k) => k.metric === metric),
    population,
  );

type Row = Record<string, unknown>;

const rowsOf = (value: unknown): Row[] =>
  Array.isArray(value) ? value.filter((row): row is Row => typeof row === 'object' && row !== null) : [];

const field = (data: unknown, key: string): unknown => (typeof data === 'object' && data !== null ? (data as Row)[key] : undefined);

/** /meta's regions, by code with their populations, if `data` is that answer. */
const listedRegions = (data: unknown): Map<string, number | null> | null => {
  const regions = rowsOf(field(data, 'regions'));
  if (regions.length === 0 || !regions.every((r) => 'name' in r && typeof r.code === 'string')) return null;
  return new Map(regions.map((r) => [r.code as string, typeof r.population === 'number' ? r.population : null]));
};

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
/** The larger of a figure now and compared with: either may be the one no region could have. */
const larger = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));
/** The volunteers KPI of an answer's KPIs (a region's own, or the country's), if it has one. */
const volunteersKpiIn = (data: unknown): Row | undefined => rowsOf(field(data, 'kpis')).find((k) => k.metric === 'volunteers');
/** A KPI's count, now or compared with, the larger. */
const kpiCount = (kpi: Row): number | null => larger(num(kpi.value), num(kpi.previous));

/** The regions `data` has figures for, with its count of volunteers where it gives one (none when it is /meta). */
const figuresByRegion = (data: unknown): { code: string; volunteers: number | null }[] => {
  const volunteersIn = (values: unknown): number | null => num(field(values, 'volunteers'));
  const stats = rowsOf(field(data, 'regions'))
    .filter((r) => 'values' in r)
    .map((r) => ({ code: r.code, volunteers: larger(volunteersIn(r.values), volunteersIn(r.previous)) }));
  // The roadmap's answer splits some of its indicators by region.
  const roadmap = rowsOf(field(data, 'indicators'))
    .flatMap((indicator) => rowsOf(indicator.byRegion))
    .map((r) => ({ code: r.code, volunteers: null }));
  const code = field(data, 'code');
  const kpi = volunteersKpiIn(data);
  const own = typeof code === 'string' && kpi ? [{ code, volunteers: kpiCount(kpi) }] : [];
  return [...stats, ...roadmap, ...own].flatMap(({ code, volunteers }) => (typeof code === 'string' ? [{ code, volunteers }] : []));
};

export interface RegionFindings {
  /** Codes, in the order first met, of figures for regions the list does not have. */
  unlisted: string[];
  /** Codes of listed regions given more volunteers than their population. */
  moreVolunteersThanResidents: string[];
  /** The country given more volunteers than its population (/summary: 9,900,000,000 volunteers, "up 3,307,131.8 %"). */
  countryMoreVolunteersThanResidents: boolean;
}

const NOTHING: RegionFindings = { unlisted: [], moreVolunteersThanResidents: [], countryMoreVolunteersThanResidents: false };

/** /meta's population of the whole country, if `data` is that answer. */
const nationalPopulationIn = (data: unknown): number | null => {
  const population = field(data, 'nationalPopulation');
  return listedRegions(data) !== null && typeof population === 'number' ? population : null;
};

/** The country's count of volunteers, now or compared with (the larger), if `data` is the country's answer (/summary). */
const countryVolunteersIn = (data: unknown): number | null => {
  const kpi = field(data, 'code') === undefined ? volunteersKpiIn(data) : undefined;
  return kpi ? kpiCount(kpi) : null;
};

/** What is wrong with the figures by region in `answers`, against /meta's answer among them (nothing without it). */
export const checkRegionFigures = (answers: readonly unknown[]): RegionFindings => {
  const listed = answers.map(listedRegions).find((regions) => regions !== null);
  if (!listed) return NOTHING;
  const nationalPopulation = answers.map(nationalPopulationIn).find((p) => p !== null) ?? null;
  const country = answers.some((answer) => isMoreThanResidents(countryVolunteersIn(answer), nationalPopulation));
  const unlisted = new Set<string>();
  const overPopulation = new Set<string>();
  for (const answer of answers)
    for (const { code, volunteers } of figuresByRegion(answer)) {
      if (!listed.has(code)) unlisted.add(code);
      const population = listed.get(code);
      if (isMoreThanResidents(volunteers, population)) overPopulation.add(code);
    }
  if (unlisted.size === 0 && overPopulation.size === 0 && !country) return NOTHING;
  return { unlisted: [...unlisted], moreVolunteersThanResidents: [...overPopulation], countryMoreVolunteersThanResidents: country };
};

/** A region's name in `locale` from /meta's answer among `answers`; the code where there is none. */
export const regionNameIn = (answers: readonly unknown[], code: string, locale: string): string => {
  for (const answer of answers) {
    if (!listedRegions(answer)) continue;
    const name = field(rowsOf(field(answer, 'regions')).find((r) => r.code === code)?.name, locale);
    if (typeof name === 'string') return name;
  }
  return code;
};

// Response bodies of the demo API, built from the model for already-validated parameters (no HTTP here).
import { DIRECTION_IDS, METRIC_IDS, PER_RESIDENT_DECIMALS } from '../src/api/contract';
import type {
  ActivityFeed,
  NameLanguage,
  Comparison,
  DirectionId,
  DirectionsResponse,
  DirectionStats,
  Kpi,
  Meta,
  MetricId,
  MetricValues,
  Month,
  Organization,
  OrganizationSort,
  OrganizationsPage,
  PeriodRange,
  RegionCode,
  RegionDetail,
  RegionsResponse,
  Roadmap,
  Summary,
  TimeSeries,
} from '../src/api/contract';
import { compareCodeUnits, compareText } from '../src/lib/i18n/collate';
import { roundAsShown } from '../src/lib/i18n/format';
import { addMonths, comparisonRange, sameSpan, type SameSpan } from '../src/lib/months';
import { recentEvents, todayCounts } from './model/activity';
import type { DemoModel } from './model/cube';
import { REGION_CODES, REGION_UNITS, type RegionUnit } from './model/geography';
import { buildMeta } from './model/meta';
import { organisationsAt } from './model/organisations';
import { simplifyKazakhLetters } from './model/organisation-names';
import { buildRoadmap } from './model/roadmap';

/** Months in a KPI sparkline: two years up to the end of the selected period. */
export const SERIES_MONTHS = 24;

export interface PeriodQuery {
  range: PeriodRange;
  compare: Comparison;
}

/**
 * A period and the one it is compared with, as the responses state them: one that ends in the current
 * month runs to today, and its comparison to the same point of its own last month (`sameSpan`).
 */
const periodsOf = (model: DemoModel, { range, compare }: PeriodQuery): SameSpan =>
  sameSpan(range, comparisonRange(range, compare), model.now);

const metricValues = (
  model: DemoModel,
  range: PeriodRange,
  region: RegionCode | null,
  direction: DirectionId | null,
  lastMonthShare = 1,
): MetricValues => {
  const out = {} as Record<MetricId, number | null>;
  for (const m of METRIC_IDS) out[m] = model.periodValue(m, range, region, direction, lastMonthShare);
  return out;
};

const kpis = (model: DemoModel, { period, comparison, comparisonShare }: SameSpan, region: RegionCode | null): Kpi[] =>
  METRIC_IDS.map((metric) => ({
    metric,
    value: model.periodValue(metric, period, region),
    previous: model.periodValue(metric, comparison, region, null, comparisonShare),
    series: model.series(metric, addMonths(period.to, -(SERIES_MONTHS - 1)), period.to, region),
  }));

const directionStats = (model: DemoModel, { period, comparison, comparisonShare }: SameSpan, region: RegionCode | null): DirectionStats[] =>
  DIRECTION_IDS.map((id) => ({
    id,
    values: metricValues(model, period, region, id),
    previous: metricValues(model, comparison, region, id, comparisonShare),
  }));

export const metaBody = (model: DemoModel): Meta => buildMeta(model);

export const summaryBody = (model: DemoModel, query: PeriodQuery): Summary => {
  const periods = periodsOf(model, query);
  return { asOf: model.asOf, period: periods.period, comparison: periods.comparison, kpis: kpis(model, periods, null) };
};

export const regionsBody = (model: DemoModel, query: PeriodQuery, direction: DirectionId | null): RegionsResponse => {
  const { period, comparison, comparisonShare } = periodsOf(model, query);
  return {
    asOf: model.asOf,
    period,
    comparison,
    direction,
    regions: REGION_CODES.map((code) => ({
      code,
      values: metricValues(model, period, code, direction),
      previous: metricValues(model, comparison, code, direction, comparisonShare),
    })),
  };
};

/**
 * Rank of `code` among all regions by the period value of `metric`: 1 = highest, nulls last. Regions with
 * the same value share a rank (Akmola and Jetisu at 54 projects are both 16th), as the map's ranking has
 * them; ties broken by code made one of them 17th on its own page.
 */
const rankOf = (model: DemoModel, metric: MetricId, range: PeriodRange, code: RegionCode): number => {
  const value = (c: RegionCode) => model.periodValue(metric, range, c) ?? -1;
  const own = value(code);
  return 1 + REGION_CODES.filter((c) => value(c) > own).length;
};

/**
 * Rank of `code` by the value per 10 000 residents as shown, to the decimals of PER_RESIDENT_DECIMALS:
 * regions with the same figure share a rank (two regions at 115.8 are both 16th), as the map's ranking of
 * that figure has them. At one decimal for every count, organisations at 0.88 were "5th" on a region's
 * page and 9th on the map beside it.
 */
const rankPerResidentOf = (model: DemoModel, metric: MetricId, range: PeriodRange, code: RegionCode): number => {
  const rate = (unit: RegionUnit): number => {
    const value = model.periodValue(metric, range, unit.code);
    return value === null ? -1 : roundAsShown((value / unit.population) * 10_000, PER_RESIDENT_DECIMALS[metric]);
  };
  const own = rate(REGION_UNITS.find((u) => u.code === code) ?? (REGION_UNITS[0] as RegionUnit));
  return 1 + REGION_UNITS.filter((u) => rate(u) > own).length;
};

export const regionBody = (model: DemoModel, code: RegionCode, query: PeriodQuery): RegionDetail => {
  const periods = periodsOf(model, query);
  const ranks = {} as Record<MetricId, number>;
  const ranksPerResident = {} as Record<MetricId, number>;
  for (const m of METRIC_IDS) {
    ranks[m] = rankOf(model, m, periods.period, code);
    ranksPerResident[m] = rankPerResidentOf(model, m, periods.period, code);
  }
  return {
    asOf: model.asOf,
    code,
    period: periods.period,
    comparison: periods.comparison,
    kpis: kpis(model, periods, code),
    ranks,
    ranksPerResident,
    directions: directionStats(model, periods, code),
  };
};

export const directionsBody = (model: DemoModel, region: RegionCode | null, query: PeriodQuery): DirectionsResponse => {
  const periods = periodsOf(model, query);
  return {
    asOf: model.asOf,
    period: periods.period,
    comparison: periods.comparison,
    region,
    directions: directionStats(model, periods, region),
  };
};

export const timeseriesBody = (
  model: DemoModel,
  metric: MetricId,
  region: RegionCode | null,
  direction: DirectionId | null,
  from: Month,
  to: Month,
): TimeSeries => ({ asOf: model.asOf, metric, region, direction, points: model.series(metric, from, to, region, direction) });

export const roadmapBody = (model: DemoModel): Roadmap => buildRoadmap(model);

export interface OrganizationQuery {
  region: RegionCode | null;
  direction: DirectionId | null;
  q: string;
  sort: OrganizationSort;
  /** Whose names "name" sorts by: the names the reader sees. */
  nameLang: NameLanguage;
  page: number;
  pageSize: number;
}

const comparator = (sort: OrganizationSort, lang: NameLanguage): ((a: Organization, b: Organization) => number) => {
  // The app's own alphabets, not Intl.Collator: Debian's Chromium, where the demo API runs in the page,
  // has no Kazakh collation (і came right after и, ү before ұ).
  const compareNames = compareText(lang);
  const byName = (a: Organization, b: Organization) => compareNames(a.name[lang], b.name[lang]) || compareCodeUnits(a.id, b.id);
  switch (sort) {
    case 'volunteers':
      return (a, b) => (a.volunteers ?? 0) - (b.volunteers ?? 0);
    case '-volunteers':
      return (a, b) => (b.volunteers ?? 0) - (a.volunteers ?? 0);
    case 'name':
      return byName;
    case '-name':
      return (a, b) => byName(b, a);
    case 'registered':
      return (a, b) => a.registered.localeCompare(b.registered);
    case '-registered':
      return (a, b) => b.registered.localeCompare(a.registered);
  }
};

/**
 * Lower-cased, with ё folded to е and Kazakh letters to the Russian ones registrations and keyboards put
 * for them (қ → к, ү → у …): people type "е" for "ё" and "Камкор" for «Қамқор», and search must not care.
 */
const fold = (s: string): string => simplifyKazakhLetters(s.toLocaleLowerCase('ru')).replaceAll('ё', 'е');

export const organizationsBody = (model: DemoModel, query: OrganizationQuery): OrganizationsPage => {
  const needle = fold(query.q.trim());
  const compare = comparator(query.sort, query.nameLang);
  const matching = organisationsAt(model)
    .filter(
      (o) =>
        (query.region === null || o.region === query.region) &&
        (query.direction === null || o.direction === query.direction) &&
        (needle === '' || fold(o.name.ru).includes(needle) || fold(o.name.kk).includes(needle)),
    )
    // The id as the last key makes pages stable: equal sizes or names never swap between requests.
    .sort((a, b) => compare(a, b) || a.id.localeCompare(b.id));
  const start = (query.page - 1) * query.pageSize;
  return {
    asOf: model.asOf,
    items: matching.slice(start, start + query.pageSize),
    page: query.page,
    pageSize: query.pageSize,
    total: matching.length,
  };
};

export const activityBody = (model: DemoModel, sinceMs: number, region: string | null = null): ActivityFeed => ({
  asOf: model.asOf,
  events: recentEvents(model, sinceMs, region),
  today: todayCounts(model, region),
});

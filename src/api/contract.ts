/**
 * API contract v1 of Front-Office Monitor, defined once.
 *
 * The ministry's API and our demo API (mocks/) both speak this contract. TypeScript types are inferred
 * from these schemas, the client validates every response against them, and the OpenAPI 3.1 document
 * (public/openapi.json) is generated from them (src/api/openapi.ts), so the three cannot drift apart.
 */
// Before any schema is built: no eval probe under the strict CSP, English messages.
import { cutToCharacters, withoutDirectionControls } from '../lib/plain-text';
import '../lib/zod-config';
import * as z from 'zod/mini';

/**
 * A schema built the first time it is asked for, and then kept. The answers' schemas are built this way:
 * all of them built as the app started were one task of 25–77 ms at 1× CPU on a phone-sized page
 * (profiled), the page unable to answer a click meanwhile; now each is built when its first answer
 * arrives, in that answer's task. The parameters' schemas, which the URL is read with as the app starts,
 * are built at once.
 */
const once = <T>(build: () => T): (() => T) => {
  let built: T | undefined;
  return () => (built ??= build());
};

/**
 * An object with one field per key of `keys`, each of `value`. Not `z.record`: with an enum of keys that
 * rejects the whole answer for a key it does not know, so an API that starts counting a new activity
 * type or metric would stop every panel that reads the answer. Unknown keys are dropped instead.
 */
const fieldsOf = <K extends string, V extends z.ZodMiniType>(keys: readonly K[], value: V) =>
  z.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, V>);

/**
 * A list whose items are told apart by `idOf`: the same id twice is a lying answer, not more data (the
 * roadmap counted 16 indicators of 8, and rows keyed by id lingered after the API was mended).
 */
const listOf = <T extends z.ZodMiniType>(item: T, idOf: (item: z.output<T>) => string) =>
  z.array(item).check(
    z.superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((entry, index) => {
        const id = idOf(entry);
        if (seen.has(id)) ctx.addIssue({ code: 'custom', message: 'an id already listed above', path: [index], input: entry });
        seen.add(id);
      });
    }),
  );

/** ISO 3166-2:KZ code of one of the 20 first-level units, e.g. "KZ-62". */
export const RegionCode = z
  .string()
  .check(z.regex(/^KZ-\d{2}$/, 'an ISO 3166-2:KZ code such as KZ-62'))
  .register(z.globalRegistry, { id: 'RegionCode', description: 'ISO 3166-2:KZ code, e.g. "KZ-62"' });
export type RegionCode = z.infer<typeof RegionCode>;

/** A calendar month as "YYYY-MM". */
export const Month = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM'))
  .register(z.globalRegistry, { id: 'Month', description: 'A calendar month, "YYYY-MM"' });
export type Month = z.infer<typeof Month>;

/**
 * The most characters of any one text from the API that are shown; the rest is cut, with "…". A name of
 * 10,000 characters made a region's heading 7,459 px tall and each of its tiles 23,510 px, and named the
 * browser's tab; the longest real texts (the roadmap's measures) are well under it.
 */
export const MAX_TEXT_CHARACTERS = 300;

/** Text to be shown, as received but without the characters that set the direction of what follows them (lib/plain-text), cut to its length. */
const Text = () =>
  z.pipe(
    z.string(),
    z.transform((text) => cutToCharacters(withoutDirectionControls(text), MAX_TEXT_CHARACTERS)),
  );

export const LocalizedText = once(() =>
  z
    .object({ kk: Text(), ru: Text(), en: Text() })
    .register(z.globalRegistry, { id: 'LocalizedText', description: 'The same text in Kazakh, Russian and English' }),
);
export type LocalizedText = z.infer<ReturnType<typeof LocalizedText>>;

export const METRIC_IDS = ['volunteers', 'organisations', 'projects', 'actions', 'peopleHelped', 'openRequests'] as const;
export const MetricId = z.enum(METRIC_IDS).register(z.globalRegistry, { id: 'MetricId' });
export type MetricId = z.infer<typeof MetricId>;

/**
 * Decimals of a count per 10 000 residents, as ranked (`RegionDetail.ranksPerResident`) and as shown on the
 * map beside that rank: one where the regions' rates are tens or hundreds (volunteers 98–359, actions,
 * people helped), two where they are about one (organisations 0.3–0.9, projects, open requests about 2),
 * which at one decimal would read alike and share ranks the map tells apart.
 */
export const PER_RESIDENT_DECIMALS: Readonly<Record<MetricId, 1 | 2>> = {
  volunteers: 1,
  organisations: 2,
  projects: 2,
  actions: 1,
  peopleHelped: 1,
  openRequests: 2,
};

export const DIRECTION_IDS = [
  'elderly',
  'hardship',
  'ecology',
  'emergencies',
  'events',
  'health',
  'education',
  'culture',
  'animals',
  'sport',
] as const;
export const DirectionId = z.enum(DIRECTION_IDS).register(z.globalRegistry, { id: 'DirectionId' });
export type DirectionId = z.infer<typeof DirectionId>;

/**
 * A statistic as received. An absurd value (negative, non-finite, beyond any real count) means "no data":
 * it becomes null here, at the edge, so one bad number cannot break a scale or a sum; `parseCountingRefused`
 * tells how many there were. Null or absent is the API's own "no data", and not counted.
 */
export const MAX_PLAUSIBLE_COUNT = 1e10;
/** Statistics refused so far in the parse under way (`parseCountingRefused`); null when none is counting. */
let refusedCount: number | null = null;
export const Quantity = once(() =>
  z
    .pipe(
      z.optional(z.nullable(z.number())),
      z.transform((v): number | null => {
        if (typeof v !== 'number') return null;
        if (Number.isFinite(v) && v >= 0 && v <= MAX_PLAUSIBLE_COUNT) return v;
        if (refusedCount !== null) refusedCount++;
        return null;
      }),
    )
    .register(z.globalRegistry, { id: 'Quantity', description: 'A non-negative statistic; null (or absent) when unknown' }),
);
export type Quantity = z.output<ReturnType<typeof Quantity>>;

/** Runs a parse (synchronous, as zod's safeParse is) and counts the statistics it refused as absurd. */
export const parseCountingRefused = <T>(parse: () => T): { result: T; refused: number } => {
  refusedCount = 0;
  try {
    const result = parse();
    return { result, refused: refusedCount };
  } finally {
    refusedCount = null;
  }
};

const DateTime = once(() => z.iso.datetime({ offset: true }));

export const MonthlyPoint = once(() =>
  z
    .object({
      month: Month,
      value: Quantity(),
      partial: z
        .optional(z.boolean())
        .register(z.globalRegistry, { description: 'True for the current, still incomplete month: a flow so far, a stock so far' }),
    })
    .register(z.globalRegistry, {
      id: 'MonthlyPoint',
      description: 'Value of a metric in one month (stock: at month end; flow: during the month)',
    }),
);
export type MonthlyPoint = z.output<ReturnType<typeof MonthlyPoint>>;

export const Region = once(() =>
  z
    .object({
      code: RegionCode,
      type: z.enum(['region', 'city']),
      name: LocalizedText(),
      centre: z.object({
        name: LocalizedText(),
        lat: z.number().check(z.gte(-90), z.lte(90)),
        lon: z.number().check(z.gte(-180), z.lte(180)),
      }),
      population: z.int().check(z.positive()),
      populationAsOf: z.string(),
      populationEstimated: z
        .boolean()
        .register(z.globalRegistry, { description: 'True when no published figure confirmed the population' }),
    })
    .register(z.globalRegistry, { id: 'Region' }),
);
export type Region = z.output<ReturnType<typeof Region>>;

export const Direction = once(() =>
  z
    .object({
      id: DirectionId,
      name: LocalizedText(),
      ministryPriority: z.boolean().register(z.globalRegistry, { description: 'One of the four directions the ministry names' }),
    })
    .register(z.globalRegistry, { id: 'Direction' }),
);
export type Direction = z.output<ReturnType<typeof Direction>>;

export const Metric = once(() =>
  z
    .object({
      id: MetricId,
      unit: z.enum(['people', 'count']),
      kind: z.enum(['stock', 'flow']).register(z.globalRegistry, {
        description: 'stock: value at the end of a period (e.g. volunteers); flow: sum over the period (e.g. actions)',
      }),
      name: LocalizedText(),
    })
    .register(z.globalRegistry, { id: 'Metric' }),
);
export type Metric = z.output<ReturnType<typeof Metric>>;

export const Meta = once(() =>
  z
    .object({
      apiVersion: z.literal('1'),
      demo: z.boolean().register(z.globalRegistry, { description: 'True when the data is synthetic demonstration data' }),
      asOf: DateTime(),
      dataFrom: Month,
      nationalPopulation: z.int().check(z.positive()),
      regions: listOf(Region(), (r) => r.code),
      directions: listOf(Direction(), (d) => d.id),
      metrics: listOf(Metric(), (m) => m.id),
    })
    .register(z.globalRegistry, { id: 'Meta' }),
);
export type Meta = z.output<ReturnType<typeof Meta>>;

export const PeriodRange = once(() =>
  z
    .object({
      from: Month,
      to: Month,
      through: z.optional(z.iso.date()).register(z.globalRegistry, {
        description:
          'Set when the range ends part-way through its last month: the last day counted. A period that ends in the current month runs to today, and its comparison period to the same point of its own last month, so that both cover the same span',
      }),
    })
    .register(z.globalRegistry, { id: 'PeriodRange', description: 'Inclusive range of months' }),
);
export type PeriodRange = z.output<ReturnType<typeof PeriodRange>>;

export const Kpi = once(() =>
  z
    .object({
      metric: MetricId,
      value: Quantity(),
      // A copy: the description is this field's, not every Quantity's.
      previous: Quantity().clone().register(z.globalRegistry, { description: 'The same metric over the comparison period' }),
      series: listOf(MonthlyPoint(), (p) => p.month),
    })
    .register(z.globalRegistry, { id: 'Kpi' }),
);
export type Kpi = z.output<ReturnType<typeof Kpi>>;

export const Summary = once(() =>
  z
    .object({
      asOf: DateTime(),
      period: PeriodRange(),
      comparison: PeriodRange(),
      kpis: listOf(Kpi(), (k) => k.metric),
    })
    .register(z.globalRegistry, { id: 'Summary' }),
);
export type Summary = z.output<ReturnType<typeof Summary>>;

export const MetricValues = once(() => fieldsOf(METRIC_IDS, Quantity()).register(z.globalRegistry, { id: 'MetricValues' }));
export type MetricValues = z.output<ReturnType<typeof MetricValues>>;

export const RegionStats = once(() =>
  z.object({ code: RegionCode, values: MetricValues(), previous: MetricValues() }).register(z.globalRegistry, { id: 'RegionStats' }),
);
export type RegionStats = z.output<ReturnType<typeof RegionStats>>;

export const RegionsResponse = once(() =>
  z
    .object({
      asOf: DateTime(),
      period: PeriodRange(),
      comparison: PeriodRange(),
      direction: z.nullable(DirectionId),
      regions: listOf(RegionStats(), (r) => r.code),
    })
    .register(z.globalRegistry, { id: 'RegionsResponse' }),
);
export type RegionsResponse = z.output<ReturnType<typeof RegionsResponse>>;

export const DirectionStats = once(() =>
  z.object({ id: DirectionId, values: MetricValues(), previous: MetricValues() }).register(z.globalRegistry, { id: 'DirectionStats' }),
);
export type DirectionStats = z.output<ReturnType<typeof DirectionStats>>;

export const DirectionsResponse = once(() =>
  z
    .object({
      asOf: DateTime(),
      period: PeriodRange(),
      comparison: PeriodRange(),
      region: z.nullable(RegionCode),
      directions: listOf(DirectionStats(), (d) => d.id),
    })
    .register(z.globalRegistry, { id: 'DirectionsResponse' }),
);
export type DirectionsResponse = z.output<ReturnType<typeof DirectionsResponse>>;

export const RegionDetail = once(() =>
  z
    .object({
      asOf: DateTime(),
      code: RegionCode,
      period: PeriodRange(),
      comparison: PeriodRange(),
      kpis: listOf(Kpi(), (k) => k.metric),
      ranks: fieldsOf(METRIC_IDS, z.int().check(z.gte(1), z.lte(20))).register(z.globalRegistry, {
        description: 'Rank among the 20 units, 1 = highest',
      }),
      ranksPerResident: z.optional(
        fieldsOf(METRIC_IDS, z.int().check(z.gte(1), z.lte(20))).register(z.globalRegistry, {
          description:
            'Rank among the 20 units by the value per 10 000 residents rounded to one decimal (volunteers, actions, people helped) or two (organisations, projects, open requests), 1 = highest, equal figures sharing a rank; absent when the API does not rank so',
        }),
      ),
      directions: listOf(DirectionStats(), (d) => d.id),
    })
    .register(z.globalRegistry, { id: 'RegionDetail' }),
);
export type RegionDetail = z.output<ReturnType<typeof RegionDetail>>;

export const TimeSeries = once(() =>
  z
    .object({
      asOf: DateTime(),
      metric: MetricId,
      region: z.nullable(RegionCode),
      direction: z.nullable(DirectionId),
      points: listOf(MonthlyPoint(), (p) => p.month),
    })
    .register(z.globalRegistry, { id: 'TimeSeries' }),
);
export type TimeSeries = z.output<ReturnType<typeof TimeSeries>>;

export const ROADMAP_INDICATOR_IDS = [
  'volunteers',
  'organisations',
  'participationShare',
  'frontOffices',
  'emergencyVolunteers',
  'silverVolunteers',
  'platformProjects',
  'peopleHelped',
] as const;
export const RoadmapIndicatorId = z.enum(ROADMAP_INDICATOR_IDS).register(z.globalRegistry, { id: 'RoadmapIndicatorId' });
export type RoadmapIndicatorId = z.infer<typeof RoadmapIndicatorId>;

export const RoadmapIndicator = once(() =>
  z
    .object({
      id: RoadmapIndicatorId,
      name: LocalizedText(),
      unit: z.enum(['people', 'count', 'percent']),
      cumulative: z.boolean().register(z.globalRegistry, {
        description: 'true: actuals are a running level (compare the latest with the target); false: yearly totals',
      }),
      responsible: LocalizedText(),
      baseline: z.object({ year: z.literal(2023), value: Quantity() }),
      targets: listOf(z.object({ year: z.int().check(z.gte(2024), z.lte(2026)), value: Quantity() }), (t) => String(t.year)),
      actuals: listOf(MonthlyPoint(), (p) => p.month),
      demoTargets: z
        .boolean()
        .register(z.globalRegistry, { description: 'True when targets are synthetic (the real ones are not published)' }),
      byRegion: z.nullable(listOf(z.object({ code: RegionCode, actual: Quantity(), target2026: Quantity() }), (r) => r.code)),
    })
    .register(z.globalRegistry, { id: 'RoadmapIndicator' }),
);
export type RoadmapIndicator = z.output<ReturnType<typeof RoadmapIndicator>>;

export const RoadmapMeasure = once(() =>
  z
    .object({
      id: z.string(),
      title: LocalizedText(),
      responsible: LocalizedText(),
      deadline: z.iso.date(),
      status: z.enum(['done', 'inProgress', 'notStarted']),
      percentDone: z.number().check(z.gte(0), z.lte(100)),
    })
    .register(z.globalRegistry, { id: 'RoadmapMeasure' }),
);
export type RoadmapMeasure = z.output<ReturnType<typeof RoadmapMeasure>>;

export const Roadmap = once(() =>
  z
    .object({
      asOf: DateTime(),
      title: LocalizedText(),
      start: z.iso.date(),
      end: z.iso.date(),
      indicators: listOf(RoadmapIndicator(), (i) => i.id),
      measures: listOf(RoadmapMeasure(), (m) => m.id),
    })
    .register(z.globalRegistry, { id: 'Roadmap' }),
);
export type Roadmap = z.output<ReturnType<typeof Roadmap>>;

export const ORGANIZATION_SORTS = ['volunteers', '-volunteers', 'name', '-name', 'registered', '-registered'] as const;
export const OrganizationSort = z.enum(ORGANIZATION_SORTS).register(z.globalRegistry, { id: 'OrganizationSort' });
export type OrganizationSort = z.infer<typeof OrganizationSort>;
/** The language whose names "name" sorts by: the one the reader sees (English shows the Russian names). */
export const NAME_LANGUAGES = ['kk', 'ru'] as const;
export const NameLanguage = z.enum(NAME_LANGUAGES).register(z.globalRegistry, { id: 'NameLanguage' });
export type NameLanguage = z.infer<typeof NameLanguage>;

export const Organization = once(() =>
  z
    .object({
      id: z.string(),
      name: z
        .object({ kk: Text(), ru: Text() })
        .register(z.globalRegistry, { description: 'Registered names; organisations have no English name' }),
      region: RegionCode,
      direction: DirectionId,
      volunteers: Quantity(),
      activeProjects: Quantity(),
      registered: z.iso.date(),
    })
    .register(z.globalRegistry, { id: 'Organization' }),
);
export type Organization = z.output<ReturnType<typeof Organization>>;

export const OrganizationsPage = once(() =>
  z
    .object({
      asOf: DateTime(),
      items: listOf(Organization(), (o) => o.id),
      page: z.int().check(z.gte(1)),
      pageSize: z.int().check(z.gte(1), z.lte(100)),
      total: z.int().check(z.gte(0)),
    })
    .register(z.globalRegistry, { id: 'OrganizationsPage' }),
);
export type OrganizationsPage = z.output<ReturnType<typeof OrganizationsPage>>;

export const ACTIVITY_TYPES = ['requestOpened', 'requestClosed', 'actionCompleted', 'organisationRegistered'] as const;
export const ActivityType = z.enum(ACTIVITY_TYPES).register(z.globalRegistry, { id: 'ActivityType' });
export type ActivityType = z.infer<typeof ActivityType>;

export const ActivityEvent = once(() =>
  z
    .object({
      id: z.string(),
      type: ActivityType,
      at: DateTime(),
      region: RegionCode,
      direction: DirectionId,
      subject: Text().register(z.globalRegistry, {
        description: 'Free text from the source system, e.g. an organisation name: render as text',
      }),
      organization: z.optional(
        z.object({ id: z.string(), name: z.object({ kk: Text(), ru: Text() }) }).register(z.globalRegistry, {
          description:
            "The organisation the event concerns, with its registered names (as in /organizations): shown in the reader's language instead of the subject",
        }),
      ),
    })
    .register(z.globalRegistry, { id: 'ActivityEvent' }),
);
export type ActivityEvent = z.output<ReturnType<typeof ActivityEvent>>;

export const ActivityFeed = once(() =>
  z
    .object({
      asOf: DateTime(),
      events: listOf(ActivityEvent(), (e) => e.id).register(z.globalRegistry, { description: 'Newest first' }),
      // A Quantity like every statistic: a negative, absurd or missing count shows as "no data" instead of
      // failing the whole feed.
      today: fieldsOf(ACTIVITY_TYPES, Quantity()).register(z.globalRegistry, {
        description: 'Counts since midnight, Astana time; null (or absent) when unknown',
      }),
    })
    .register(z.globalRegistry, { id: 'ActivityFeed' }),
);
export type ActivityFeed = z.output<ReturnType<typeof ActivityFeed>>;

/** RFC 9457 problem details, the body of every error response. */
export const Problem = once(() =>
  z
    .object({
      type: z._default(z.string(), 'about:blank'),
      title: Text(),
      status: z.int().check(z.gte(100), z.lte(599)),
      detail: z.optional(Text()),
      instance: z.optional(z.string()),
    })
    .register(z.globalRegistry, { id: 'Problem' }),
);
export type Problem = z.output<ReturnType<typeof Problem>>;

/**
 * Periods as they appear in the URL and the `period` query parameter:
 * "2025" (year), "2025-Q2" (quarter), "2025-05" (month), "ytd" (this year to date),
 * "12m" (the last twelve whole months, without the month under way), or "2024-03..2025-02" (custom range of months).
 */
export const PeriodParam = z
  .string()
  .check(z.regex(/^(ytd|12m|\d{4}|\d{4}-Q[1-4]|\d{4}-(0[1-9]|1[0-2])|\d{4}-(0[1-9]|1[0-2])\.\.\d{4}-(0[1-9]|1[0-2]))$/))
  .register(z.globalRegistry, { id: 'Period', description: '"2025", "2025-Q2", "2025-05", "ytd", "12m" or "2024-03..2025-02"' });

export const ComparisonParam = z.enum(['previous', 'yearAgo']).register(z.globalRegistry, {
  id: 'Comparison',
  description:
    'previous: the period moved back by its own length in months; yearAgo: the same months a year earlier. A period that ends today is compared up to the same point of its comparison period (see PeriodRange.through)',
});
export type Comparison = z.infer<typeof ComparisonParam>;

/** An endpoint's path, summary and response schema; the schema is built on first use (see `once`). */
const endpoint = <S>(path: string, response: () => S, summary: string) => ({
  path,
  summary,
  get response(): S {
    return response();
  },
});

/** Every endpoint, its path and response schema: the client, the demo API and the OpenAPI document read this. */
export const ENDPOINTS = {
  meta: endpoint('/meta', Meta, 'Regions, directions, metrics and data as-of time'),
  summary: endpoint('/summary', Summary, 'National KPIs for a period'),
  regions: endpoint('/regions', RegionsResponse, 'Every metric for every region'),
  region: endpoint('/regions/{code}', RegionDetail, 'One region: KPIs, ranks, directions, series'),
  directions: endpoint('/directions', DirectionsResponse, 'Breakdown by direction'),
  timeseries: endpoint('/timeseries', TimeSeries, 'Monthly series of one metric'),
  roadmap: endpoint('/roadmap', Roadmap, 'Roadmap-to-2026 indicators and measures'),
  organizations: endpoint('/organizations', OrganizationsPage, 'Paginated list of organisations'),
  activity: endpoint('/activity', ActivityFeed, 'Recent events for live monitoring'),
} as const;
export type EndpointId = keyof typeof ENDPOINTS;

/** Builds every schema of the contract: the OpenAPI document names them all. */
export const buildEverySchema = (): void => {
  for (const endpoint of Object.values(ENDPOINTS)) void endpoint.response;
  Problem();
};

// The demo API v1 as msw request handlers: one list shared by the browser worker, Node tests and the HTTP server.
import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import {
  ComparisonParam,
  DirectionId,
  MetricId,
  Month,
  NameLanguage,
  OrganizationSort,
  PeriodParam,
  RegionCode,
} from '../src/api/contract';
import type { Comparison, DirectionId as DirectionIdType, RegionCode as RegionCodeType } from '../src/api/contract';
import { buildOpenApiDocument } from '../src/api/openapi';
import { monthIndex, parsePeriod } from '../src/lib/months';
import { DEFAULT_FEED_WINDOW_MS } from './model/activity';
import { DATA_FROM } from './model/calendar';
import { getModel } from './model/cube';
import type { DemoModel } from './model/cube';
import { regionIndex } from './model/geography';
import {
  activityBody,
  directionsBody,
  metaBody,
  organizationsBody,
  regionBody,
  regionsBody,
  roadmapBody,
  summaryBody,
  timeseriesBody,
} from './responses';
import type { PeriodQuery } from './responses';

export const API_PREFIX = '/api/v1';
// "*" in front: the app may call the API relative ("/api/v1") or absolute ("https://host/api/v1").
const route = (path: string): string => `*${API_PREFIX}${path}`;

/** An error that becomes an RFC 9457 problem response. */
class ProblemError extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly title: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const badRequest = (detail: string): ProblemError => new ProblemError(400, 'Bad Request', detail);
const notFound = (detail: string): ProblemError => new ProblemError(404, 'Not Found', detail);

// Browsers only let scripts read ETag from a cross-origin response when it is exposed.
const EXPOSE = { 'Access-Control-Expose-Headers': 'ETag, Retry-After' };

export const problemResponse = (status: number, title: string, detail: string, instance: string): Response =>
  new HttpResponse(JSON.stringify({ type: 'about:blank', title, status, detail, instance }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...EXPOSE },
  });

const encoder = new TextEncoder();

/**
 * Strong ETag: two FNV-1a passes (different offsets) over the UTF-8 body, 64 bits in hex. Collisions
 * would only cost a missed update within one URL's consecutive versions; the body itself is the key.
 */
export const etagOf = (body: string): string => {
  const bytes = encoder.encode(body);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (const byte of bytes) {
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte, 0x01000193) ^ (b >>> 15);
  }
  return `"${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}"`;
};

/** True when an If-None-Match header (a list, possibly weak tags or "*") names this ETag. */
const matchesEtag = (header: string | null, etag: string): boolean => {
  if (!header) return false;
  return header.split(',').some((raw) => {
    const tag = raw.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
};

/** 200 with JSON, ETag and no-cache (revalidate every time); 304 without a body when the client has it. */
export const jsonResponse = (request: Request, body: unknown): Response => {
  const text = JSON.stringify(body);
  const etag = etagOf(text);
  const common = { ETag: etag, 'Cache-Control': 'no-cache', ...EXPOSE };
  if (matchesEtag(request.headers.get('If-None-Match'), etag)) return new HttpResponse(null, { status: 304, headers: common });
  return new HttpResponse(text, { status: 200, headers: { 'Content-Type': 'application/json', ...common } });
};

/** Runs a handler body, turning ProblemErrors (and surprises) into problem responses. */
const handle =
  (build: (url: URL, model: DemoModel, params: Readonly<Record<string, string | readonly string[] | undefined>>) => unknown) =>
  ({ request, params }: { request: Request; params: Readonly<Record<string, string | readonly string[] | undefined>> }): Response => {
    const url = new URL(request.url);
    const instance = `${url.pathname}${url.search}`;
    try {
      return jsonResponse(request, build(url, getModel(), params));
    } catch (error) {
      if (error instanceof ProblemError) return problemResponse(error.status, error.title, error.detail, instance);
      const detail = error instanceof Error ? error.message : 'unexpected error';
      return problemResponse(500, 'Internal Server Error', detail, instance);
    }
  };

// ---- parameter parsing: every parameter is checked; a bad one is a 400 that names it ----

/** An optional query parameter validated by a contract schema; empty counts as absent. */
const optional = <T>(url: URL, name: string, schema: z.ZodMiniType<T>, hint: string): T | null => {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return null;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw badRequest(`"${name}" must be ${hint}; got "${raw}"`);
  return parsed.data;
};

const DIRECTION_HINT = `one of ${DirectionId.options.join(', ')}`;
const METRIC_HINT = `one of ${MetricId.options.join(', ')}`;

/** A region code: malformed is a bad request, well-formed but not one of the 20 is "not found". */
const regionParam = (url: URL): RegionCodeType | null => {
  const code = optional(url, 'region', RegionCode, 'an ISO 3166-2:KZ code such as KZ-71');
  if (code !== null && regionIndex(code) < 0) throw notFound(`no region with code "${code}"`);
  return code;
};

const directionParam = (url: URL): DirectionIdType | null => optional(url, 'direction', DirectionId, DIRECTION_HINT);

const periodParams = (url: URL, model: DemoModel): PeriodQuery => {
  const raw = optional(url, 'period', PeriodParam, 'a period like 2025, 2025-Q2, 2025-05, ytd, 12m or 2024-03..2025-02') ?? 'ytd';
  const parsed = parsePeriod(raw, model.currentMonth, DATA_FROM);
  if (!parsed) throw badRequest(`"period" ${raw} is outside the data (${DATA_FROM} to ${model.currentMonth})`);
  const compare: Comparison = optional(url, 'compare', ComparisonParam, 'previous or yearAgo') ?? 'previous';
  return { range: parsed.range, compare };
};

const positiveInt = (url: URL, name: string, fallback: number, max: number): number => {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badRequest(`"${name}" must be a whole number from 1 to ${max}; got "${raw}"`);
  return n;
};

const DateTimeParam = z.iso.datetime({ offset: true });
/** Longest timeseries answered at once: 100 years of months, far beyond any chart, well short of a DoS. */
const MAX_SERIES_MONTHS = 1200;

let openApiDocument: Record<string, unknown> | null = null;

export const handlers = [
  http.get(
    route('/meta'),
    handle((_url, model) => metaBody(model)),
  ),
  http.get(
    route('/summary'),
    handle((url, model) => summaryBody(model, periodParams(url, model))),
  ),
  http.get(
    route('/regions'),
    handle((url, model) => {
      const direction = directionParam(url);
      return regionsBody(model, periodParams(url, model), direction);
    }),
  ),
  http.get(
    route('/regions/:code'),
    handle((url, model, params) => {
      const code = typeof params.code === 'string' ? params.code : '';
      if (!RegionCode.safeParse(code).success || regionIndex(code) < 0) throw notFound(`no region with code "${code}"`);
      return regionBody(model, code, periodParams(url, model));
    }),
  ),
  http.get(
    route('/directions'),
    handle((url, model) => {
      const region = regionParam(url);
      return directionsBody(model, region, periodParams(url, model));
    }),
  ),
  http.get(
    route('/timeseries'),
    handle((url, model) => {
      const metric = optional(url, 'metric', MetricId, METRIC_HINT);
      if (metric === null) throw badRequest(`"metric" is required: ${METRIC_HINT}`);
      const region = regionParam(url);
      const direction = directionParam(url);
      const from = optional(url, 'from', Month, 'a month as YYYY-MM') ?? DATA_FROM;
      const requestedTo = optional(url, 'to', Month, 'a month as YYYY-MM') ?? model.currentMonth;
      // No points for months that have not begun; earlier than the data start they are null.
      const to = monthIndex(requestedTo) > monthIndex(model.currentMonth) ? model.currentMonth : requestedTo;
      if (monthIndex(from) > monthIndex(to)) throw badRequest(`"from" ${from} is after "to" ${to}`);
      if (monthIndex(to) - monthIndex(from) + 1 > MAX_SERIES_MONTHS) throw badRequest(`at most ${MAX_SERIES_MONTHS} months per request`);
      return timeseriesBody(model, metric, region, direction, from, to);
    }),
  ),
  http.get(
    route('/roadmap'),
    handle((_url, model) => roadmapBody(model)),
  ),
  http.get(
    route('/organizations'),
    handle((url, model) => {
      const q = url.searchParams.get('q') ?? '';
      if (q.length > 100) throw badRequest('"q" must be at most 100 characters');
      return organizationsBody(model, {
        region: regionParam(url),
        direction: directionParam(url),
        q,
        sort: optional(url, 'sort', OrganizationSort, `one of ${OrganizationSort.options.join(', ')}`) ?? '-volunteers',
        nameLang: optional(url, 'nameLang', NameLanguage, `one of ${NameLanguage.options.join(', ')}`) ?? 'ru',
        page: positiveInt(url, 'page', 1, 1_000_000),
        pageSize: positiveInt(url, 'pageSize', 20, 100),
      });
    }),
  ),
  http.get(
    route('/activity'),
    handle((url, model) => {
      const since = optional(url, 'since', DateTimeParam, 'an ISO date-time such as 2026-01-01T09:00:00Z');
      const sinceMs = since === null ? model.now.getTime() - DEFAULT_FEED_WINDOW_MS : Date.parse(since);
      return activityBody(model, sinceMs, regionParam(url));
    }),
  ),
  http.get(
    route('/openapi.json'),
    handle(() => (openApiDocument ??= buildOpenApiDocument())),
  ),
  // Anything else under the prefix is a clear 404 problem rather than a fall-through to the network.
  http.get(route('/*'), ({ request }) => {
    const url = new URL(request.url);
    return problemResponse(404, 'Not Found', `no endpoint ${url.pathname}`, `${url.pathname}${url.search}`);
  }),
];

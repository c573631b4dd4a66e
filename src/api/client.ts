/**
 * The one way the app talks to the API: builds the URL, applies the timeout, sends conditional
 * requests, and validates every response against the contract. Every failure becomes an `ApiError`
 * that says which endpoint failed and how, so the UI can name it in plain words.
 */
import type * as z from 'zod/mini';
import { API_DEFAULT_PERIOD, periodMismatch } from './answer-period';
import { ENDPOINTS, Problem, parseCountingRefused, type EndpointId } from './contract';
import { nextTask } from '../lib/in-slices';
import { withRefusedValues, withUnknownDirectionsLeftOut } from '../lib/refused-values';
import { markMonthUnderWay } from './month-under-way';
import { withoutUnknownDirections } from './unknown-directions';

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'invalidJson' | 'schema' | 'wrongPeriod';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly endpoint: string;
  readonly status: number | null;
  readonly problem: Problem | null;
  /** For schema errors: where in the response the mismatch is, e.g. "kpis[0].series". */
  readonly field: string | null;
  /** For timeouts: how long the client waited. */
  readonly timeoutMs: number | null;
  /** For an answer about another period than asked: the months it is for ("2019-01 – 2019-03"). */
  readonly answered: string | null;
  /** How long the server asked to be left alone (its `Retry-After`, on a 429 or 503), in ms. */
  readonly retryAfterMs: number | null;

  constructor(init: {
    kind: ApiErrorKind;
    endpoint: string;
    message: string;
    status?: number | null;
    problem?: Problem | null;
    field?: string | null;
    timeoutMs?: number | null;
    answered?: string | null;
    retryAfterMs?: number | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    this.status = init.status ?? null;
    this.problem = init.problem ?? null;
    this.field = init.field ?? null;
    this.timeoutMs = init.timeoutMs ?? null;
    this.answered = init.answered ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }
}

/** Longest wait a `Retry-After` is followed for: a screen must come back within minutes of the API. */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;

/**
 * A `Retry-After` header in ms from `now`: seconds ("120") or an HTTP date; null when absent or unreadable.
 * Longer than MAX_RETRY_AFTER_MS is taken as that.
 */
export const retryAfterMs = (header: string | null, now = Date.now()): number | null => {
  if (header === null || header.trim() === '') return null;
  const text = header.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  if (!Number.isFinite(ms)) return null;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
};

export type QueryParams = Record<string, string | number | null | undefined>;

export interface ApiClientOptions {
  baseUrl: string;
  timeoutMs: number;
  fetch?: typeof fetch;
  /** How many conditional-request entries to keep; bounded so a wall display's memory stays flat. */
  etagCacheSize?: number;
  /**
   * Answers already received and validated for this page, by `answerKey`: the server that rendered the
   * first screen embeds the ones it used, as its own client validated them against this same contract
   * (`onAnswer`; the page and the app's code come from one build). Each stands in for one request and
   * is used as it is: validating them again cost a phone's start-up a long task (the roadmap's, 25–45 ms
   * at 1× CPU when its code is still cold), for data that had already crossed the edge on the server.
   */
  firstAnswers?: Readonly<Record<string, unknown>>;
  /** ETags of the first answers, by the same key: the next request for one of them is conditional. */
  firstAnswerEtags?: Readonly<Record<string, string>>;
  /** Told of every answer received and validated, with its key and ETag (the server embeds them). */
  onAnswer?: (key: string, data: unknown, etag: string | null) => void;
}

/** An answer's key: its endpoint's path and sorted query, without the base URL. */
export const answerKey = (endpoint: EndpointId, params: QueryParams = {}): string => buildUrl('', endpoint, params);

const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

export const buildUrl = (baseUrl: string, endpoint: EndpointId, params: QueryParams = {}): string => {
  let path: string = ENDPOINTS[endpoint].path;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    const placeholder = `{${key}}`;
    if (path.includes(placeholder)) path = path.replace(placeholder, encodeURIComponent(String(value)));
    else query.set(key, String(value));
  }
  query.sort();
  const qs = query.toString();
  return `${baseUrl}${path}${qs ? `?${qs}` : ''}`;
};

export interface ApiClient {
  get<E extends EndpointId>(endpoint: E, params?: QueryParams, signal?: AbortSignal): Promise<z.output<(typeof ENDPOINTS)[E]['response']>>;
}

export const createApiClient = (options: ApiClientOptions): ApiClient => {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const maxEntries = options.etagCacheSize ?? 200;
  // url → last validated body and its ETag. A 304 hands back the very same object, so TanStack Query's
  // structural sharing sees no change and nothing re-renders.
  const etags = new Map<string, { etag: string; data: unknown }>();
  const firstAnswers = new Map(Object.entries(options.firstAnswers ?? {}));

  const remember = (url: string, etag: string, data: unknown) => {
    etags.delete(url);
    etags.set(url, { etag, data });
    if (etags.size > maxEntries) {
      const oldest = etags.keys().next().value;
      if (oldest !== undefined) etags.delete(oldest);
    }
  };

  const validate = (endpoint: EndpointId, label: string, received: unknown, status: number): unknown => {
    const { response: schema } = ENDPOINTS[endpoint];
    const { json, left } = withoutUnknownDirections(endpoint, received);
    const { result, refused } = parseCountingRefused(() => schema.safeParse(json));
    if (result.success)
      return withUnknownDirectionsLeftOut(
        withRefusedValues(markMonthUnderWay(endpoint, result.data), { endpoint: label, count: refused }),
        {
          endpoint: label,
          count: left,
        },
      );
    const issue = result.error.issues[0];
    const field = issue ? formatPath(issue.path) || '(root)' : '(root)';
    throw new ApiError({
      kind: 'schema',
      endpoint: label,
      status,
      field,
      message: `${label}: unexpected data at "${field}"${issue ? ` (${issue.message})` : ''}`,
    });
  };

  return {
    async get(endpoint, params = {}, signal) {
      const key = answerKey(endpoint, params);
      // Messages name the path asked for ("/regions/KZ-62", not "/regions/{code}"), without its query.
      const label = key.split('?')[0] ?? key;
      if (firstAnswers.has(key)) {
        const data = firstAnswers.get(key);
        firstAnswers.delete(key);
        const etag = options.firstAnswerEtags?.[key];
        if (etag) remember(options.baseUrl + key, etag, data);
        return data as never;
      }
      // Each request is sent in a task of its own. fetch() costs the main thread about a millisecond (several
      // with DevTools watching the network, as Lighthouse does), and a page's queries start together: the
      // 17 of /directions at start-up, every one at a refresh. Sent in one go they were one 50 ms task.
      await nextTask();
      signal?.throwIfAborted();
      const url = options.baseUrl + key;
      // A timer rather than AbortSignal.timeout(): it is cleared as soon as the answer is read (no
      // timer per request left running on a wall display) and tests can drive it with fake timers.
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
      const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
      const timedOut = () =>
        new ApiError({
          kind: 'timeout',
          endpoint: label,
          timeoutMs: options.timeoutMs,
          message: `${label}: no answer within ${options.timeoutMs} ms`,
        });
      const cached = etags.get(url);
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (cached) headers['If-None-Match'] = cached.etag;

      let res: Response;
      let text: string;
      try {
        try {
          res = await doFetch(url, { headers, signal: combined });
        } catch (cause) {
          if (timeout.signal.aborted && !signal?.aborted) throw timedOut();
          if (signal?.aborted) throw cause;
          throw new ApiError({ kind: 'network', endpoint: label, message: `${label}: network error` });
        }
        if (res.status === 304 && cached) return cached.data as never;
        try {
          text = await res.text();
        } catch (cause) {
          if (timeout.signal.aborted && !signal?.aborted) throw timedOut();
          if (signal?.aborted) throw cause;
          throw new ApiError({ kind: 'network', endpoint: label, message: `${label}: connection lost while reading` });
        }
      } finally {
        clearTimeout(timer);
      }

      if (!res.ok) {
        let problem: Problem | null = null;
        try {
          const parsed = Problem().safeParse(JSON.parse(text));
          if (parsed.success) problem = parsed.data;
        } catch {
          // Not a problem document (an HTML error page from a proxy, say): the status alone must do.
        }
        throw new ApiError({
          kind: 'http',
          endpoint: label,
          status: res.status,
          problem,
          retryAfterMs: res.status === 429 || res.status === 503 ? retryAfterMs(res.headers.get('Retry-After')) : null,
          message: `${label}: HTTP ${res.status}${problem ? ` ${problem.title}` : ''}`,
        });
      }

      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new ApiError({ kind: 'invalidJson', endpoint: label, status: res.status, message: `${label}: the answer is not valid JSON` });
      }

      const data = validate(endpoint, label, json, res.status);
      const asked = typeof params.period === 'string' ? params.period : null;
      const wrong = periodMismatch(asked, data);
      if (wrong) {
        const answered = wrong.from === wrong.to ? wrong.from : `${wrong.from} – ${wrong.to}`;
        throw new ApiError({
          kind: 'wrongPeriod',
          endpoint: label,
          status: res.status,
          answered,
          message: `${label}: the answer is for ${answered}, not the period asked (${asked ?? API_DEFAULT_PERIOD})`,
        });
      }
      const etag = res.headers.get('ETag');
      if (etag) remember(url, etag, data);
      options.onAnswer?.(key, data, etag);
      return data as never;
    },
  };
};

// Polling policy, status light and freshness: the numbers behind "live monitoring that tells the truth".
import { QueryObserver, type Query, type QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, MAX_RETRY_AFTER_MS, retryAfterMs } from '../../src/api/client';
import { createAppQueryClient, isTransientError } from '../../src/app/query-client';
import { asOfOf, freshness, maxProducedAgeMs, staleAfterMs } from '../../src/lib/freshness';
import { deriveLiveState, noteFailedAttempt, snapshotQueries, staleness, type LiveSnapshot } from '../../src/lib/live-status';
import { consecutiveFailures, formatRefresh, nextPollDelay, parseRefresh, seededRandom } from '../../src/lib/refresh';

describe('refresh interval in the URL', () => {
  it('reads 30s, 5m and off, and rejects anything else', () => {
    expect(parseRefresh('30s')).toBe(30_000);
    expect(parseRefresh('5m')).toBe(300_000);
    expect(parseRefresh('off')).toBeNull();
    for (const bad of ['', '30', 'soon', '0s', '-5s', '2h', '99m']) expect(parseRefresh(bad)).toBeUndefined();
    expect(formatRefresh(60_000)).toBe('1m');
    expect(formatRefresh(15_000)).toBe('15s');
  });
});

describe('poll delay', () => {
  it('jitters by at most ±10 %', () => {
    expect(nextPollDelay(60_000, 0, () => 0)).toBe(54_000);
    expect(nextPollDelay(60_000, 0, () => 0.999_999)).toBe(66_000);
    expect(nextPollDelay(60_000, 0, () => 0.5)).toBe(60_000);
  });

  it('doubles per consecutive failure, up to a cap, never below the base', () => {
    const mid = () => 0.5;
    const delays = [0, 1, 2, 3, 4, 10].map((n) => nextPollDelay(15_000, n, mid));
    expect(delays.slice(0, 3)).toEqual([15_000, 30_000, 60_000]);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1] ?? 0);
    expect(Math.max(...delays)).toBeLessThanOrEqual(10 * 60_000);
    expect(nextPollDelay(3_600_000, 5, mid)).toBe(3_600_000);
  });

  it('gives one jitter per seed, spread over the whole range', () => {
    expect(seededRandom('a|1|0')).toBe(seededRandom('a|1|0'));
    const values = Array.from({ length: 200 }, (_, i) => seededRandom(`["summary"]|${1_700_000_000_000 + i}|0`));
    for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
    for (const v of values) expect(v).toBeLessThan(1);
    expect(Math.min(...values)).toBeLessThan(0.1);
    expect(Math.max(...values)).toBeGreaterThan(0.9);
  });

  it('counts failures since the last success from the query state', () => {
    expect(consecutiveFailures({ dataUpdatedAt: 2, errorUpdatedAt: 1, errorUpdateCount: 5 }, 3)).toBe(0);
    expect(consecutiveFailures({ dataUpdatedAt: 1, errorUpdatedAt: 2, errorUpdateCount: 5 }, 3)).toBe(2);
    expect(consecutiveFailures({ dataUpdatedAt: 0, errorUpdatedAt: 2, errorUpdateCount: 1 }, 0)).toBe(1);
  });
});

describe('the app QueryClient', () => {
  const intervalOf = (client: QueryClient, key: string): number | false => {
    const query: Query = client.getQueryCache().build<unknown, Error, unknown, readonly unknown[]>(client, { queryKey: [key] });
    const option = client.getDefaultOptions().queries?.refetchInterval;
    if (typeof option !== 'function') throw new Error('refetchInterval should be a function');
    return option(query) ?? false;
  };

  it('returns the same delay however often it is asked within one poll cycle (re-renders must not restart the timer)', () => {
    const client = createAppQueryClient({ refreshMs: () => 60_000 });
    const first = intervalOf(client, 'summary');
    for (let i = 0; i < 50; i++) expect(intervalOf(client, 'summary')).toBe(first);
    expect(first).toBeGreaterThanOrEqual(54_000);
    expect(first).toBeLessThanOrEqual(66_000);
  });

  it('backs off while a query keeps failing and returns to the base after a success', () => {
    const client = createAppQueryClient({ refreshMs: () => 10_000 });
    const query = client.getQueryCache().build(client, { queryKey: ['regions'] });
    query.setState({ ...query.state, dataUpdatedAt: 1_000, errorUpdatedAt: 5_000, errorUpdateCount: 3, status: 'error' });
    const failing = intervalOf(client, 'regions');
    expect(failing).toBeGreaterThanOrEqual(4 * 10_000 * 0.9 - 1);
    query.setState({ ...query.state, dataUpdatedAt: 9_000, status: 'success' });
    const recovered = intervalOf(client, 'regions');
    expect(recovered).toBeLessThanOrEqual(11_000);
  });

  it('does not poll when auto-refresh is off', () => {
    const client = createAppQueryClient({ refreshMs: () => null });
    expect(intervalOf(client, 'meta')).toBe(false);
  });

  it('waits as long as a server’s Retry-After asks, before retrying or polling again (at most 10 minutes)', () => {
    const client = createAppQueryClient({ refreshMs: () => 10_000 });
    const busy = new ApiError({ kind: 'http', endpoint: '/meta', message: 'x', status: 429, retryAfterMs: 120_000 });
    const retry = client.getDefaultOptions().queries?.retry;
    if (typeof retry !== 'function') throw new Error('retry should be a function');
    // Twelve requests a minute went to /meta, each answered "wait two minutes": no retry at once now.
    expect(retry(0, busy)).toBe(false);
    expect(retry(0, new ApiError({ kind: 'http', endpoint: '/meta', message: 'x', status: 429 }))).toBe(true);
    const query = client.getQueryCache().build(client, { queryKey: ['busy'] });
    query.setState({ ...query.state, errorUpdatedAt: 5_000, errorUpdateCount: 1, status: 'error', error: busy });
    expect(intervalOf(client, 'busy')).toBeGreaterThanOrEqual(120_000);
  });

  it('reads Retry-After as seconds or as a date, and no longer than 10 minutes', () => {
    const now = Date.parse('2026-12-06T07:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Sun, 06 Dec 2026 07:01:30 GMT', now)).toBe(90_000);
    expect(retryAfterMs('86400', now)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('Sun, 06 Dec 2026 06:00:00 GMT', now)).toBe(0);
  });

  it('retries the network, timeouts and 5xx, not 4xx, invalid JSON or a schema mismatch', () => {
    const error = (kind: ApiError['kind'], status: number | null = null) => new ApiError({ kind, endpoint: '/x', message: 'x', status });
    expect(isTransientError(error('network'))).toBe(true);
    expect(isTransientError(error('timeout'))).toBe(true);
    expect(isTransientError(error('http', 503))).toBe(true);
    expect(isTransientError(error('http', 429))).toBe(true);
    expect(isTransientError(error('http', 404))).toBe(false);
    expect(isTransientError(error('invalidJson', 200))).toBe(false);
    expect(isTransientError(error('schema', 200))).toBe(false);
  });
});

describe('status light', () => {
  const snap = (over: Partial<LiveSnapshot> = {}): LiveSnapshot => ({
    fetching: false,
    failing: false,
    lastSuccess: 100_000,
    lastError: 0,
    lastErrorMessage: null,
    stalestFailure: null,
    produced: null,
    ...over,
  });

  it('says the data is not current when every answer comes but its data is old or dated ahead, not "up to date"', () => {
    const now = Date.parse('2026-12-06T07:00:00Z');
    const fresh = { lastSuccess: now - 1_000 };
    const hourly = 60 * 60_000;
    const oldData = snap({ ...fresh, produced: { oldest: Date.parse('2019-03-01T00:00:00Z'), newest: now - 60_000 } });
    expect(deriveLiveState(oldData, 60_000, false, now, hourly)).toBe('notCurrent');
    const ahead = snap({ ...fresh, produced: { oldest: now - 60_000, newest: Date.parse('2031-01-01T00:00:00Z') } });
    expect(deriveLiveState(ahead, 60_000, false, now, hourly)).toBe('notCurrent');
    expect(deriveLiveState(snap({ ...fresh, produced: { oldest: now - 60_000, newest: now } }), 60_000, false, now, hourly)).toBe('ok');
    // Failing or refreshing says so first; without a limit on the data's age only a time ahead is doubted.
    expect(deriveLiveState({ ...oldData, failing: true }, 60_000, false, now, hourly)).toBe('error');
    expect(deriveLiveState(oldData, 60_000, false, now, null)).toBe('ok');
  });

  it('says ok, fetching, delayed, error or paused', () => {
    expect(deriveLiveState(snap(), 60_000, false, 110_000)).toBe('ok');
    expect(deriveLiveState(snap({ fetching: true }), 60_000, false, 110_000)).toBe('fetching');
    expect(deriveLiveState(snap(), 60_000, false, 100_000 + 3 * 60_000)).toBe('delayed');
    // A request hanging long after the last success is a delay, not just "refreshing".
    expect(deriveLiveState(snap({ fetching: true }), 60_000, false, 100_000 + 3 * 60_000)).toBe('delayed');
    // A hidden tab that does not poll is paused, however old its data.
    expect(deriveLiveState(snap(), 60_000, true, 100_000 + 3 * 60_000)).toBe('paused');
    expect(deriveLiveState(snap({ fetching: true }), null, false, 110_000)).toBe('fetching');
    expect(deriveLiveState(snap({ failing: true, fetching: true }), 60_000, false, 110_000)).toBe('error');
    expect(deriveLiveState(snap(), 60_000, true, 110_000)).toBe('paused');
    expect(deriveLiveState(snap(), null, false, 110_000)).toBe('paused');
  });

  it('dates the last error by the latest failed attempt, even while it is being retried', () => {
    const client = createAppQueryClient({ refreshMs: () => 60_000 });
    // Watched (the light counts only queries on screen), never fetched here.
    const unsubscribe = new QueryObserver(client, { queryKey: ['roadmap'], enabled: false }).subscribe(() => undefined);
    const query = client.getQueryCache().find({ queryKey: ['roadmap'] }) as Query;
    // A 500 at 10 s failed the query; its next poll timed out at 90 s and is being retried.
    query.setState({ ...query.state, status: 'error', error: new Error('/roadmap: 500'), errorUpdatedAt: 10_000 });
    expect(snapshotQueries([query])).toMatchObject({ failing: true, lastError: 10_000, lastErrorMessage: '/roadmap: 500' });
    query.setState({ ...query.state, fetchFailureCount: 1, fetchFailureReason: new Error('/roadmap: no answer within 15 s') });
    noteFailedAttempt(query, 90_000);
    expect(snapshotQueries([query])).toMatchObject({
      failing: true,
      lastError: 90_000,
      lastErrorMessage: '/roadmap: no answer within 15 s',
    });
    unsubscribe();
  });

  it('finds the part of the screen that is out of date while the rest updates, and says why', () => {
    const client = createAppQueryClient({ refreshMs: () => 5_000 });
    const watch = (queryKey: string[], polled = true) =>
      new QueryObserver(client, { queryKey, enabled: false, ...(polled ? {} : { refetchInterval: false as const }) }).subscribe(
        () => undefined,
      );
    const stops = [watch(['summary']), watch(['meta']), watch(['geo'], false)];
    const [summary, meta, geo] = ['summary', 'meta', 'geo'].map((key) => client.getQueryCache().find({ queryKey: [key] }) as Query);
    if (!summary || !meta || !geo) throw new Error('queries missing');
    const down = new ApiError({ kind: 'http', endpoint: '/summary', status: 500, message: '/summary: HTTP 500' });
    // /summary last answered at 10 s and fails since; /meta answered at 58 s; the shapes, fetched once, failed long ago.
    summary.setState({ ...summary.state, status: 'error', data: {}, dataUpdatedAt: 10_000, error: down, errorUpdatedAt: 55_000 });
    meta.setState({ ...meta.state, status: 'success', data: {}, dataUpdatedAt: 58_000 });
    geo.setState({ ...geo.state, status: 'error', data: {}, dataUpdatedAt: 1_000, error: new Error('geo'), errorUpdatedAt: 2_000 });
    const snap = snapshotQueries(client.getQueryCache().getAll());
    expect(snap.lastSuccess).toBe(58_000);
    expect(snap.stalestFailure).toEqual({ since: 10_000, error: down });
    // Late (2.2 intervals + 5 s = 16 s) after /summary's last success: out of date, though /meta answered 2 s ago.
    expect(staleness(snap, 5_000, 60_000)).toEqual({ since: 10_000, error: down });
    expect(staleness(snap, 5_000, 27_000)).toEqual({ since: 10_000, error: down });
    expect(staleness(snap, 5_000, 25_000)).toBeNull();
    expect(staleness(snap, null, 60_000)).toBeNull();
    // Nothing failing, everything answered long ago (a server holding requests open): out of date too.
    const quiet: LiveSnapshot = { ...snap, failing: false, stalestFailure: null };
    // Late when the panels and the status light say so: 2.2 intervals + 5 s (16 s) after the last success, not at two intervals.
    expect(staleness(quiet, 5_000, 75_000)).toEqual({ since: 58_000, error: null });
    expect(staleness(quiet, 5_000, 70_000)).toBeNull();
    expect(deriveLiveState(quiet, 5_000, false, 70_000)).toBe('ok');
    expect(deriveLiveState(quiet, 5_000, false, 75_000)).toBe('delayed');
    for (const stop of stops) stop();
  });

  it('sees a failed attempt as it happens, from the query cache, before the retry', async () => {
    const client = createAppQueryClient({ refreshMs: () => null, retry: 1 });
    const observer = new QueryObserver(client, {
      queryKey: ['roadmap'],
      queryFn: () => Promise.reject(new ApiError({ kind: 'timeout', endpoint: '/roadmap', message: '/roadmap: no answer within 15 s' })),
    });
    const unsubscribe = observer.subscribe(() => undefined);
    const query = client.getQueryCache().find({ queryKey: ['roadmap'] }) as Query;
    const before = Date.now();
    // Between the failed attempt and its retry (0.5 s later) the query has no error yet, the light has.
    await vi.waitFor(() => expect(query.state.fetchFailureCount).toBe(1));
    expect(query.state.errorUpdatedAt).toBe(0);
    const snapshot = snapshotQueries([query]);
    expect(snapshot).toMatchObject({ failing: true, lastErrorMessage: '/roadmap: no answer within 15 s' });
    expect(snapshot.lastError).toBeGreaterThanOrEqual(before);
    unsubscribe();
  });

  it('asks again at once what else failed for a passing reason when a failing query answers again', async () => {
    let apiUp = false;
    const calls: Record<string, number> = { summary: 0, meta: 0, roadmap: 0 };
    const client = createAppQueryClient({ refreshMs: () => 60_000, retry: 0 });
    const observe = (key: string, kind: 'network' | 'schema') => {
      const observer = new QueryObserver(client, {
        queryKey: [key],
        queryFn: () => {
          calls[key] = (calls[key] ?? 0) + 1;
          if (!apiUp || kind === 'schema') return Promise.reject(new ApiError({ kind, endpoint: `/${key}`, message: `/${key} failed` }));
          return Promise.resolve(key);
        },
      });
      return { observer, unsubscribe: observer.subscribe(() => undefined) };
    };
    const summary = observe('summary', 'network');
    const meta = observe('meta', 'network');
    // This one's answers do not fit the contract: asking again will not help, its back-off stands.
    const roadmap = observe('roadmap', 'schema');
    await vi.waitFor(() =>
      expect(['summary', 'meta', 'roadmap'].map((k) => client.getQueryState([k])?.status)).toEqual(['error', 'error', 'error']),
    );
    apiUp = true;
    await summary.observer.refetch(); // a panel's Retry
    await vi.waitFor(() => expect(client.getQueryState(['meta'])?.status).toBe('success'));
    expect(calls).toEqual({ summary: 2, meta: 2, roadmap: 1 });
    [summary, meta, roadmap].forEach((o) => o.unsubscribe());
  });

  it('does not ask an endpoint that stays down again for every other one that comes back', async () => {
    let apiUp = false;
    const calls: Record<string, number> = {};
    const client = createAppQueryClient({ refreshMs: () => null, retry: 0, sweepGapMs: 0 });
    const observe = (key: string, staysDown = false) => {
      const observer = new QueryObserver(client, {
        queryKey: [key],
        queryFn: () => {
          calls[key] = (calls[key] ?? 0) + 1;
          if (!apiUp) return Promise.reject(new ApiError({ kind: 'network', endpoint: `/${key}`, message: `/${key} unreachable` }));
          if (staysDown) return Promise.reject(new ApiError({ kind: 'http', status: 503, endpoint: `/${key}`, message: `/${key}: 503` }));
          return Promise.resolve(key);
        },
      });
      return { observer, unsubscribe: observer.subscribe(() => undefined) };
    };
    const all = [observe('summary'), observe('meta'), observe('regions'), observe('roadmap', true)];
    await vi.waitFor(() =>
      expect(Object.keys(calls).map((k) => client.getQueryState([k])?.status)).toEqual(['error', 'error', 'error', 'error']),
    );
    apiUp = true;
    await all[0]?.observer.refetch();
    // The first sweep asks everything that failed: meta and regions come back, and each of them would
    // sweep again; /roadmap, still down after that first sweep, is not asked again for them.
    await vi.waitFor(() =>
      expect([client.getQueryState(['meta'])?.status, client.getQueryState(['regions'])?.status]).toEqual(['success', 'success']),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toEqual({ summary: 2, meta: 2, regions: 2, roadmap: 2 });
    all.forEach((o) => o.unsubscribe());
  });
});

describe('freshness', () => {
  it('flags data received longer ago than two refresh intervals', () => {
    const limit = staleAfterMs(60_000);
    expect(limit).toBeGreaterThan(120_000);
    expect(limit).toBeLessThan(150_000);
    expect(staleAfterMs(null)).toBeNull();
    const base = { received: [1_000_000], produced: [null], staleAfterMs: limit, maxProducedAgeMs: null };
    expect(freshness({ ...base, now: 1_000_000 + 60_000 }).state).toBe('fresh');
    expect(freshness({ ...base, now: 1_000_000 + 200_000 }).state).toBe('stale');
  });

  it('flags data the API produced longer ago than expected, even when it arrives on time', () => {
    const now = Date.parse('2026-11-22T09:30:00Z');
    const maxAge = maxProducedAgeMs(60_000, 10);
    expect(maxAge).toBe(600_000);
    const input = { now, received: [now - 1_000], staleAfterMs: staleAfterMs(60_000), maxProducedAgeMs: maxAge };
    expect(freshness({ ...input, produced: [now - 60_000] }).state).toBe('fresh');
    const old = freshness({ ...input, produced: [now - 60_000, Date.parse('2026-11-20T09:30:00Z')] });
    expect(old.state).toBe('old');
    expect(old.producedAt).toBe(Date.parse('2026-11-20T09:30:00Z'));
    expect(maxProducedAgeMs(60 * 60_000, 10)).toBeGreaterThanOrEqual(2 * 60 * 60_000);
    expect(maxProducedAgeMs(60_000, null)).toBeNull();
  });

  it('doubts data dated ahead of now by more than a clock’s usual drift', () => {
    const now = Date.parse('2026-11-22T09:30:00Z');
    const input = { now, received: [now - 1_000], staleAfterMs: staleAfterMs(60_000), maxProducedAgeMs: maxProducedAgeMs(60_000, 10) };
    // A server's clock a few minutes ahead is not a fault.
    expect(freshness({ ...input, produced: [now + 5 * 60_000] }).state).toBe('fresh');
    const ahead = freshness({ ...input, produced: [now - 60_000, Date.parse('2099-01-01T00:00:00Z')] });
    expect(ahead.state).toBe('future');
    expect(ahead.latestProducedAt).toBe(Date.parse('2099-01-01T00:00:00Z'));
    // Not received on time still says so first.
    expect(freshness({ ...input, now: now + 200_000, produced: [Date.parse('2099-01-01T00:00:00Z')] }).state).toBe('stale');
  });

  it('reads asOf from a response body and ignores anything that is not a date-time', () => {
    expect(asOfOf({ asOf: '2026-11-22T09:30:00Z' })).toBe(Date.parse('2026-11-22T09:30:00Z'));
    expect(asOfOf({ asOf: 'yesterday' })).toBeNull();
    expect(asOfOf({ asOf: 5 })).toBeNull();
    expect(asOfOf(null)).toBeNull();
  });
});

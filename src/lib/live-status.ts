/**
 * The state of auto-refresh across the app (Superset's AutoRefreshStatus): ok, fetching, delayed,
 * error or paused, with the last success and the last error. Derived from the query cache.
 */
import { notifyManager, useQueryClient, type Query } from '@tanstack/react-query';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { asOfOf, freshness, staleAfterMs } from './freshness';

/**
 * `notCurrent`: every answer comes, but the data in them is older than `maxDataAgeMinutes` or dated ahead
 * of now (the panels say which); the light said "Up to date" beside "Data as of 1 March 2019".
 */
export type LiveState = 'ok' | 'fetching' | 'delayed' | 'error' | 'paused' | 'notCurrent';

export interface LiveSnapshot {
  fetching: boolean;
  failing: boolean;
  lastSuccess: number;
  lastError: number;
  lastErrorMessage: string | null;
  /**
   * Of the polled queries on screen that are failing, the one whose data is oldest: when its data was
   * last updated (0: never) and why it fails. A single endpoint failing leaves the others' successes
   * newer than its data, so the last success alone would not show that part of the screen is old.
   */
  stalestFailure: { since: number; error: unknown } | null;
  /** The oldest and the newest `asOf` of the data on screen (ms), null where no answer gives one. */
  produced: { oldest: number; newest: number } | null;
}

/**
 * When each query's latest attempt failed. TanStack dates an error (errorUpdatedAt) only once the
 * retries are spent, so a timeout being retried would leave "last error" at an older failure.
 */
const failedAttemptAt = new WeakMap<Query, number>();

/** Called by the query cache for every failed attempt (src/app/query-client.ts). */
export const noteFailedAttempt = (query: Query, at: number = Date.now()): void => {
  failedAttemptAt.set(query, at);
};

export const snapshotQueries = (queries: readonly Query[]): LiveSnapshot => {
  let fetching = false;
  let failing = false;
  let lastSuccess = 0;
  let lastError = 0;
  let lastErrorMessage: string | null = null;
  let stalestFailure: LiveSnapshot['stalestFailure'] = null;
  let produced: LiveSnapshot['produced'] = null;
  for (const q of queries) {
    if (q.getObserversCount() === 0) continue;
    const s = q.state;
    const asOf = asOfOf(s.data);
    if (asOf !== null)
      produced = produced
        ? { oldest: Math.min(produced.oldest, asOf), newest: Math.max(produced.newest, asOf) }
        : { oldest: asOf, newest: asOf };
    if (s.fetchStatus === 'fetching') fetching = true;
    if (s.dataUpdatedAt > lastSuccess) lastSuccess = s.dataUpdatedAt;
    // An attempt that failed while retries go on is an error too, named by its own reason.
    const attemptAt = s.fetchFailureCount > 0 ? (failedAttemptAt.get(q) ?? 0) : 0;
    const retrying = attemptAt > s.errorUpdatedAt;
    const errorAt = retrying ? attemptAt : s.errorUpdatedAt;
    if (errorAt > lastError) {
      lastError = errorAt;
      const error = retrying ? s.fetchFailureReason : s.error;
      lastErrorMessage = error instanceof Error ? error.message : null;
    }
    // A failed attempt counts at once, while TanStack still retries: the light must not say "ok"
    // for the seconds the retries take.
    if (s.status === 'error' || (s.error && s.errorUpdatedAt > s.dataUpdatedAt) || s.fetchFailureCount > 0) {
      failing = true;
      // Only what is polled ages: the regions' shapes, fetched once, are never out of date.
      const polled = q.observers.some((observer) => observer.options.refetchInterval !== false);
      if (polled && (stalestFailure === null || s.dataUpdatedAt < stalestFailure.since)) {
        stalestFailure = { since: s.dataUpdatedAt, error: retrying ? s.fetchFailureReason : (s.error ?? s.fetchFailureReason) };
      }
    }
  }
  return { fetching, failing, lastSuccess, lastError, lastErrorMessage, stalestFailure, produced };
};

/** Whether the data on screen is older than `maxProducedAgeMs` allows, or dated ahead of now (lib/freshness). */
export const dataNotCurrent = (snap: LiveSnapshot, now: number, maxProducedAgeMs: number | null): boolean => {
  if (!snap.produced) return false;
  const { state } = freshness({
    now,
    received: [],
    produced: [snap.produced.oldest, snap.produced.newest],
    staleAfterMs: null,
    maxProducedAgeMs,
  });
  return state === 'old' || state === 'future';
};

export const deriveLiveState = (
  snap: LiveSnapshot,
  refreshMs: number | null,
  paused: boolean,
  now: number,
  maxProducedAgeMs: number | null = null,
): LiveState => {
  if (snap.failing) return 'error';
  const polling = !paused && refreshMs !== null;
  const limit = staleAfterMs(refreshMs);
  // Before "fetching": a server that holds requests open without failing leaves the light fetching
  // for as long as the timeout; once the last success is too old, "delayed" is what the user must see.
  if (polling && snap.lastSuccess > 0 && limit !== null && now - snap.lastSuccess > limit) return 'delayed';
  if (snap.fetching) return 'fetching';
  if (dataNotCurrent(snap, now, maxProducedAgeMs)) return 'notCurrent';
  if (!polling) return 'paused';
  return 'ok';
};

/** What is on screen and out of date: since when (0: never had data) and, when known, why. */
export interface Staleness {
  since: number;
  error: unknown;
}

/**
 * Whether part of the screen is late (the wall's loud warning): a failing query's data, whatever the
 * other queries' successes, or everything when nothing has answered for that long (a server that holds
 * requests open fails nothing until the timeout). Late is what the panels and the status light call late
 * (`staleAfterMs`: two polls with their jitter, plus 5 s), so the wall's warning, its light and its
 * panels agree. Not while polling is off.
 */
export const staleness = (snap: LiveSnapshot, refreshMs: number | null, now: number): Staleness | null => {
  const limit = staleAfterMs(refreshMs);
  if (limit === null) return null;
  const failure = snap.stalestFailure;
  if (failure && (failure.since === 0 || now - failure.since > limit)) return failure;
  const everything = snap.lastSuccess === 0 ? snap.failing : now - snap.lastSuccess > limit;
  return everything ? { since: snap.lastSuccess, error: failure?.error ?? null } : null;
};

export const useLiveSnapshot = (): LiveSnapshot => {
  const client = useQueryClient();
  const cached = useRef<{ key: string; value: LiveSnapshot } | null>(null);
  // Through notifyManager, as TanStack's own useIsFetching does: the cache tells of a query that a
  // component's render has just created, and a store change heard during another component's render
  // would update this one inside it (React: "Cannot update a component while rendering a different one").
  const subscribe = useCallback((onChange: () => void) => client.getQueryCache().subscribe(notifyManager.batchCalls(onChange)), [client]);
  const getSnapshot = useCallback(() => {
    const value = snapshotQueries(client.getQueryCache().getAll());
    const stalest = value.stalestFailure;
    const produced = value.produced ? `${value.produced.oldest}-${value.produced.newest}` : '';
    const key = `${value.fetching}|${value.failing}|${value.lastSuccess}|${value.lastError}|${value.lastErrorMessage}|${stalest ? `${stalest.since}:${String(stalest.error)}` : ''}|${produced}`;
    if (cached.current?.key !== key) cached.current = { key, value };
    return cached.current.value;
  }, [client]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
};

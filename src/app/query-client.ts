/**
 * The app's QueryClient. It owns polling (the dashboard, not each panel, decides the refresh, as in
 * Grafana): every active query polls at the chosen interval with jitter, and backs off exponentially
 * while its endpoint keeps failing, so many wall screens do not hammer a struggling server.
 *
 * Hidden tabs do not poll (refetchIntervalInBackground stays false) and refetch at once when shown
 * again (refetchOnWindowFocus). A wall display opts in to polling while hidden with
 * `useBackgroundPolling()` from src/lib/background-polling.ts.
 */
import { QueryCache, QueryClient, type Query } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { noteFailedAttempt } from '../lib/live-status';
import { consecutiveFailures, nextPollDelay, seededRandom } from '../lib/refresh';

export interface AppQueryClientOptions {
  /** The current base refresh interval in ms, or null when auto-refresh is off. */
  refreshMs: () => number | null;
  /** Retries of a failed fetch before the query reports an error; tests turn them off. */
  retry?: number;
  /** At least this long between two recovery sweeps (see `sweep`); tests shorten it. */
  sweepGapMs?: number;
}

/**
 * Worth retrying at once: the network, a timeout, a 5xx, 408 or 429. A 4xx, invalid JSON or a schema
 * mismatch will fail the same way again; the next poll (with back-off) is retry enough.
 */
export const isTransientError = (error: unknown): boolean => {
  if (!(error instanceof ApiError)) return true;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  if (error.kind === 'http') return error.status === null || error.status >= 500 || error.status === 408 || error.status === 429;
  return false;
};

/** How long the server asked, with its failure, to be left alone (`Retry-After`), in ms; 0 if it did not. */
export const askedToWaitMs = (error: unknown): number => (error instanceof ApiError ? (error.retryAfterMs ?? 0) : 0);

/**
 * Failing, not being asked again right now, and for a reason that may since have passed: not while the
 * server's `Retry-After` runs.
 */
const failingTransiently = (query: Query): boolean =>
  query.state.fetchStatus === 'idle' &&
  query.state.status === 'error' &&
  isTransientError(query.state.error) &&
  Date.now() >= query.state.errorUpdatedAt + askedToWaitMs(query.state.error);

export const createAppQueryClient = ({ refreshMs, retry = 2, sweepGapMs = 15_000 }: AppQueryClientOptions): QueryClient => {
  // errorUpdateCount of each query at its last success: the failures since then are consecutive.
  const errorsAtLastSuccess = new Map<string, number>();
  let lastSweepAt = -Infinity;
  // Queries a sweep asked again that have not answered since: they keep their own back-off.
  const sweptSinceSuccess = new Set<string>();
  /**
   * A query that had been failing answered again (its next poll, or a panel's Retry): the API is back.
   * What else is failing for a passing reason is asked again at once, instead of each waiting out its
   * back-off (up to four intervals) with its error — and the status light's — on screen. Politely: one
   * sweep per `sweepGapMs` (or half an interval, if longer), and a query a sweep asked that has not
   * answered since keeps its back-off — an endpoint that stays down is not asked again for every other
   * one that comes back.
   */
  const sweep = (): void => {
    const at = Date.now();
    if (at - lastSweepAt < Math.max(sweepGapMs, (refreshMs() ?? 0) / 2)) return;
    lastSweepAt = at;
    const asked = (q: Query): boolean => {
      if (!failingTransiently(q) || sweptSinceSuccess.has(q.queryHash)) return false;
      sweptSinceSuccess.add(q.queryHash);
      return true;
    };
    void client.refetchQueries({ type: 'active', predicate: asked });
  };
  const queryCache = new QueryCache({
    onSuccess: (_data, query) => {
      const recovered = query.state.errorUpdateCount > (errorsAtLastSuccess.get(query.queryHash) ?? 0);
      errorsAtLastSuccess.set(query.queryHash, query.state.errorUpdateCount);
      sweptSinceSuccess.delete(query.queryHash);
      if (recovered) setTimeout(sweep, 0);
    },
  });
  queryCache.subscribe((event) => {
    if (event.type === 'removed') {
      errorsAtLastSuccess.delete(event.query.queryHash);
      sweptSinceSuccess.delete(event.query.queryHash);
    }
    if (event.type === 'updated' && event.action.type === 'failed') noteFailedAttempt(event.query as Query);
  });

  const client: QueryClient = new QueryClient({
    queryCache,
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        gcTime: 5 * 60_000,
        // A server that says when to come back (429 or 503 with Retry-After) is not asked again at once:
        // twelve requests a minute to /meta answered "wait two minutes" every time.
        retry: (failureCount, error) => failureCount < retry && isTransientError(error) && askedToWaitMs(error) === 0,
        // 0.5 s, then 1 s: a blip is ridden out, yet a real failure is on screen within about a second
        // and a half of the poll that met it (panels given failureReason show it at the first attempt).
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 15_000),
        // Show failures even when the browser thinks it is offline (a closed network often looks offline).
        networkMode: 'always',
        refetchOnWindowFocus: true,
        refetchInterval: (query) => {
          const base = refreshMs();
          if (base === null) return false;
          const { state } = query;
          const failures = consecutiveFailures(state, errorsAtLastSuccess.get(query.queryHash) ?? 0);
          // One jitter per poll cycle (see seededRandom): re-renders must not restart the timer.
          const seed = `${query.queryHash}|${state.dataUpdatedAt}|${state.errorUpdatedAt}`;
          // Not before the server's Retry-After (at most 10 minutes: a screen comes back soon after the API).
          return Math.max(
            nextPollDelay(base, failures, () => seededRandom(seed)),
            askedToWaitMs(state.error),
          );
        },
      },
    },
  });
  return client;
};

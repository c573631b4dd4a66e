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

/** Failing, not being asked again right now, and for a reason that may since have passed. */
const failingTransiently = (query: Query): boolean =>
  query.state.fetchStatus === 'idle' && query.state.status === 'error' && isTransientError(query.state.error);

export const createAppQueryClient = ({ refreshMs, retry = 2 }: AppQueryClientOptions): QueryClient => {
  // errorUpdateCount of each query at its last success: the failures since then are consecutive.
  const errorsAtLastSuccess = new Map<string, number>();
  const queryCache = new QueryCache({
    onSuccess: (_data, query) => {
      const recovered = query.state.errorUpdateCount > (errorsAtLastSuccess.get(query.queryHash) ?? 0);
      errorsAtLastSuccess.set(query.queryHash, query.state.errorUpdateCount);
      // A query that had been failing answered again (its next poll, or a panel's Retry): the API is
      // back. Ask again at once what else is failing for a passing reason, instead of each waiting out
      // its back-off (up to four intervals) with its error — and the status light's — on screen.
      if (recovered) setTimeout(() => void client.refetchQueries({ type: 'active', predicate: failingTransiently }), 0);
    },
  });
  queryCache.subscribe((event) => {
    if (event.type === 'removed') errorsAtLastSuccess.delete(event.query.queryHash);
    if (event.type === 'updated' && event.action.type === 'failed') noteFailedAttempt(event.query as Query);
  });

  const client: QueryClient = new QueryClient({
    queryCache,
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        gcTime: 5 * 60_000,
        retry: (failureCount, error) => failureCount < retry && isTransientError(error),
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
          return nextPollDelay(base, failures, () => seededRandom(seed));
        },
      },
    },
  });
  return client;
};

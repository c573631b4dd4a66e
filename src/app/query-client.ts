/**
 * The app's QueryClient. It owns polling (the dashboard, not each panel, decides the refresh, as in
 * Grafana): every active query polls at the chosen interval with jitter, and backs off exponentially
 * while its endpoint keeps failing, so many wall screens do not hammer a struggling server.
 */
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { nextPollDelay } from '../lib/refresh';

export interface AppQueryClientOptions {
  /** The current base refresh interval in ms, or null when auto-refresh is off. */
  refreshMs: () => number | null;
  /** Tests turn retries off so a failure shows at once. */
  retry?: number;
}

export const createAppQueryClient = ({ refreshMs, retry = 2 }: AppQueryClientOptions): QueryClient => {
  // Consecutive failed fetches per query (TanStack resets its own count at each new fetch).
  const failures = new Map<string, number>();
  const queryCache = new QueryCache({
    onError: (_error, query) => failures.set(query.queryHash, (failures.get(query.queryHash) ?? 0) + 1),
    onSuccess: (_data, query) => failures.delete(query.queryHash),
  });
  queryCache.subscribe((event) => {
    if (event.type === 'removed') failures.delete(event.query.queryHash);
  });

  return new QueryClient({
    queryCache,
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        gcTime: 5 * 60_000,
        retry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 15_000),
        // Show failures even when the browser thinks it is offline (a closed network often looks offline).
        networkMode: 'always',
        refetchOnWindowFocus: true,
        refetchInterval: (query) => {
          const base = refreshMs();
          return base === null ? false : nextPollDelay(base, failures.get(query.queryHash) ?? 0);
        },
      },
    },
  });
};

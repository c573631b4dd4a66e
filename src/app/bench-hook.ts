/**
 * A handle for the benchmarks in tests/bench. With `?bench` in the address at start-up,
 * `window.fomBench.refresh()` refetches every active query as "refresh now" does (src/lib/refresh-now.ts)
 * and resolves once the data has landed in the cache, so a soak run can drive thousands of refresh
 * cycles in minutes instead of waiting for the polling interval. Without the parameter nothing is exposed.
 */
import type { QueryClient } from '@tanstack/react-query';
import { refreshNow } from '../lib/refresh-now';

export interface BenchHook {
  refresh: () => Promise<void>;
}

/** The address's parameter that exposes the hook. */
export const BENCH_PARAM = 'bench';

export const exposeBenchHook = (queryClient: QueryClient, search: string = window.location.search): void => {
  if (!new URLSearchParams(search).has(BENCH_PARAM)) return;
  const hook: BenchHook = { refresh: () => refreshNow(queryClient) };
  Object.assign(window, { fomBench: hook });
};

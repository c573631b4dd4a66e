/**
 * "Refresh now" (the header's button, a new interval, the benchmark's refresh): every active query is
 * asked again, one per task. `refetchQueries` starts them all in one task, and TanStack Query's work for
 * each (its observers' results and timers, React's subscriptions) made that one 57 ms task on
 * /directions' 17 queries, in the very click that asked for it. Resolves once every answer has landed.
 */
import type { QueryClient } from '@tanstack/react-query';
import { nextTask } from './in-slices';

export const refreshNow = async (client: QueryClient): Promise<void> => {
  const asked: Promise<void>[] = [];
  for (const query of client.getQueryCache().findAll({ type: 'active' })) {
    asked.push(client.refetchQueries({ queryKey: query.queryKey, exact: true, type: 'active' }));
    await nextTask();
  }
  await Promise.all(asked);
};

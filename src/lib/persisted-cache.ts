/**
 * Keeps the last good data of a wall screen across reloads and reboots: queries' last good data is
 * written to localStorage (throttled) and read back before the first render, so a screen that comes
 * back with no network shows its last numbers, marked stale by their old timestamps.
 */
import { dehydrate, hydrate, type Query, type QueryClient } from '@tanstack/react-query';

export const PERSIST_KEY = 'fom.wall-cache.v1';
/** Older than this, a saved picture is more misleading than helpful. */
export const PERSIST_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** Leave room in the origin's storage quota for everything else. */
const MAX_BYTES = 2_000_000;

interface Saved {
  savedAt: number;
  state: ReturnType<typeof dehydrate>;
}

export const restoreQueryCache = (client: QueryClient, storage: Storage = window.localStorage, now = Date.now()): boolean => {
  try {
    const raw = storage.getItem(PERSIST_KEY);
    if (!raw) return false;
    const saved = JSON.parse(raw) as Saved;
    if (typeof saved.savedAt !== 'number' || now - saved.savedAt > PERSIST_MAX_AGE_MS) {
      storage.removeItem(PERSIST_KEY);
      return false;
    }
    // Only what the cache does not hold yet: a served wall starts with its first scene's answers, newer
    // than anything saved, and the copy fills in the other scenes'.
    const missing = saved.state.queries.filter((query) => !client.getQueryCache().get(query.queryHash));
    hydrate(client, { ...saved.state, queries: missing });
    return missing.length > 0;
  } catch {
    // A corrupt or foreign entry must never stop the screen from starting.
    return false;
  }
};

/** What is saved: every query with data, whether or not its last refresh failed. */
const hasData = (query: Query): boolean => query.state.data !== undefined;

/** Starts saving the cache; returns the function that stops it. */
export const persistQueryCache = (client: QueryClient, storage: Storage = window.localStorage, throttleMs = 2_000): (() => void) => {
  let timer: number | undefined;
  const save = () => {
    timer = undefined;
    try {
      const dehydrated = dehydrate(client, { shouldDehydrateQuery: hasData });
      // A query whose refreshes fail keeps its last good data on screen, and so in the copy: saved as that
      // data (with its old time, so it reads as stale), not left out, or a save that another query's answer
      // set off during an outage dropped it, and after a reboot its scene had nothing to show.
      const state = {
        ...dehydrated,
        queries: dehydrated.queries.map((q) =>
          q.state.status === 'error'
            ? { ...q, state: { ...q.state, status: 'success' as const, error: null, fetchStatus: 'idle' as const } }
            : q,
        ),
      };
      const text = JSON.stringify({ savedAt: Date.now(), state } satisfies Saved);
      if (text.length <= MAX_BYTES) storage.setItem(PERSIST_KEY, text);
    } catch {
      // Quota exceeded or storage disabled: the screen works on, only without the reboot safety net.
    }
  };
  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    if (timer === undefined) timer = window.setTimeout(save, throttleMs);
  });
  // Data that arrived before this started (with a server-rendered first screen it all has) is saved too,
  // not only after the next refresh.
  if (client.getQueryCache().getAll().some(hasData)) timer = window.setTimeout(save, throttleMs);
  return () => {
    unsubscribe();
    if (timer !== undefined) window.clearTimeout(timer);
  };
};

import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { PERSIST_KEY, persistQueryCache, restoreQueryCache } from '../../src/lib/persisted-cache';

/** localStorage as a plain map, one per test. */
const memoryStorage = (): Storage => {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
};

const saved = async (storage: Storage) => {
  await new Promise((done) => setTimeout(done, 20));
  return storage.getItem(PERSIST_KEY);
};

describe("the wall's saved copy of its data", () => {
  it('keeps the last good data of a query whose refresh failed, and gives it back after a reboot as data, not as a failure', async () => {
    const storage = memoryStorage();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const stop = persistQueryCache(client, storage, 0);
    client.setQueryData(['regions'], { regions: 20 });
    expect(await saved(storage)).toContain('"regions":20');

    // The outage: /regions fails, keeping its data on screen; another answer (/meta) then sets off a save.
    await client.prefetchQuery({ queryKey: ['regions'], queryFn: () => Promise.reject(new Error('down')), staleTime: 0 });
    expect(client.getQueryState(['regions'])).toMatchObject({ status: 'error', data: { regions: 20 } });
    client.setQueryData(['meta'], { asOf: 'now' });
    const text = await saved(storage);
    expect(text).toContain('"asOf":"now"');
    // It was left out (only successful queries were saved), and the rebooted wall's map had nothing.
    expect(text).toContain('"regions":20');
    stop();

    const rebooted = new QueryClient();
    expect(restoreQueryCache(rebooted, storage)).toBe(true);
    expect(rebooted.getQueryData(['regions'])).toEqual({ regions: 20 });
    expect(rebooted.getQueryState(['regions'])).toMatchObject({ status: 'success', error: null });
  });

  it("fills in only what the cache lacks: a served wall's newer first answers stay, the other scenes' come back", async () => {
    const storage = memoryStorage();
    const before = new QueryClient();
    const stop = persistQueryCache(before, storage, 0);
    before.setQueryData(['summary'], { volunteers: 1 });
    before.setQueryData(['region', 'KZ-11'], { volunteers: 2 });
    expect(await saved(storage)).toContain('KZ-11');
    stop();

    const served = new QueryClient();
    served.setQueryData(['summary'], { volunteers: 3 }, { updatedAt: 1 });
    expect(restoreQueryCache(served, storage)).toBe(true);
    expect(served.getQueryData(['summary'])).toEqual({ volunteers: 3 });
    expect(served.getQueryState(['summary'])?.dataUpdatedAt).toBe(1);
    expect(served.getQueryData(['region', 'KZ-11'])).toEqual({ volunteers: 2 });
    // Nothing to fill in: nothing was restored.
    expect(restoreQueryCache(served, storage)).toBe(false);
  });
});

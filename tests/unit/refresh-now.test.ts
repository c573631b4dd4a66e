import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { refreshNow } from '../../src/lib/refresh-now';

describe('refreshNow', () => {
  it('asks every active query again, the first at once and the others one per task, and resolves once all have answered', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    const asked: string[] = [];
    const observe = (name: string) =>
      new QueryObserver(client, {
        queryKey: [name],
        queryFn: async () => {
          asked.push(name);
          await new Promise((answer) => setTimeout(answer, 5));
          return `${name} ${asked.length}`;
        },
      });
    const names = ['meta', 'summary', 'regions'];
    const stops = names.map((name) => observe(name).subscribe(() => undefined));
    // An inactive query (nothing shows it) is left alone.
    await client.prefetchQuery({ queryKey: ['unwatched'], queryFn: () => 'old' });
    await expect.poll(() => names.every((name) => client.getQueryData([name]) !== undefined)).toBe(true);
    asked.length = 0;

    const done = refreshNow(client);
    // Within the task that asked (its microtasks included) only the first is asked: the status light says
    // "refreshing" at once, and the rest follow in tasks of their own.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(asked).toEqual(['meta']);
    await done;
    expect(asked).toEqual(names);
    for (const name of names) expect(client.getQueryData([name])).toMatch(new RegExp(`^${name} `));
    expect(client.getQueryData(['unwatched'])).toBe('old');
    stops.forEach((stop) => stop());
  });
});

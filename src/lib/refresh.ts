/**
 * Auto-refresh policy: the interval comes from `?refresh=` or the runtime config; each poll is jittered
 * so many screens do not hit the server in step, and failures back off exponentially (Superset #16944).
 */
export const REFRESH_CHOICES = ['off', '15s', '30s', '1m', '5m'] as const;

/** "30s" → 30000, "1m" → 60000, "off" → null; anything else → undefined (not understood). */
export const parseRefresh = (raw: string): number | null | undefined => {
  if (raw === 'off') return null;
  const m = /^(\d{1,4})(s|m)$/.exec(raw);
  if (!m) return undefined;
  const ms = Number(m[1]) * (m[2] === 'm' ? 60_000 : 1000);
  return ms >= 1000 && ms <= 3_600_000 ? ms : undefined;
};

/** The `refresh` parameter's text when it is there but not understood (for the notices that name it), else null. */
export const invalidRefresh = (raw: string | null): string | null => (raw !== null && parseRefresh(raw) === undefined ? raw : null);

/** An interval as whole minutes, or else seconds: 60 000 → { count: 1, unit: 'minutes' }, 90 000 → { count: 90, unit: 'seconds' }. */
export const refreshAmount = (ms: number): { count: number; unit: 'seconds' | 'minutes' } =>
  ms % 60_000 === 0 ? { count: ms / 60_000, unit: 'minutes' } : { count: Math.round(ms / 1000), unit: 'seconds' };

/**
 * The interval as the URL writes it, the same in every language: 60 000 → "1m", 15 000 → "15s", null →
 * "off". What the reader sees is localised by the refresh control (`refreshAmount`).
 */
export const formatRefresh = (ms: number | null): string => {
  if (ms === null) return 'off';
  const { count, unit } = refreshAmount(ms);
  return `${count}${unit === 'minutes' ? 'm' : 's'}`;
};

export const MAX_BACKOFF_MS = 10 * 60_000;
/** Back-off never waits more than this many base intervals, so a screen recovers soon after the API does. */
export const MAX_BACKOFF_FACTOR = 4;

/**
 * Milliseconds until the next poll: the base interval ±10 % jitter, doubled per consecutive failure
 * (at most four intervals or 10 minutes, never shorter than the base). `random` is injectable for tests.
 */
export const nextPollDelay = (baseMs: number, consecutiveFailures: number, random: () => number = Math.random): number => {
  const cap = Math.max(baseMs, Math.min(MAX_BACKOFF_MS, baseMs * MAX_BACKOFF_FACTOR));
  const backoff = Math.min(baseMs * 2 ** Math.min(consecutiveFailures, 10), cap);
  const jitter = 1 + (random() - 0.5) * 0.2;
  return Math.round(backoff * jitter);
};

/**
 * A number in [0, 1) fixed by `seed` (FNV-1a). TanStack Query re-evaluates `refetchInterval` on every
 * render of a component that uses the query and restarts the timer whenever the value differs: a
 * fresh Math.random() each time would let a component that re-renders more often than the interval
 * (a ticking relative time, say) postpone its poll for ever. Seeding the jitter with the query and its
 * last fetch gives one delay per poll cycle, still different between screens and between cycles.
 */
export const seededRandom = (seed: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  // One more avalanche round so seeds differing only in the last digit spread over the whole range.
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) / 2 ** 32;
};

/** What the poll scheduler needs of a query's state (a subset of TanStack's QueryState). */
export interface PollState {
  dataUpdatedAt: number;
  errorUpdatedAt: number;
  errorUpdateCount: number;
}

/**
 * Consecutive failed fetches of a query: errors since its last success. `errorsAtLastSuccess` is the
 * query's errorUpdateCount when it last succeeded (0 if never). Read from the state itself because
 * TanStack computes the next interval before the cache's onError callback could count the failure.
 */
export const consecutiveFailures = (state: PollState, errorsAtLastSuccess: number): number =>
  state.errorUpdatedAt > state.dataUpdatedAt ? Math.max(0, state.errorUpdateCount - errorsAtLastSuccess) : 0;

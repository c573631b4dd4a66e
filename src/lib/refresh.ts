/**
 * Auto-refresh policy: the interval comes from `?refresh=` or the runtime config; each poll is jittered
 * so many screens do not hit the server in step, and failures back off exponentially (Superset #16944).
 */
export const REFRESH_CHOICES = ['off', '15s', '30s', '1m', '5m'] as const;
export type RefreshChoice = (typeof REFRESH_CHOICES)[number];

/** "30s" → 30000, "1m" → 60000, "off" → null; anything else → undefined (not understood). */
export const parseRefresh = (raw: string): number | null | undefined => {
  if (raw === 'off') return null;
  const m = /^(\d{1,4})(s|m)$/.exec(raw);
  if (!m) return undefined;
  const ms = Number(m[1]) * (m[2] === 'm' ? 60_000 : 1000);
  return ms >= 1000 && ms <= 3_600_000 ? ms : undefined;
};

export const formatRefresh = (ms: number | null): string =>
  ms === null ? 'off' : ms % 60_000 === 0 ? `${ms / 60_000}m` : `${Math.round(ms / 1000)}s`;

export const MAX_BACKOFF_MS = 10 * 60_000;

/**
 * Milliseconds until the next poll: the base interval ±10 % jitter, doubled per consecutive failure
 * (at most 10 minutes, never shorter than the base). `random` is injectable for tests.
 */
export const nextPollDelay = (baseMs: number, consecutiveFailures: number, random: () => number = Math.random): number => {
  const backoff = Math.min(baseMs * 2 ** Math.min(consecutiveFailures, 10), Math.max(baseMs, MAX_BACKOFF_MS));
  const jitter = 1 + (random() - 0.5) * 0.2;
  return Math.round(backoff * jitter);
};

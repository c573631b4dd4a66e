/**
 * How fresh a panel's data is (nl-covid19-data-dashboard #60: one header timestamp hid a panel that
 * had stopped updating). Two clocks: when the browser last received the data (TanStack's
 * dataUpdatedAt, renewed by every successful poll, 304 included) and when the API produced it (the
 * response's `asOf`). Either being older than expected makes the panel warn. DOM-free, unit-tested.
 */

/** Data received longer ago than this is stale: two polls (with their ±10 % jitter) missed, plus time for the request. */
export const staleAfterMs = (refreshMs: number | null): number | null => (refreshMs === null ? null : Math.round(refreshMs * 2.2) + 5_000);

/** The production age that still counts as current: the configured one, never less than the receipt limit. */
export const maxProducedAgeMs = (refreshMs: number | null, maxDataAgeMinutes: number | null): number | null => {
  if (maxDataAgeMinutes === null) return null;
  return Math.max(maxDataAgeMinutes * 60_000, staleAfterMs(refreshMs) ?? 0);
};

/** The `asOf` of a response body, in ms, when it has a valid one. */
export const asOfOf = (data: unknown): number | null => {
  if (typeof data !== 'object' || data === null || !('asOf' in data)) return null;
  const raw = data.asOf;
  if (typeof raw !== 'string') return null;
  const ms = Date.parse(raw);
  return Number.isFinite(ms) ? ms : null;
};

export type FreshnessState = 'fresh' | 'stale' | 'old';

export interface Freshness {
  state: FreshnessState;
  /** The oldest receipt among the panel's queries (ms), null when nothing was received. */
  receivedAt: number | null;
  /** The oldest `asOf` among the panel's queries (ms), null when none says. */
  producedAt: number | null;
}

export interface FreshnessInput {
  now: number;
  /** dataUpdatedAt of each query (0 = never). */
  received: readonly number[];
  /** asOf of each query's data, where known. */
  produced: readonly (number | null)[];
  /** null: receipt age is not checked (auto-refresh off). */
  staleAfterMs: number | null;
  /** null: production age is not checked. */
  maxProducedAgeMs: number | null;
}

const oldest = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null && v > 0);
  return known.length ? Math.min(...known) : null;
};

export const freshness = ({ now, received, produced, staleAfterMs: stale, maxProducedAgeMs: maxAge }: FreshnessInput): Freshness => {
  const receivedAt = oldest(received);
  const producedAt = oldest(produced);
  let state: FreshnessState = 'fresh';
  if (receivedAt !== null && stale !== null && now - receivedAt > stale) state = 'stale';
  else if (producedAt !== null && maxAge !== null && now - producedAt > maxAge) state = 'old';
  return { state, receivedAt, producedAt };
};

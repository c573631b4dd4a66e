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

/**
 * How far ahead of this browser's clock an `asOf` may be before it is doubted: clocks a few minutes apart
 * are common; data dated hours or years ahead (2099) means the API's clock or its data is wrong.
 */
export const FUTURE_TOLERANCE_MS = 15 * 60_000;

/** stale: not received on time; future: dated ahead of now beyond the tolerance; old: produced too long ago. */
export type FreshnessState = 'fresh' | 'stale' | 'future' | 'old';

export interface Freshness {
  state: FreshnessState;
  /** The oldest receipt among the panel's queries (ms), null when nothing was received. */
  receivedAt: number | null;
  /** The oldest `asOf` among the panel's queries (ms), null when none says. */
  producedAt: number | null;
  /** The newest `asOf` (ms): the one a `future` state is about. */
  latestProducedAt: number | null;
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

const known = (values: readonly (number | null)[]): number[] => values.filter((v): v is number => v !== null && v > 0);
const oldest = (values: readonly (number | null)[]): number | null => {
  const times = known(values);
  return times.length ? Math.min(...times) : null;
};
const newest = (values: readonly (number | null)[]): number | null => {
  const times = known(values);
  return times.length ? Math.max(...times) : null;
};

export const freshness = ({ now, received, produced, staleAfterMs: stale, maxProducedAgeMs: maxAge }: FreshnessInput): Freshness => {
  const receivedAt = oldest(received);
  const producedAt = oldest(produced);
  const latestProducedAt = newest(produced);
  let state: FreshnessState = 'fresh';
  if (receivedAt !== null && stale !== null && now - receivedAt > stale) state = 'stale';
  else if (latestProducedAt !== null && latestProducedAt - now > FUTURE_TOLERANCE_MS) state = 'future';
  else if (producedAt !== null && maxAge !== null && now - producedAt > maxAge) state = 'old';
  return { state, receivedAt, producedAt, latestProducedAt };
};

/**
 * The live feed's state, kept apart from the view: events on screen, events that arrived while the
 * user was reading (held back until asked for, so nothing moves under the reader), and the bounds
 * that keep memory flat on a screen left open for days. DOM-free and unit-tested.
 */
import type { ActivityEvent } from '../../../api/contract';

/** Events kept on screen; older ones drop off the end. */
export const MAX_SHOWN = 100;
/** Events held back; beyond this only the newest are kept (the count still says how many came). */
export const MAX_PENDING = 100;

export interface FeedState {
  /** On screen, newest first. */
  shown: readonly ActivityEvent[];
  /** Arrived and not yet shown, newest first. */
  pending: readonly ActivityEvent[];
  /** How many events arrived since the last reveal (may exceed pending.length). */
  pendingCount: number;
}

export const EMPTY_FEED: FeedState = { shown: [], pending: [], pendingCount: 0 };

const atMs = (e: ActivityEvent): number => Date.parse(e.at);
const newestFirst = (a: ActivityEvent, b: ActivityEvent): number => atMs(b) - atMs(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * Takes a response's events into the feed. On the first response (nothing shown) or with `reveal`,
 * they go on screen; afterwards unseen events are held back in `pending`. Returns the same object when
 * nothing is new, so a poll that brings nothing causes no re-render.
 */
export const receiveEvents = (state: FeedState, incoming: readonly ActivityEvent[], reveal = false): FeedState => {
  const seen = new Set<string>();
  for (const e of state.shown) seen.add(e.id);
  for (const e of state.pending) seen.add(e.id);
  const fresh = incoming.filter((e) => !seen.has(e.id));
  if (fresh.length === 0) return state;
  if (state.shown.length === 0 || reveal) {
    return { shown: [...fresh, ...state.pending, ...state.shown].sort(newestFirst).slice(0, MAX_SHOWN), pending: [], pendingCount: 0 };
  }
  return {
    shown: state.shown,
    pending: [...fresh, ...state.pending].sort(newestFirst).slice(0, MAX_PENDING),
    pendingCount: state.pendingCount + fresh.length,
  };
};

/** Puts the held-back events on screen (the user asked for them). */
export const revealPending = (state: FeedState): FeedState =>
  state.pending.length === 0
    ? state
    : { shown: [...state.pending, ...state.shown].sort(newestFirst).slice(0, MAX_SHOWN), pending: [], pendingCount: 0 };

export type RelativeTime = { unit: 'now' } | { unit: 'minutes' | 'hours'; count: number } | { unit: 'absolute' };

/** "just now", "5 min ago", "3 h ago", or an absolute time for anything older than a day (or in the future). */
export const relativeTime = (atMs: number, nowMs: number): RelativeTime => {
  const diff = nowMs - atMs;
  if (diff < -60_000) return { unit: 'absolute' };
  if (diff < 60_000) return { unit: 'now' };
  if (diff < 60 * 60_000) return { unit: 'minutes', count: Math.floor(diff / 60_000) };
  if (diff < 24 * 60 * 60_000) return { unit: 'hours', count: Math.floor(diff / (60 * 60_000)) };
  return { unit: 'absolute' };
};

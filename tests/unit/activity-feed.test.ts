// The live feed's model: new events are held back until asked for, nothing moves, and memory stays bounded.
import { describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../src/api/contract';
import { EMPTY_FEED, MAX_PENDING, MAX_SHOWN, receiveEvents, relativeTime, revealPending } from '../../src/features/activity/model/feed';

const START = Date.parse('2026-11-22T09:00:00Z');
const event = (i: number): ActivityEvent => ({
  id: `ev-${i}`,
  type: 'actionCompleted',
  at: new Date(START + i * 60_000).toISOString(),
  region: 'KZ-75',
  direction: 'ecology',
  subject: `Org ${i}`,
});
/** What the API answers: the newest events, newest first. */
const answer = (from: number, to: number): ActivityEvent[] => Array.from({ length: to - from + 1 }, (_, k) => event(to - k));

describe('activity feed model', () => {
  it('shows the first answer at once, newest first', () => {
    const feed = receiveEvents(EMPTY_FEED, answer(1, 5));
    expect(feed.shown.map((e) => e.id)).toEqual(['ev-5', 'ev-4', 'ev-3', 'ev-2', 'ev-1']);
    expect(feed.pendingCount).toBe(0);
  });

  it('holds new events back without touching the list, and returns the same state when nothing is new', () => {
    const first = receiveEvents(EMPTY_FEED, answer(1, 5));
    expect(receiveEvents(first, answer(1, 5))).toBe(first);
    const next = receiveEvents(first, answer(3, 8));
    expect(next.shown).toBe(first.shown);
    expect(next.pending.map((e) => e.id)).toEqual(['ev-8', 'ev-7', 'ev-6']);
    expect(next.pendingCount).toBe(3);
    const later = receiveEvents(next, answer(5, 9));
    expect(later.pendingCount).toBe(4);
    const shown = revealPending(later);
    expect(shown.shown.map((e) => e.id).slice(0, 6)).toEqual(['ev-9', 'ev-8', 'ev-7', 'ev-6', 'ev-5', 'ev-4']);
    expect(shown.pendingCount).toBe(0);
    expect(revealPending(shown)).toBe(shown);
  });

  it('reveals at once when asked (an unattended screen)', () => {
    const first = receiveEvents(EMPTY_FEED, answer(1, 5));
    expect(receiveEvents(first, answer(3, 7), true).shown[0]?.id).toBe('ev-7');
  });

  it('stays bounded however long it runs, and still counts every event that came', () => {
    let feed = receiveEvents(EMPTY_FEED, answer(1, 50));
    for (let to = 60; to <= 3_000; to += 10) feed = receiveEvents(feed, answer(to - 49, to));
    expect(feed.shown).toHaveLength(50);
    expect(feed.pending).toHaveLength(MAX_PENDING);
    expect(feed.pendingCount).toBe(3_000 - 50);
    feed = revealPending(feed);
    expect(feed.shown).toHaveLength(MAX_SHOWN);
    expect(feed.shown[0]?.id).toBe('ev-3000');
    for (let to = 3_010; to <= 6_000; to += 10) feed = revealPending(receiveEvents(feed, answer(to - 49, to)));
    expect(feed.shown).toHaveLength(MAX_SHOWN);
    expect(feed.pending).toHaveLength(0);
  });

  it('says how long ago in words, and an absolute time beyond a day', () => {
    const now = START;
    expect(relativeTime(now - 20_000, now)).toEqual({ unit: 'now' });
    expect(relativeTime(now - 5 * 60_000, now)).toEqual({ unit: 'minutes', count: 5 });
    expect(relativeTime(now - 3 * 3_600_000 - 1, now)).toEqual({ unit: 'hours', count: 3 });
    expect(relativeTime(now - 2 * 86_400_000, now)).toEqual({ unit: 'absolute' });
    expect(relativeTime(now + 10 * 60_000, now)).toEqual({ unit: 'absolute' });
  });
});

// The live activity feed: events derived from time alone (2-minute slots seeded by their index), so any
// two clients, or two server processes, see the same events at the same moments.
import { ACTIVITY_TYPES } from '../../src/api/contract';
import type { ActivityEvent, ActivityType } from '../../src/api/contract';
import { astanaHour, astanaMidnightMs, monthIndex, monthOfDateMs } from './calendar';
import type { DemoModel } from './cube';
import { REGION_CODES, REGION_UNITS } from './geography';
import { organisationIdentity } from './organisations';
import { pickWeighted, streamFor } from './random';

export const SLOT_MS = 2 * 60_000;
export const FEED_LIMIT = 50;
export const DEFAULT_FEED_WINDOW_MS = 2 * 60 * 60_000;
// The furthest back a feed request scans: `since` older than this just yields the newest FEED_LIMIT events.
const MAX_SCAN_MS = 31 * 24 * 60 * 60_000;

// Actions and requests dominate; registrations of new organisations are rare.
const TYPE_WEIGHTS: Record<ActivityType, number> = {
  requestOpened: 0.27,
  requestClosed: 0.26,
  actionCompleted: 0.465,
  organisationRegistered: 0.005,
};
const TYPE_WEIGHT_LIST = ACTIVITY_TYPES.map((t) => TYPE_WEIGHTS[t]);
const POPULATION_WEIGHTS = REGION_UNITS.map((u) => u.population);

/** Expected events per slot by Astana hour: quiet at night, busiest in working hours. */
const intensity = (hour: number): number => {
  if (hour < 6) return 0.15;
  if (hour < 9) return 0.6;
  if (hour < 19) return 1;
  if (hour < 23) return 0.7;
  return 0.3;
};

/** Poisson draw from one uniform (inverse CDF), capped at 3 events per slot. */
const poisson = (lambda: number, u: number): number => {
  let p = Math.exp(-lambda);
  let cdf = p;
  let n = 0;
  while (u > cdf && n < 3) {
    n++;
    p *= lambda / n;
    cdf += p;
  }
  return n;
};

interface TimedEvent {
  ms: number;
  event: ActivityEvent;
}

const slotCache = new Map<number, TimedEvent[]>();
const SLOT_CACHE_SIZE = 4_000;

/** All events of one slot, oldest first. Depends only on the slot index (and finished months of the model). */
const slotEvents = (model: DemoModel, slot: number): TimedEvent[] => {
  const hit = slotCache.get(slot);
  if (hit) return hit;
  const start = slot * SLOT_MS;
  const rand = streamFor('activity', slot);
  const count = poisson(1.5 * intensity(astanaHour(start)), rand());
  const events: TimedEvent[] = [];
  for (let i = 0; i < count; i++) {
    // One stream per event, so adding a field to an event never reshuffles the others.
    const e = streamFor('activity', slot, i);
    const ms = start + Math.floor(e() * (SLOT_MS / 1000)) * 1000;
    const type = ACTIVITY_TYPES[pickWeighted(TYPE_WEIGHT_LIST, e())] ?? 'actionCompleted';
    const regionIdx = pickWeighted(POPULATION_WEIGHTS, e());
    const code = REGION_CODES[regionIdx] ?? 'KZ-71';
    // Subjects are organisations that existed at the end of the previous month: a finished month never changes.
    const known = Math.max(1, model.value('organisations', monthIndex(monthOfDateMs(ms)) - 1, code) ?? 1);
    const k = type === 'organisationRegistered' ? known + 1 + Math.floor(e() * 3) : 1 + Math.floor(e() * known);
    const org = organisationIdentity(regionIdx, k);
    // The source system's free text is in whichever language the record was made in.
    const subject = e() < 0.5 ? org.name.kk : org.name.ru;
    events.push({
      ms,
      event: {
        id: `ev-${slot}-${i}`,
        type,
        at: new Date(ms).toISOString(),
        region: code,
        direction: org.direction,
        subject,
        organization: { id: org.id, name: org.name },
      },
    });
  }
  events.sort((a, b) => a.ms - b.ms);
  slotCache.set(slot, events);
  if (slotCache.size > SLOT_CACHE_SIZE) {
    const oldest = slotCache.keys().next().value;
    if (oldest !== undefined) slotCache.delete(oldest);
  }
  return events;
};

/** Events after `sinceMs` up to the model's now, newest first, at most FEED_LIMIT; only `region`'s when given. */
export const recentEvents = (model: DemoModel, sinceMs: number, region: string | null = null): ActivityEvent[] => {
  const nowMs = model.now.getTime();
  const floor = Math.max(sinceMs, nowMs - MAX_SCAN_MS);
  const out: TimedEvent[] = [];
  for (let slot = Math.floor(nowMs / SLOT_MS); (slot + 1) * SLOT_MS > floor; slot--) {
    for (const t of slotEvents(model, slot))
      if (t.ms > sinceMs && t.ms <= nowMs && (region === null || t.event.region === region)) out.push(t);
    // Slots are visited newest first, so once a slot is complete and the list is full, older ones cannot enter.
    if (out.length >= FEED_LIMIT) break;
  }
  out.sort((a, b) => b.ms - a.ms || (a.event.id < b.event.id ? 1 : -1));
  return out.slice(0, FEED_LIMIT).map((t) => t.event);
};

/** Counts per type since midnight, Astana time, up to the model's now; only `region`'s when given. */
export const todayCounts = (model: DemoModel, region: string | null = null): Record<ActivityType, number> => {
  const nowMs = model.now.getTime();
  const midnight = astanaMidnightMs(model.now);
  const counts: Record<ActivityType, number> = { requestOpened: 0, requestClosed: 0, actionCompleted: 0, organisationRegistered: 0 };
  for (let slot = Math.floor(midnight / SLOT_MS); slot * SLOT_MS <= nowMs; slot++) {
    for (const t of slotEvents(model, slot))
      if (t.ms >= midnight && t.ms <= nowMs && (region === null || t.event.region === region)) counts[t.event.type]++;
  }
  return counts;
};

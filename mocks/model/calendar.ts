// Time for the demo model: months as integer indices, Astana-time days and "how far into the month".
import type { Month } from '../../src/api/contract';
import {
  ASTANA_OFFSET_MINUTES,
  astanaDate,
  daysIn,
  monthFromIndex,
  monthIndex,
  monthOfDate,
  shareOfMonthElapsed,
} from '../../src/lib/months';

export const DATA_FROM: Month = '2019-01';
export const DATA_FROM_INDEX = monthIndex(DATA_FROM);

const OFFSET_MS = ASTANA_OFFSET_MINUTES * 60_000;
const MINUTE_MS = 60_000;

export const daysInMonth = (index: number): number => daysIn(monthFromIndex(index));

/** Floors an instant to the whole minute: the model moves once a minute, so responses (and ETags) are stable within one. */
export const floorToMinute = (date: Date): Date => new Date(Math.floor(date.getTime() / MINUTE_MS) * MINUTE_MS);

export interface Position {
  /** The current month in Astana time. */
  month: Month;
  monthIdx: number;
  /** Share of the current month elapsed, counted in whole minutes, in [0, 1). */
  fraction: number;
}

/** Where `now` is: the current month and how much of it has passed (to the minute). */
export const positionOf = (now: Date): Position => {
  const month = monthOfDate(now);
  // The app prorates comparisons with the same share (src/lib/months.ts `sameSpan`).
  return { month, monthIdx: monthIndex(month), fraction: shareOfMonthElapsed(now) };
};

/** The instant of the last midnight in Astana before `date`. */
export const astanaMidnightMs = (date: Date): number => {
  const local = date.getTime() + OFFSET_MS;
  return local - (((local % 86_400_000) + 86_400_000) % 86_400_000) - OFFSET_MS;
};

/** Hour of day (0–23) in Astana. */
export const astanaHour = (ms: number): number => new Date(ms + OFFSET_MS).getUTCHours();

/** ISO date (YYYY-MM-DD) of a day in a month given by index. */
export const isoDate = (index: number, day: number): string => `${monthFromIndex(index)}-${String(day).padStart(2, '0')}`;

export { astanaDate, monthFromIndex, monthIndex };

/** The Astana-time month of an instant given as epoch milliseconds. */
export const monthOfDateMs = (ms: number): Month => monthOfDate(new Date(ms));

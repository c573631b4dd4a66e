/**
 * Whether an answer is for the period that was asked: a lying or misrouted API answered "the year to date"
 * with January–March 2019, and every panel showed those figures under "Year to date", their change "on the
 * previous period" and all. The range asked is read as the app and the demo API read a period
 * (lib/months' `parsePeriod`), as of the answer's own `asOf` or, where that is wrong (a server clock years
 * ahead, which the panels name apart), as of now; the answer may start later than asked (its data begin
 * later), never elsewhere.
 */
import type { PeriodRange } from './contract';
import { monthIndex, monthOfDate, parsePeriod } from '../lib/months';

/** The API's default period, when the request names none. */
export const API_DEFAULT_PERIOD = 'ytd';

const rangeOf = (value: unknown): PeriodRange | null => {
  if (typeof value !== 'object' || value === null) return null;
  const { from, to } = value as Record<string, unknown>;
  return typeof from === 'string' && typeof to === 'string' ? { from, to } : null;
};

/** The range the answer is for, when it is not the one asked for `period`; null when it is, or when the answer gives none. */
export const periodMismatch = (period: string | null | undefined, answer: unknown, now: Date = new Date()): PeriodRange | null => {
  if (typeof answer !== 'object' || answer === null) return null;
  const { asOf, period: answered } = answer as Record<string, unknown>;
  const range = rangeOf(answered);
  if (range === null || typeof asOf !== 'string') return null;
  const at = new Date(asOf);
  if (Number.isNaN(at.getTime())) return null;
  const fitsAsOf = (latest: Date): boolean => {
    // Earliest "0001-01": the asked range's start is not moved, so a later start in the answer is its data's.
    const asked = parsePeriod(period ?? API_DEFAULT_PERIOD, monthOfDate(latest), '0001-01')?.range;
    // A period the reading cannot place (beyond its latest month) is the server's to judge, as before.
    if (!asked) return true;
    return range.to === asked.to && monthIndex(range.from) >= monthIndex(asked.from) && monthIndex(range.from) <= monthIndex(range.to);
  };
  return fitsAsOf(at) || fitsAsOf(now) ? null : range;
};

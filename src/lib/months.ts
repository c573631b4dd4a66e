/**
 * Month arithmetic and the period grammar shared by the app (URL state) and the demo API.
 * Months are "YYYY-MM" strings; an index counts months since year 0 so ranges are plain integers.
 */
import type { Comparison, Month, PeriodRange } from '../api/contract';

export const monthIndex = (month: Month): number => {
  const [y, m] = month.split('-').map(Number);
  return (y ?? 0) * 12 + ((m ?? 1) - 1);
};

export const monthFromIndex = (index: number): Month => {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
};

export const addMonths = (month: Month, n: number): Month => monthFromIndex(monthIndex(month) + n);

/** Months from `from` to `to`, both included. */
export const monthsBetween = (from: Month, to: Month): Month[] => {
  const out: Month[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthFromIndex(i));
  return out;
};

export const rangeLength = (r: PeriodRange): number => monthIndex(r.to) - monthIndex(r.from) + 1;

/** The month a date falls in, in Astana time (UTC+5, no daylight saving), where the data is reported. */
export const ASTANA_OFFSET_MINUTES = 5 * 60;
export const monthOfDate = (date: Date): Month => {
  const local = new Date(date.getTime() + ASTANA_OFFSET_MINUTES * 60_000);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
};

/**
 * The calendar day (YYYY-MM-DD) of an instant in Astana: the roadmap's "today", the demo's days, and the
 * day in the names of files whose figures change from day to day.
 */
export const astanaDate = (date: Date): string => new Date(date.getTime() + ASTANA_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);

/** The first month of a quarter: 2025, 2 → "2025-04". */
export const quarterStart = (year: number, quarter: number): Month => `${year}-${String(quarter * 3 - 2).padStart(2, '0')}`;

export type PeriodKind = 'year' | 'quarter' | 'month' | 'ytd' | 'last12' | 'range';
export interface ParsedPeriod {
  kind: PeriodKind;
  range: PeriodRange;
}

const PERIOD_PATTERN =
  /^(?:(ytd)|(12m)|(\d{4})|(\d{4})-Q([1-4])|(\d{4}-(?:0[1-9]|1[0-2]))|(\d{4}-(?:0[1-9]|1[0-2]))\.\.(\d{4}-(?:0[1-9]|1[0-2])))$/;

/**
 * Resolves a period parameter against the data's current month (`latest`), clamping to the data's
 * start (`earliest`) and to `latest`. Returns null for text that is not a period, or a period wholly
 * outside the data, so callers can say so instead of guessing.
 */
export const parsePeriod = (param: string, latest: Month, earliest: Month = '2019-01'): ParsedPeriod | null => {
  const m = PERIOD_PATTERN.exec(param);
  if (!m) return null;
  let kind: PeriodKind;
  let from: Month;
  let to: Month;
  const latestYear = latest.slice(0, 4);
  if (m[1]) {
    kind = 'ytd';
    from = `${latestYear}-01`;
    to = latest;
  } else if (m[2]) {
    // The last twelve whole months, without the month under way: its few days plus the eleven months
    // before were not twelve months, and in December the very same view as the year so far.
    kind = 'last12';
    from = addMonths(latest, -12);
    to = addMonths(latest, -1);
  } else if (m[3]) {
    kind = 'year';
    from = `${m[3]}-01`;
    to = `${m[3]}-12`;
  } else if (m[4] && m[5]) {
    kind = 'quarter';
    from = quarterStart(Number(m[4]), Number(m[5]));
    to = addMonths(from, 2);
  } else if (m[6]) {
    kind = 'month';
    from = m[6];
    to = m[6];
  } else if (m[7] && m[8]) {
    kind = 'range';
    from = m[7];
    to = m[8];
    if (monthIndex(from) > monthIndex(to)) [from, to] = [to, from];
  } else {
    return null;
  }
  if (monthIndex(from) > monthIndex(latest) || monthIndex(to) < monthIndex(earliest)) return null;
  if (monthIndex(to) > monthIndex(latest)) to = latest;
  if (monthIndex(from) < monthIndex(earliest)) from = earliest;
  return { kind, range: { from, to } };
};

/** The period a KPI is compared with: moved back by its own length, or the same months a year earlier (cut by `sameSpan` when it ends today). */
export const comparisonRange = (range: PeriodRange, comparison: Comparison): PeriodRange => {
  if (comparison === 'yearAgo') return { from: addMonths(range.from, -12), to: addMonths(range.to, -12) };
  const n = rangeLength(range);
  return { from: addMonths(range.from, -n), to: addMonths(range.to, -n) };
};

const MINUTE_MS = 60_000;
const MINUTES_A_DAY = 24 * 60;

/** Whole minutes since the start of the instant's month, Astana time. */
const minutesIntoMonth = (date: Date): number => {
  const local = date.getTime() + ASTANA_OFFSET_MINUTES * MINUTE_MS;
  const d = new Date(local);
  return Math.floor((local - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)) / MINUTE_MS);
};

/** Days in a month: 28 to 31. */
export const daysIn = (month: Month): number => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, m ?? 1, 0)).getUTCDate();
};

/** How far an instant is into its month, Astana time, in whole minutes: 0 at the month's start, 1 at its end. */
export const shareOfMonthElapsed = (date: Date): number =>
  Math.min(1, Math.max(0, minutesIntoMonth(date) / (daysIn(monthOfDate(date)) * MINUTES_A_DAY)));

export interface SameSpan {
  period: PeriodRange;
  comparison: PeriodRange;
  /**
   * How much of the comparison's last month counts: 1, or its first days, as many as have passed of the
   * month under way (to the minute) — the span its `through` names. (30 March against February: all of it.)
   */
  comparisonShare: number;
}

/**
 * A period that ends in the month under way runs to today ("1 January – 6 December 2026", `through`), not
 * to the month's end; any other period as it is.
 */
export const soFar = (period: PeriodRange, asOf: Date): PeriodRange =>
  period.to === monthOfDate(asOf) ? { ...period, through: sameDayOf(period.to, asOf) } : period;

/** The day of `month` with today's number in Astana, or the month's last day if shorter: "2025-02-28" for 30 March. */
const sameDayOf = (month: Month, asOf: Date): string => {
  const today = new Date(asOf.getTime() + ASTANA_OFFSET_MINUTES * MINUTE_MS).getUTCDate();
  return `${month}-${String(Math.min(today, daysIn(month))).padStart(2, '0')}`;
};

/**
 * A period that ends in the month under way, and the period it is compared with, cut at the same point:
 * the period runs to today, the comparison to the same day of its own last month (`through`), and the
 * comparison's values count the same share of that month. This year so far is then compared with last
 * year to the same day, not with the whole of last year. Periods that end earlier stay whole months.
 */
export const sameSpan = (period: PeriodRange, comparison: PeriodRange, asOf: Date): SameSpan => {
  if (period.to !== monthOfDate(asOf)) return { period, comparison, comparisonShare: 1 };
  return {
    period: soFar(period, asOf),
    comparison: { ...comparison, through: sameDayOf(comparison.to, asOf) },
    comparisonShare: Math.min(1, minutesIntoMonth(asOf) / (daysIn(comparison.to) * MINUTES_A_DAY)),
  };
};

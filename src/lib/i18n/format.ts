/**
 * Number, percent, month and date formatting for kk, ru and en.
 *
 * The symbols and month names come from our own table (locale-data.ts), not from the browser's Intl,
 * which may be incomplete: Debian's Chromium formats Kazakh as "1,234,567.5" with months "M01".
 */
import type { Month } from '../../api/contract';
import { LOCALE_DATA, type LocaleData } from './locale-data';
import { capitalise } from './messages';
import type { Locale } from './locales';

const NBSP = '\u00a0';
export interface NumberOptions {
  /** Digits after the decimal separator, at most; trailing zeros are dropped. Default 0. */
  maxFractionDigits?: number;
  /** Exactly this many digits after the separator. */
  fractionDigits?: number;
  /** Prefix "+" to positive numbers (for changes). */
  signed?: boolean;
  /**
   * Group four-digit whole numbers too ("9 985"), which Kazakh and Russian otherwise leave whole ("9985"):
   * for a column that also holds numbers of five digits or more, where "9985" under "11 118" would put
   * its thousands under the other's space (the same reference's rule for tables).
   */
  groupFourDigits?: boolean;
}

/** Whether a column of `values` groups its four-digit numbers (`groupFourDigits`): when one has five digits or more. */
export const groupsFourDigits = (values: readonly (number | null | undefined)[]): boolean =>
  values.some((v) => typeof v === 'number' && Math.abs(v) >= 10_000);

const MINUS = '\u2212';

/**
 * A number rounded as `formatNumberWith` shows it with `decimals` places (`toFixed` of its magnitude); no −0.
 * What a table cell, its CSV and a sentence give for one value. No value (a cell without data) stays null.
 */
export function roundAsShown(value: number, decimals: number): number;
export function roundAsShown(value: number | null | undefined, decimals: number): number | null;
export function roundAsShown(value: number | null | undefined, decimals: number): number | null {
  if (value === null || value === undefined) return null;
  const rounded = Math.sign(value) * Number(Math.abs(value).toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}

export const formatNumberWith = (data: LocaleData, value: number, options: NumberOptions = {}): string => {
  const digits = options.fractionDigits ?? options.maxFractionDigits ?? 0;
  const fixed = Math.abs(value).toFixed(digits);
  const [whole = '0', fractionDigits = ''] = fixed.split('.');
  let fraction = fractionDigits;
  if (options.fractionDigits === undefined) fraction = fraction.replace(/0+$/, '');
  // Russian and Kazakh typography leave four-digit numbers ungrouped ("2026", "1500"; Milchin's
  // reference for editors), though CLDR, and so Intl, groups them ("1 500").
  const grouped =
    whole.length <= 4 && data.group === NBSP && !options.groupFourDigits ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, data.group);
  const isZero = Number(fixed) === 0;
  const sign = value < 0 && !isZero ? MINUS : options.signed && value > 0 && !isZero ? '+' : '';
  return `${sign}${grouped}${fraction ? data.decimal + fraction : ''}`;
};

/**
 * The fewest decimals, at most `max`, that write every one of `values` as it reads rounded to `max`
 * places: numbers read side by side (a column, an axis) then share one number of decimals — "80 100 120",
 * "1,0 1,2 1,4", "7,0 16,2" — never "1 1,25" or "7 16,2".
 */
export const sharedFractionDigits = (values: Iterable<number>, max: number): number => {
  let digits = 0;
  for (const value of values) {
    // The value in units of the last place shown; each decimal it needs is a non-zero digit at the end.
    const units = Math.round(value * 10 ** max);
    while (digits < max && units % 10 ** (max - digits) !== 0) digits++;
  }
  return digits;
};

/**
 * Decimals for rates read side by side (per 10 000 residents): `least`, or more, up to `most`, when the
 * smallest non-zero value would show no significant digit. 0.04 organisations per 10 000 residents is
 * "0,04", not "0,0": a reader takes "0,0" for none, and zero must differ from near-zero.
 */
export const rateFractionDigits = (values: Iterable<number | null>, least = 1, most = 3): number => {
  let smallest = Infinity;
  for (const value of values) {
    if (value !== null && value !== 0 && Number.isFinite(value)) smallest = Math.min(smallest, Math.abs(value));
  }
  if (smallest === Infinity) return least;
  // The place of its first significant digit (0.04 → 2); the epsilon keeps 0.1 at one place.
  const firstDigit = Math.ceil(-Math.log10(smallest) - 1e-9);
  return Math.min(most, Math.max(least, firstDigit));
};

export interface Formatter {
  locale: Locale;
  number(value: number, options?: NumberOptions): string;
  /** 12.5 → "12,5 %" (kk, ru) or "12.5%" (en). The value is already in percent. */
  percent(value: number, options?: NumberOptions): string;
  /** "2025-05" → "мамыр 2025" / "май 2025" / "May 2025"; short: "мам. 2025". */
  month(month: Month, style?: 'long' | 'short'): string;
  /** A month on its own, as an item of a list of months: 1 → "Қаңтар" / "Январь" / "January". */
  monthName(monthNumber: number): string;
  /** A calendar date: "2026 ж. 22 қараша", "22 ноября 2026 г.", "22 November 2026". */
  date(date: Date): string;
  /** Items as a list in words: "A", "A and B", "A, B and C" ("және", "и"). */
  list(items: readonly string[]): string;
  /**
   * From the first of a month to an ISO date, the year said once where it is one: "2026 ж. 1–3 желтоқсан",
   * "1–3 декабря 2026 г.", "1 January – 3 December 2026", "1 December 2025 – 3 January 2026".
   */
  monthToDay(fromMonth: Month, isoDate: string): string;
  /**
   * Whole months from one to another, the year said once where it is one: "2025 ж. қаңтар – желтоқсан",
   * "январь – декабрь 2025 г.", "January – December 2025"; across years short: "Nov 2025 – Feb 2026".
   */
  monthRange(from: Month, to: Month): string;
  /** Hours and minutes in Astana time, 24-hour clock. */
  time(date: Date, withSeconds?: boolean): string;
  dateTime(date: Date): string;
}

const ASTANA_MS = 5 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

export const createFormatter = (locale: Locale): Formatter => {
  const data = LOCALE_DATA[locale];
  const astana = (date: Date) => new Date(date.getTime() + ASTANA_MS);
  /**
   * Days and months with their year, where the language puts it: "2026 ж. 3 желтоқсан", "3 декабря 2026 г.".
   * A day stays on the line of its month and a year on the line of its "ж."/"г." (no-break spaces, as in
   * print): on a phone the caption's "…; сравнение: 1" had its "января" on the next line.
   */
  const dated = (days: string, year: string | number): string =>
    locale === 'kk' ? `${year}\u00a0ж. ${days}` : locale === 'ru' ? `${days} ${year}\u00a0г.` : `${days} ${year}`;
  const dayMonth = (day: number | string, monthName: string): string => `${day}\u00a0${monthName}`;
  const formatter: Formatter = {
    locale,
    number: (value, options) => formatNumberWith(data, value, options),
    percent: (value, options) => `${formatNumberWith(data, value, { maxFractionDigits: 1, ...options })}${data.percentGap}%`,
    list: (items) =>
      items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${data.and} ${items[items.length - 1] ?? ''}`,
    month: (month, style = 'long') => {
      const [y, m] = month.split('-');
      const names = style === 'long' ? data.months : data.monthsShort;
      const name = names[Number(m) - 1] ?? month;
      return locale === 'kk' ? `${y}\u00a0ж. ${name}` : `${name} ${y}`;
    },
    monthName: (monthNumber) => {
      // The table's names are lower case, as inside a phrase; an item of a list starts with a capital.
      return capitalise(data.months[monthNumber - 1] ?? String(monthNumber));
    },
    date: (date) => {
      const d = astana(date);
      return dated(dayMonth(d.getUTCDate(), data.monthsInDate[d.getUTCMonth()] ?? ''), d.getUTCFullYear());
    },
    monthToDay: (fromMonth, isoDate) => {
      const [fromYear = '', fromMonthNumber] = fromMonth.split('-');
      const [year = '', month, dayText] = isoDate.split('-');
      const day = Number(dayText);
      const name = data.monthsInDate[Number(month) - 1] ?? '';
      const fromName = data.monthsInDate[Number(fromMonthNumber) - 1] ?? '';
      if (fromMonth === `${year}-${month}`) return dated(dayMonth(day === 1 ? '1' : `1–${day}`, name), year);
      if (fromYear === year) return dated(`${dayMonth(1, fromName)} – ${dayMonth(day, name)}`, year);
      return `${dated(dayMonth(1, fromName), fromYear)} – ${dated(dayMonth(day, name), year)}`;
    },
    monthRange: (from, to) => {
      const [fromYear, fromMonthNumber] = from.split('-');
      const [toYear, toMonthNumber] = to.split('-');
      if (fromYear !== toYear) return `${formatter.month(from, 'short')} – ${formatter.month(to, 'short')}`;
      const name = (monthNumber: string | undefined) => data.months[Number(monthNumber) - 1] ?? '';
      return dated(`${name(fromMonthNumber)} – ${name(toMonthNumber)}`, fromYear ?? '');
    },
    time: (date, withSeconds = false) => {
      const d = astana(date);
      return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${withSeconds ? `:${pad(d.getUTCSeconds())}` : ''}`;
    },
    dateTime: (date) => `${formatter.date(date)}, ${formatter.time(date)}`,
  };
  return formatter;
};

/** Human text for a range of months: "May 2025", "Jan 2025 – Mar 2025", "Jan 2026 – 3 December 2026". */
import type { PeriodRange } from '../api/contract';
import type { Formatter } from './i18n/format';

/** Noon in Astana on an ISO date: the formatter shows instants in Astana time. */
const astanaNoon = (isoDate: string): Date => new Date(`${isoDate}T12:00:00+05:00`);

export const formatRange = (format: Formatter, range: PeriodRange): string => {
  // A range that ends part-way through its last month (this month so far, and what it is compared with).
  if (range.through) {
    return range.from === range.to
      ? format.monthToDay(range.through)
      : `${format.month(range.from, 'short')} – ${format.date(astanaNoon(range.through))}`;
  }
  return range.from === range.to ? format.month(range.from) : `${format.month(range.from, 'short')} – ${format.month(range.to, 'short')}`;
};

/** Human text for a range of months: "May 2025", "Jan 2025 – Mar 2025". */
import type { PeriodRange } from '../api/contract';
import type { Formatter } from './i18n/format';

export const formatRange = (format: Formatter, range: PeriodRange): string =>
  range.from === range.to ? format.month(range.from) : `${format.month(range.from, 'short')} – ${format.month(range.to, 'short')}`;

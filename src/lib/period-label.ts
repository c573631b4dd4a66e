/**
 * Human text for periods: a range of months ("May 2025", "January – March 2025", across years "Nov 2025 –
 * Feb 2026"), or of days ("1 January – 3 December 2026"), and the sentence that says what a panel's figures
 * cover and what they are compared with.
 */
import type { Month, PeriodRange } from '../api/contract';
import type { Formatter } from './i18n/format';
import { capitalise, defineMessages, type Translate } from './i18n/messages';
import { monthIndex } from './months';

/** Noon in Astana on an ISO date: the formatter shows instants in Astana time. */
const astanaNoon = (isoDate: string): Date => new Date(`${isoDate}T12:00:00+05:00`);

/** A calendar day ("2026-11-22") as the language writes it: "22 November 2026". */
export const formatDay = (format: Formatter, isoDate: string): string => format.date(astanaNoon(isoDate));

export const formatRange = (format: Formatter, range: PeriodRange): string => {
  // A range that ends part-way through its last month (this month or year so far, and what it is compared
  // with) is a range of days: "1 January – 3 December 2026", not "Jan 2026 – 3 December 2026".
  if (range.through) return format.monthToDay(range.from, range.through);
  // A year or a quarter reads "январь – декабрь 2025 г.", not "янв. 2025 – дек. 2025" with its year twice.
  return range.from === range.to ? format.month(range.from) : format.monthRange(range.from, range.to);
};

export const periodMessages = defineMessages({
  kk: {
    rangeSentence: '{period}; салыстыру: {comparison}',
    noComparison: '{period}; салыстыру мүмкін емес — деректердің басы: {start}',
  },
  ru: {
    rangeSentence: '{period}; сравнение: {comparison}',
    noComparison: '{period}; сравнивать не с чем — начало данных: {start}',
  },
  en: {
    rangeSentence: '{period}; compared with {comparison}',
    noComparison: '{period}; nothing to compare with — the data begin in {start}',
  },
});
export type PeriodMessageKey = keyof (typeof periodMessages)['en'];

/**
 * "1 January – 3 December 2026; compared with 1 January – 3 December 2025" — or, when the comparison
 * period lies wholly before the data's first month (`dataFrom`), that there is nothing to compare with,
 * instead of naming a period whose figures do not exist.
 */
export const periodSentence = (
  format: Formatter,
  t: Translate<PeriodMessageKey>,
  ranges: { period: PeriodRange; comparison: PeriodRange },
  dataFrom: Month | undefined,
): string =>
  // It starts a caption: "Ноябрь 2026; сравнение: …", not "ноябрь 2026; …".
  capitalise(
    dataFrom && monthIndex(ranges.comparison.to) < monthIndex(dataFrom)
      ? t('noComparison', { period: formatRange(format, ranges.period), start: format.month(dataFrom) })
      : t('rangeSentence', { period: formatRange(format, ranges.period), comparison: formatRange(format, ranges.comparison) }),
  );

/**
 * A trend in words, for everyone (not only screen readers): "Kazakhstan: 323,803 at the end of January –
 * November 2026 — up 10.2% (+30,000) on the same period last year (January – November 2025: 293,803)."; a
 * flow over three months or more adds its highest month: "Highest month: March 2026 (90).". Pure: the caller
 * passes its translator and formatter.
 */
import type { Comparison } from '../../../api/contract';
import { roundAsShown, type Formatter } from '../../../lib/i18n/format';
import { capitalise, type Translate } from '../../../lib/i18n/messages';
import { formatDay, formatRange } from '../../../lib/period-label';
import type { TrendsMessageKey } from '../messages';
import { fractionDigits, type Trend, type TrendSummary } from './trend-model';

export interface SentenceContext {
  t: Translate<TrendsMessageKey>;
  format: Formatter;
  compare: Comparison;
  kind: 'stock' | 'flow';
  per10k: boolean;
  /** The decimals of the chart's table, fewest the sentences write a rate with: its figures read as there. */
  tableDigits?: number;
}

/** "November 2026 is still under way." A flow's lines stop before it (see buildTrend), and the sentence says why. */
export const partialMonthSentence = (month: string, { t, format, kind }: SentenceContext): string =>
  capitalise(t(kind === 'flow' ? 'partialNoteFlow' : 'partialNote', { month: format.month(month) }));

export const formatTrendValue = (format: Formatter, value: number, per10k: boolean): string =>
  format.number(value, { maxFractionDigits: fractionDigits(value, per10k) });

/** Most decimals a rate per 10,000 residents is written with in a sentence: beyond, no reader tells figures apart. */
const MAX_SENTENCE_DIGITS = 4;

/**
 * The decimals of one sentence's figures, its value, comparison value and change alike: counts none; rates
 * the most the table gives either figure, then more until two different figures read differently and their
 * change reads as one. "0.05 … up 9.9% (0) … (0.05)" said nothing had changed; "0.4 … (+0.04) … (0.36)"
 * wrote the two figures to different places.
 */
export const sentenceFractionDigits = (value: number, previous: number | null, per10k: boolean, least = 0): number => {
  if (!per10k) return 0;
  let digits = Math.max(least, fractionDigits(value, true), previous === null ? 0 : fractionDigits(previous, true));
  const blurred = (d: number) =>
    previous !== null &&
    previous !== value &&
    (roundAsShown(value, d) === roundAsShown(previous, d) || roundAsShown(value - previous, d) === 0);
  while (digits < MAX_SENTENCE_DIGITS && blurred(digits)) digits++;
  return digits;
};

/** The change part alone: "up 10.2% (+30,000) on the same period last year (January – November 2025: 293,803)". */
export const changePhrase = (
  summary: TrendSummary,
  trend: Trend,
  { t, format, compare, kind, per10k, tableDigits }: SentenceContext,
): string => {
  // A stock in a period that ends today is a count on a day (see trendSentence's lead): so is what it is
  // compared with, "6 December 2025: 44,500", not a range of days.
  const through = trend.comparison.through;
  const comparisonPeriod = kind === 'stock' && through ? formatDay(format, through) : formatRange(format, trend.comparison);
  const { change, previous, value } = summary;
  if (!change || previous === null || value === null) return t('changeNone', { comparisonPeriod });
  const comparison = t(compare === 'yearAgo' ? 'vsYearAgo' : 'vsPrevious');
  const fractionDigits = sentenceFractionDigits(value, previous, per10k, tableDigits);
  const absolute = format.number(change.absolute, { signed: true, fractionDigits });
  const params = { comparison, comparisonPeriod, previous: format.number(previous, { fractionDigits }), absolute };
  if (change.direction === 'flat') return t('changeFlat', params);
  if (change.percent === null) return t('changeUpFromZero', params);
  const percent = format.percent(Math.abs(change.percent), { fractionDigits: 1 });
  return t(change.direction === 'up' ? 'changeUp' : 'changeDown', { ...params, percent });
};

/**
 * The whole sentence for one series. `partialNote: false` leaves out "November 2026 is still under
 * way", for a list of series that says it once.
 */
export const trendSentence = (label: string, summary: TrendSummary, trend: Trend, context: SentenceContext, partialNote = true): string => {
  const { t, format, kind, per10k } = context;
  const period = formatRange(format, trend.period);
  // A sentence may start with a region's Russian official name: «Область Абай: 7645 …», not «область Абай».
  if (summary.value === null) return `${capitalise(t('leadNoData', { label, period }))}.`;
  const value = format.number(summary.value, {
    fractionDigits: sentenceFractionDigits(summary.value, summary.previous, per10k, context.tableDigits),
  });
  // A stock in a period that ends today is the figure on that day, not at the end of a period.
  const through = trend.period.through;
  const lead =
    kind === 'stock'
      ? through
        ? t('leadStockOn', { label, value, date: formatDay(format, through) })
        : t('leadStock', { label, period, value })
      : t('leadFlow', { label, period, value });
  let sentence = `${capitalise(lead)} — ${changePhrase(summary, trend, context)}.`;
  if (summary.peak)
    sentence += ` ${t('peak', { month: format.month(summary.peak.month), value: formatTrendValue(format, summary.peak.value, per10k) })}`;
  if (partialNote && summary.partialMonth) sentence += ` ${partialMonthSentence(summary.partialMonth, context)}`;
  return sentence;
};

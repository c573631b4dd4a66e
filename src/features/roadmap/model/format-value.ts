/**
 * How roadmap values are written: shares in percent with two decimals (1.59 %, 2.00 %: a column of
 * shares lines up), people and counts as whole numbers. Forecasts are rounded the same way, so the page, the CSV and the tests agree.
 */
import type { RoadmapIndicator } from '../../../api/contract';
import { roundAsShown, type Formatter } from '../../../lib/i18n/format';

export type IndicatorUnit = RoadmapIndicator['unit'];

export const PERCENT_DIGITS = 2;

/** The value as shown (and as exported): rounded for its unit. */
export const roundForUnit = (unit: IndicatorUnit, value: number): number => roundAsShown(value, unit === 'percent' ? PERCENT_DIGITS : 0);

/** `groupFourDigits`: in a column that also holds five-digit counts ("9 441" under "11 119", lib/i18n/format). */
export const formatIndicatorValue = (
  format: Formatter,
  unit: IndicatorUnit,
  value: number,
  options: { groupFourDigits?: boolean } = {},
): string =>
  unit === 'percent'
    ? format.percent(roundForUnit(unit, value), { fractionDigits: PERCENT_DIGITS })
    : format.number(roundForUnit(unit, value), { groupFourDigits: options.groupFourDigits });

/** One decimal always: "100,0 %" beside "64,2 %" in a column of bars. */
export const formatProgress = (format: Formatter, percent: number): string => format.percent(percent, { fractionDigits: 1 });

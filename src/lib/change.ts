import type { MetricId } from '../api/contract';
import type { Formatter } from './i18n/format';
import type { Translate } from './i18n/messages';
/** The change of a value against its comparison period, as numbers a view can put into words. */
export interface Change {
  absolute: number;
  /** Percent change, null when the previous value is 0 (growth from nothing has no percentage). */
  percent: number | null;
  direction: 'up' | 'down' | 'flat';
}

export const computeChange = (value: number | null, previous: number | null): Change | null => {
  if (value === null || previous === null) return null;
  const absolute = value - previous;
  const percent = previous === 0 ? null : (absolute / previous) * 100;
  const direction = Math.abs(percent ?? absolute) < 0.05 ? 'flat' : absolute > 0 ? 'up' : 'down';
  return { absolute, percent, direction };
};

/** Metrics of which less is better: open requests for help are people still waiting for it. */
const LESS_IS_BETTER: ReadonlySet<MetricId> = new Set(['openRequests']);

/** Whether a change is good news: a rise in volunteers is, a rise in open requests is not. Colours follow it, not the arrow. */
export type ChangeTone = 'better' | 'worse' | 'flat';

export const changeTone = (metric: MetricId, change: Change): ChangeTone =>
  change.direction === 'flat' ? 'flat' : (change.direction === 'up') !== LESS_IS_BETTER.has(metric) ? 'better' : 'worse';

/** The words a change takes: the KPI tiles' messages (components/kpi-tile.tsx), which the wall's tiles share. */
export type ChangeWords = 'up' | 'down' | 'flat' | 'nearlyFlat' | 'upNoPercent';

/**
 * A change in words against its comparison ("up 9.1% (+203) on the previous period"). A "flat" change is
 * `flat` ("unchanged") when nothing changed as far as the reader can see, `nearlyFlat` ("practically
 * unchanged (+71)") when the count did change but by less than 0.05 %, which rounds to "0,0 %":
 * "unchanged" beside a different number reads as an error. Growth from nothing has no percentage.
 */
export const changeSentence = (change: Change, format: Formatter, t: Translate<ChangeWords>, comparison: string): string => {
  const absolute = format.number(change.absolute, { signed: true });
  if (change.direction === 'flat') return t(/[1-9]/.test(absolute) ? 'nearlyFlat' : 'flat', { absolute, comparison });
  if (change.percent === null) return t('upNoPercent', { absolute, comparison });
  const percent = format.percent(Math.abs(change.percent), { fractionDigits: 1 });
  return t(change.direction, { percent, absolute, comparison });
};

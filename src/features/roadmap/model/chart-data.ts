/**
 * Rows of an indicator's trend-and-forecast chart and of the table behind it, derived from the
 * assessment (model/forecast.ts). Pure: the recharts view only draws these rows.
 *
 * - Cumulative indicators: the monthly level from the first actual to December 2026, the trend over
 *   the fitted window and its projection, the 80 % band after the last complete month, and each
 *   year's target at that year's December.
 * - Non-cumulative indicators: 2026's running total (the target is a year total), its projection to
 *   December with the band, and the 2026 target as a level.
 */
import type { Month, RoadmapIndicator } from '../../../api/contract';
import { monthsBetween } from '../../../lib/months';
import type { IndicatorAssessment } from './forecast';

export interface ForecastChartRow {
  month: Month;
  /** Complete months: the level, or 2026's running total. */
  actual: number | null;
  /** The month under way, drawn apart (it is not a finished value). */
  partial: number | null;
  trend: number | null;
  lower: number | null;
  upper: number | null;
  /** [lower, upper] for the range area; null outside the band. */
  band: [number, number] | null;
  target: number | null;
}

export const forecastChartRows = (
  indicator: Pick<RoadmapIndicator, 'cumulative' | 'actuals' | 'targets'>,
  assessment: Pick<IndicatorAssessment, 'forecast' | 'current'>,
  endDate: string,
): ForecastChartRow[] => {
  const endMonth = endDate.slice(0, 7);
  const endYear = endDate.slice(0, 4);
  const points = [...indicator.actuals].filter((p) => p.month <= endMonth).sort((a, b) => (a.month < b.month ? -1 : 1));
  const path = new Map((assessment.forecast?.path ?? []).map((p) => [p.month, p]));
  const lastFitted = assessment.forecast?.window.to ?? null;
  const partialMonth = assessment.current?.partial ? assessment.current.month : null;

  const rowFor = (month: Month, actual: number | null, partial: number | null, target: number | null): ForecastChartRow => {
    const p = path.get(month);
    const lower = p?.lower ?? null;
    const upper = p?.upper ?? null;
    // The band starts at the last fitted month, at zero width, so it joins the trend line.
    const band: [number, number] | null =
      lower !== null && upper !== null ? [lower, upper] : month === lastFitted && p ? [p.value, p.value] : null;
    return { month, actual, partial, trend: p?.value ?? null, lower, upper, band, target };
  };

  if (indicator.cumulative) {
    const first = points.find((p) => p.value !== null)?.month ?? `${endYear}-01`;
    const byMonth = new Map(points.map((p) => [p.month, p]));
    const targets = new Map(indicator.targets.map((t) => [`${t.year}-12`, t.value]));
    return monthsBetween(first, endMonth).map((month) => {
      const p = byMonth.get(month);
      const isPartial = month === partialMonth;
      return rowFor(month, isPartial ? null : (p?.value ?? null), isPartial ? (p?.value ?? null) : null, targets.get(month) ?? null);
    });
  }

  const target = indicator.targets.find((t) => String(t.year) === endYear)?.value ?? null;
  let running = 0;
  let complete = true;
  return monthsBetween(`${endYear}-01`, endMonth).map((month) => {
    const p = points.find((q) => q.month === month);
    const isPartial = month === partialMonth;
    if (p && p.value !== null) running += p.value;
    // The actual running total stops at the first month that is missing or under way.
    if (!p || p.value === null || isPartial) complete = false;
    const actual = complete && p ? running : null;
    return rowFor(month, actual, isPartial && p && p.value !== null ? running : null, target);
  });
};

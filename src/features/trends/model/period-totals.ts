/**
 * The API's totals of a period for the series of a trend chart, read from the answers the pages already
 * ask for the same period and comparison: /summary (the country), /directions (the country by direction)
 * and /regions (every region, optionally within one direction). The sentences under a chart state these,
 * so they agree with the tiles, breakdowns and tables beside it (see `TrendInput.totals`).
 */
import type { DirectionId, DirectionsResponse, MetricId, RegionsResponse, Summary } from '../../../api/contract';
import { plausibleKpiOf, plausibleStats } from '../../../lib/region-checks';
import { NATIONAL_KEY, type PeriodTotals } from './trend-model';

/** Each direction's totals, keyed by its id: the directions' own trend chart. */
export const totalsByDirection = (answer: DirectionsResponse | undefined, metric: MetricId): Map<string, PeriodTotals> | undefined =>
  answer && new Map(answer.directions.map((d) => [d.id, { value: d.values[metric], previous: d.previous[metric] }]));

interface ExplorerAnswers {
  metric: MetricId;
  /** The direction the chart is within; null: all of them. */
  direction: DirectionId | null;
  /** For the country in all directions. */
  summary?: Summary;
  /** For the country within `direction`. */
  directions?: DirectionsResponse;
  /** For the regions, within `direction` when there is one. */
  regions?: RegionsResponse;
  /**
   * The country's residents and each region's (by code): a count of volunteers above them is "no data" in
   * the sentences too, as on the map, the tiles and the tables (src/lib/region-checks.ts).
   */
  populations?: { national: number | undefined; byCode: ReadonlyMap<string, number> };
}

/** The country's totals (NATIONAL_KEY) and each region's (its code), from whichever answers are here. */
export const totalsForExplorer = ({
  metric,
  direction,
  summary,
  directions,
  regions,
  populations,
}: ExplorerAnswers): Map<string, PeriodTotals> => {
  const totals = new Map<string, PeriodTotals>();
  const national = populations?.national;
  if (direction === null) {
    const kpi = plausibleKpiOf(summary, metric, national);
    if (kpi) totals.set(NATIONAL_KEY, { value: kpi.value, previous: kpi.previous });
  } else {
    const row = directions?.directions.find((d) => d.id === direction);
    if (row) {
      const { values, previous } = plausibleStats(row, national);
      totals.set(NATIONAL_KEY, { value: values[metric], previous: previous[metric] });
    }
  }
  for (const r of regions?.regions ?? []) {
    const { values, previous } = plausibleStats(r, populations?.byCode.get(r.code));
    totals.set(r.code, { value: values[metric], previous: previous[metric] });
  }
  return totals;
};

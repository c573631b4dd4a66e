/**
 * What the directions pages measure, read from the URL: `metric` (any of the six; the map's rates per
 * 10,000 residents such as "organisationsPer10k", and "growth", carried over from the regions page, are understood too) and
 * `per=10k` for values per 10,000 residents. Unknown text falls back to volunteers and is reported.
 */
import { MetricId } from '../../../api/contract';
import { PER_10K, countOfRate } from '../../../lib/view-state';

export interface MeasureParams {
  metric: MetricId;
  per10k: boolean;
  invalidMetric: string | null;
  invalidPer: string | null;
}

export const DEFAULT_METRIC: MetricId = 'volunteers';

export const parseMeasure = (metricRaw: string | null, perRaw: string | null): MeasureParams => {
  let metric: MetricId = DEFAULT_METRIC;
  let invalidMetric: string | null = null;
  let per10k = false;
  if (metricRaw !== null && metricRaw !== '') {
    const parsed = MetricId.safeParse(metricRaw);
    // The map's rates per 10,000 residents: "organisationsPer10k" is organisations, per 10,000.
    const rateOf = countOfRate(metricRaw);
    if (parsed.success) metric = parsed.data;
    else if (rateOf) {
      metric = rateOf;
      per10k = true;
    }
    // The map's change view has no counterpart here: the breakdown shows changes anyway.
    else if (metricRaw !== 'growth') invalidMetric = metricRaw;
  }
  let invalidPer: string | null = null;
  if (perRaw === PER_10K) per10k = true;
  else if (perRaw !== null && perRaw !== '') invalidPer = perRaw;
  return { metric, per10k, invalidMetric, invalidPer };
};

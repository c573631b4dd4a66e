/**
 * Names and value formatting of the map and table metrics in the current language: "Volunteers per
 * 10,000 residents", "1 234 волонтёра", "+3,4 %". One place, so the map, its list, the table and the
 * region page say the same thing.
 */
import { useMemo } from 'react';
import type { MetricId } from '../../../api/contract';
import type { NumberOptions } from '../../../lib/i18n/format';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import type { MapMetric } from '../../../lib/view-state';
import { mapMetricSpec } from '../model/map-metrics';
import { regionsMessages } from '../messages';

export interface MetricText {
  label: (metric: MapMetric) => string;
  /** A value with its unit, for tooltips, lists and sentences. */
  value: (metric: MapMetric, value: number) => string;
  /** A bare number with the metric's decimals, for labels on the map and table cells (percent sign for growth). */
  bare: (metric: MapMetric, value: number) => string;
  /** A legend's bound: as `bare`, without trailing zeros ("120–129,9", not "120,0–129,9"). */
  bound: (metric: MapMetric, value: number) => string;
  /** A count of the base metric with its unit, e.g. for KPI sentences. */
  count: (metric: MetricId, value: number) => string;
}

export const useMetricText = (): MetricText => {
  const t = useMessages(regionsMessages);
  const { format } = useI18n();
  return useMemo<MetricText>(() => {
    const count = (metric: MetricId, value: number) => t(`value_${metric}`, { count: value });
    // A number without its unit: signed, with a percent sign, for growth.
    const bareNumber = (metric: MapMetric, value: number, digits: NumberOptions) =>
      mapMetricSpec(metric).kind === 'growth' ? format.percent(value, { ...digits, signed: true }) : format.number(value, digits);
    return {
      label: (metric) => t(`metric_${metric}`),
      value: (metric, value) => {
        const spec = mapMetricSpec(metric);
        if (spec.kind === 'growth') return format.percent(value, { fractionDigits: spec.decimals, signed: true });
        if (spec.kind === 'perCapita') return t('value_perCapita', { value: format.number(value, { fractionDigits: spec.decimals }) });
        return count(spec.base, value);
      },
      bare: (metric, value) => bareNumber(metric, value, { fractionDigits: mapMetricSpec(metric).decimals }),
      bound: (metric, value) => bareNumber(metric, value, { maxFractionDigits: mapMetricSpec(metric).decimals }),
      count,
    };
  }, [t, format]);
};

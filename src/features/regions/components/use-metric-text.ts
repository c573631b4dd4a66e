/**
 * Names and value formatting of the map and table metrics in the current language: "Volunteers per
 * 10,000 residents", "1 234 волонтёра", "+3,4 %". One place, so the map, its list, the table and the
 * region page say the same thing.
 */
import { useMemo } from 'react';
import type { MetricId } from '../../../api/contract';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import type { MapMetric } from '../../../lib/view-state';
import { mapMetricSpec } from '../model/map-metrics';
import { regionsMessages } from '../messages';

export interface MetricText {
  label: (metric: MapMetric) => string;
  /** A value with its unit, for tooltips, lists and sentences. */
  value: (metric: MapMetric, value: number) => string;
  /**
   * A bare number with the metric's decimals (percent sign for growth): labels on the map, the ranked list,
   * legend bounds and table cells, so "142,0" reads alike in each.
   */
  bare: (metric: MapMetric, value: number, options?: { groupFourDigits?: boolean }) => string;
  /** A count of the base metric with its unit, e.g. for KPI sentences. */
  count: (metric: MetricId, value: number) => string;
}

export const useMetricText = (): MetricText => {
  const t = useMessages(regionsMessages);
  const { format } = useI18n();
  return useMemo<MetricText>(() => {
    const count = (metric: MetricId, value: number) => t(`value_${metric}`, { count: value });
    return {
      label: (metric) => t(`metric_${metric}`),
      value: (metric, value) => {
        const spec = mapMetricSpec(metric);
        if (spec.kind === 'growth') return format.percent(value, { fractionDigits: spec.decimals, signed: true });
        if (spec.kind === 'perCapita') return t('value_perCapita', { value: format.number(value, { fractionDigits: spec.decimals }) });
        return count(spec.base, value);
      },
      bare: (metric, value, options) => {
        const spec = mapMetricSpec(metric);
        return spec.kind === 'growth'
          ? format.percent(value, { fractionDigits: spec.decimals, signed: true })
          : format.number(value, { fractionDigits: spec.decimals, groupFourDigits: options?.groupFourDigits });
      },
      count,
    };
  }, [t, format]);
};

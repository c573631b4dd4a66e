/**
 * What the directions pages measure: the indicator (any of the six) and absolute numbers or values
 * per 10,000 residents. Both live in the URL (`metric`, `per=10k`), so a copied link shows the same.
 */
import { useId } from 'react';
import { METRIC_IDS, type MetricId } from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { updateSearch } from '../../../lib/router';
import { directionsMessages } from '../messages';
import { PER_10K } from '../../../lib/view-state';
import { DEFAULT_METRIC } from '../model/measure-params';
import './directions.css';

interface MeasureControlsProps {
  metric: MetricId;
  per10k: boolean;
}

export const MeasureControls = ({ metric, per10k }: MeasureControlsProps) => {
  const t = useMessages(directionsMessages);
  const { locale } = useI18n();
  const meta = useMeta();
  const id = useId();
  const nameOf = (m: MetricId) => meta.data?.metrics.find((x) => x.id === m)?.name[locale] ?? m;
  // Writing the metric explicitly also replaces the map's "volunteersPer10k" or "growth" carried in from elsewhere.
  const setMetric = (next: MetricId) => updateSearch({ metric: next === DEFAULT_METRIC ? null : next, per: per10k ? PER_10K : null });
  const setPer = (next: boolean) => updateSearch({ metric: metric === DEFAULT_METRIC ? null : metric, per: next ? PER_10K : null });

  return (
    <div className="measure-controls">
      <label htmlFor={`${id}-metric`}>{t('metricLabel')}</label>
      <select id={`${id}-metric`} value={metric} onChange={(e) => setMetric(e.target.value as MetricId)}>
        {METRIC_IDS.map((m) => (
          <option key={m} value={m}>
            {nameOf(m)}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>{t('measureLabel')}</legend>
        {/* The choices wrap among themselves, the second under the first, not under the legend. */}
        <span className="measure-controls__choices">
          <label>
            <input type="radio" name={`${id}-per`} checked={!per10k} onChange={() => setPer(false)} />
            {t('absolute')}
          </label>
          <label>
            <input type="radio" name={`${id}-per`} checked={per10k} onChange={() => setPer(true)} />
            {t('per10k')}
          </label>
        </span>
      </fieldset>
    </div>
  );
};

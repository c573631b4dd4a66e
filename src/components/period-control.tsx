/**
 * The period and comparison used by every page, kept in the URL (`?period=`, `?compare=`). Presets
 * cover the common questions; "custom range" takes any span of months the data covers (month-range-form.tsx).
 */
import { useId, useState } from 'react';
import type { Comparison, Month } from '../api/contract';
import { commonMessages } from '../lib/i18n/common-messages';
import { useI18n, useMessages } from '../lib/i18n/i18n-context';
import { addMonths, monthIndex, parsePeriod, quarterStart, rangeLength } from '../lib/months';
import { updateSearch } from '../lib/router';
import { MonthRangeForm } from './month-range-form';

interface PeriodControlProps {
  period: string;
  compare: Comparison;
  latest: Month;
  earliest?: Month;
}

const CUSTOM = 'custom';

export const PeriodControl = ({ period, compare, latest, earliest = '2019-01' }: PeriodControlProps) => {
  const t = useMessages(commonMessages);
  const { format } = useI18n();
  const id = useId();
  const latestYear = Number(latest.slice(0, 4));
  const years = Array.from({ length: latestYear - Number(earliest.slice(0, 4)) + 1 }, (_, i) => latestYear - i);
  const quarters: { value: string; label: string }[] = [];
  for (let y = latestYear; y >= latestYear - 1; y--) {
    for (let q = 4; q >= 1; q--) {
      if (monthIndex(quarterStart(y, q)) <= monthIndex(latest))
        quarters.push({ value: `${y}-Q${q}`, label: t('periodQuarter', { year: String(y), quarter: String(q) }) });
    }
  }
  const months = Array.from({ length: 12 }, (_, i) => addMonths(latest, -i));
  // A quarter or month from a shared link, older than the lists go, is put in its place among them: the
  // select named it "Custom range" and opened the range form on a view that is one quarter or month. A
  // quarter only when the data cover it whole.
  const linked = parsePeriod(period, latest, earliest);
  if (linked?.kind === 'quarter' && rangeLength(linked.range) === 3 && !quarters.some((q) => q.value === period)) {
    quarters.push({ value: period, label: t('periodQuarter', { year: period.slice(0, 4), quarter: period.slice(-1) }) });
    quarters.sort((a, b) => b.value.localeCompare(a.value));
  }
  if (linked?.kind === 'month' && !months.includes(period)) {
    months.push(period);
    months.sort((a, b) => b.localeCompare(a));
  }
  const presets = new Set(['ytd', '12m', ...years.map(String), ...quarters.map((q) => q.value), ...months]);
  const isCustom = !presets.has(period);
  const [customOpen, setCustomOpen] = useState(isCustom);

  const onPreset = (value: string) => {
    if (value === CUSTOM) {
      setCustomOpen(true);
      return;
    }
    setCustomOpen(false);
    updateSearch({ period: value === 'ytd' ? null : value });
  };

  return (
    <div className="period-control">
      <span className="field">
        <label htmlFor={`${id}-period`}>{t('periodLabel')}</label>
        <select id={`${id}-period`} value={customOpen || isCustom ? CUSTOM : period} onChange={(e) => onPreset(e.target.value)}>
          <option value="ytd">{t('periodYtd')}</option>
          <option value="12m">{t('period12m')}</option>
          <optgroup label={t('periodYears')}>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {t('periodYear', { year: String(y) })}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('periodQuarters')}>
            {quarters.map((q) => (
              <option key={q.value} value={q.value}>
                {q.label}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('periodMonths')}>
            {months.map((m) => (
              <option key={m} value={m}>
                {format.month(m)}
              </option>
            ))}
          </optgroup>
          <option value={CUSTOM}>{t('periodCustom')}</option>
        </select>
      </span>
      {customOpen || isCustom ? (
        <MonthRangeForm
          period={period}
          latest={latest}
          earliest={earliest}
          onApply={(from, to) => updateSearch({ period: `${from}..${to}` })}
        />
      ) : null}
      <span className="field">
        <label htmlFor={`${id}-compare`}>{t('compareLabel')}</label>
        <select
          id={`${id}-compare`}
          value={compare}
          onChange={(e) => updateSearch({ compare: e.target.value === 'previous' ? null : e.target.value })}
        >
          <option value="previous">{t('comparePrevious')}</option>
          <option value="yearAgo">{t('compareYearAgo')}</option>
        </select>
      </span>
    </div>
  );
};

/**
 * The period control's custom range: a first and a last month, each a month select and a year select.
 * Not `<input type="month">`: the browser shows that in its own language, not the page's, and Debian's
 * Chromium has no Kazakh month names; these come from the app's own tables. Years are those of the data.
 * A range that starts after it ends is not applied, but marked invalid and said so, with what to do: once
 * the reader asks to apply it (not while they are still choosing), then at once as they correct it.
 */
import { useId, useRef, useState, type FormEvent, type Ref } from 'react';
import type { Month } from '../api/contract';
import { commonMessages } from '../lib/i18n/common-messages';
import { useI18n, useMessages } from '../lib/i18n/i18n-context';
import { addMonths, monthFromIndex, monthIndex, parsePeriod } from '../lib/months';

interface MonthRangeFormProps {
  /** The applied period (the URL's); a range is shown as it applies: in order, within the data. */
  period: string;
  latest: Month;
  earliest: Month;
  onApply: (from: Month, to: Month) => void;
}

interface Range {
  from: Month;
  to: Month;
}

const MONTH_NUMBERS = Array.from({ length: 12 }, (_, i) => i + 1);

const monthOf = (year: number, monthNumber: number): Month => `${year}-${String(monthNumber).padStart(2, '0')}`;

const clamp = (month: Month, earliest: Month, latest: Month): Month =>
  monthFromIndex(Math.min(monthIndex(latest), Math.max(monthIndex(earliest), monthIndex(month))));

const initialRange = (period: string, latest: Month, earliest: Month): Range => {
  // A range, a single month, an older quarter or year: the form opens on its months; from the default
  // (the year so far) on the last 12 months.
  const applied = period === 'ytd' ? null : parsePeriod(period, latest, earliest);
  if (applied) return { from: applied.range.from, to: applied.range.to };
  return { from: clamp(addMonths(latest, -11), earliest, latest), to: latest };
};

interface MonthFieldsProps {
  id: string;
  label: string;
  monthLabel: string;
  yearLabel: string;
  value: Month;
  earliest: Month;
  latest: Month;
  /** The message's id while the range is invalid. */
  errorId: string | undefined;
  onChange: (month: Month) => void;
  monthRef?: Ref<HTMLSelectElement>;
}

const MonthFields = ({ id, label, monthLabel, yearLabel, value, earliest, latest, errorId, onChange, monthRef }: MonthFieldsProps) => {
  const { format } = useI18n();
  const year = Number(value.slice(0, 4));
  const monthNumber = Number(value.slice(5, 7));
  const firstYear = Number(earliest.slice(0, 4));
  const years = Array.from({ length: Number(latest.slice(0, 4)) - firstYear + 1 }, (_, i) => firstYear + i);
  const outsideData = (month: Month) => monthIndex(month) < monthIndex(earliest) || monthIndex(month) > monthIndex(latest);
  const invalid = errorId !== undefined;
  return (
    <span role="group" aria-labelledby={`${id}-label`} className="period-control__month">
      <span id={`${id}-label`}>{label}</span>
      {/* Each select's name starts with the word shown ("From (month)"): a voice user says what they see. */}
      <select
        ref={monthRef}
        aria-label={monthLabel}
        aria-invalid={invalid || undefined}
        aria-describedby={errorId}
        value={String(monthNumber)}
        onChange={(e) => onChange(monthOf(year, Number(e.target.value)))}
      >
        {MONTH_NUMBERS.map((m) => (
          <option key={m} value={String(m)} disabled={outsideData(monthOf(year, m))}>
            {format.monthName(m)}
          </option>
        ))}
      </select>
      <select
        aria-label={yearLabel}
        aria-invalid={invalid || undefined}
        aria-describedby={errorId}
        value={String(year)}
        // In the first and the last year of the data, a month outside it becomes its nearest month.
        onChange={(e) => onChange(clamp(monthOf(Number(e.target.value), monthNumber), earliest, latest))}
      >
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
    </span>
  );
};

export const MonthRangeForm = ({ period, latest, earliest, onApply }: MonthRangeFormProps) => {
  const t = useMessages(commonMessages);
  const id = useId();
  const source = `${period} ${earliest} ${latest}`;
  const [shownFor, setShownFor] = useState(source);
  const [range, setRange] = useState(() => initialRange(period, latest, earliest));
  // Set by a refused Apply: from then on the message follows the fields as they change.
  const [refused, setRefused] = useState(false);
  // A period applied since (by this form, a preset, the back button) is what the selects show next.
  // Set during render, not remounted: focus stays on the Apply button.
  if (shownFor !== source) {
    setShownFor(source);
    setRange(initialRange(period, latest, earliest));
    setRefused(false);
  }
  const fromMonth = useRef<HTMLSelectElement>(null);
  const reversed = monthIndex(range.from) > monthIndex(range.to);
  const errorId = reversed && refused ? `${id}-error` : undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reversed) {
      // Nothing changes on the page: take the reader to the field, which says why.
      setRefused(true);
      fromMonth.current?.focus();
      return;
    }
    onApply(range.from, range.to);
  };

  return (
    <form className="period-control__custom" onSubmit={onSubmit}>
      <MonthFields
        id={`${id}-from`}
        label={t('periodFrom')}
        monthLabel={t('periodFromMonth')}
        yearLabel={t('periodFromYear')}
        value={range.from}
        earliest={earliest}
        latest={latest}
        errorId={errorId}
        onChange={(from) => setRange((r) => ({ ...r, from }))}
        monthRef={fromMonth}
      />
      <MonthFields
        id={`${id}-to`}
        label={t('periodTo')}
        monthLabel={t('periodToMonth')}
        yearLabel={t('periodToYear')}
        value={range.to}
        earliest={earliest}
        latest={latest}
        errorId={errorId}
        onChange={(to) => setRange((r) => ({ ...r, to }))}
      />
      <button type="submit" className="button">
        {t('apply')}
      </button>
      {errorId ? (
        <p id={errorId} role="alert" className="period-control__error">
          {t('periodReversed')}
        </p>
      ) : null}
    </form>
  );
};

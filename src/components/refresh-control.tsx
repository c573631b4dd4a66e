/**
 * Auto-refresh picker, "refresh now" button and status light. Controlled: the interval lives in the
 * URL (`?refresh=`) and the QueryClient polls; this component only shows and changes the setting.
 * (A `?refresh=` that was not understood is reported by the page header.)
 */
import { useQueryClient } from '@tanstack/react-query';
import { useContext, useId, useState } from 'react';
import { AppSettingsContext } from '../config/app-settings';
import { Mark, type MarkShape } from './mark';
import { useI18n, useMessages } from '../lib/i18n/i18n-context';
import { describeReason } from '../lib/describe-error';
import { maxProducedAgeMs } from '../lib/freshness';
import { errorMessages } from '../lib/error-messages';
import { defineMessages } from '../lib/i18n/messages';
import { deriveLiveState, useLiveSnapshot, type LiveState } from '../lib/live-status';
import { REFRESH_CHOICES, formatRefresh, parseRefresh, refreshAmount } from '../lib/refresh';
import { refreshNow } from '../lib/refresh-now';
import { useNow } from '../lib/use-now';
import { updateSearch } from '../lib/router';

const messages = defineMessages({
  kk: {
    label: 'Автожаңарту',
    off: 'өшірулі',
    // The interval's options; the URL keeps its own form (`?refresh=1m`), the same in every language.
    seconds: '{count}\u00a0сек',
    minutes: '{count}\u00a0мин',
    now: 'Қазір жаңарту',
    ok: 'Деректер жаңа',
    fetching: 'Жаңартылуда',
    delayed: 'Жаңарту кешігуде',
    error: 'Жаңарту қатесі',
    paused: 'Жаңарту тоқтатылған',
    notCurrent: 'Деректер өзекті емес',
    dataAsOf: 'Деректер жағдайы: {time}',
    lastSuccess: 'Соңғы сәтті: {time}',
    lastError: 'Соңғы қате: {time}',
    never: 'әлі жоқ',
  },
  ru: {
    label: 'Автообновление',
    off: 'выкл.',
    seconds: '{count}\u00a0сек',
    minutes: '{count}\u00a0мин',
    now: 'Обновить сейчас',
    ok: 'Данные актуальны',
    fetching: 'Обновление',
    delayed: 'Обновление задерживается',
    error: 'Ошибка обновления',
    paused: 'Обновление приостановлено',
    notCurrent: 'Данные неактуальны',
    dataAsOf: 'Данные на {time}',
    lastSuccess: 'Последнее успешное: {time}',
    lastError: 'Последняя ошибка: {time}',
    never: 'ещё не было',
  },
  en: {
    label: 'Auto-refresh',
    off: 'off',
    seconds: '{count}\u00a0s',
    minutes: '{count}\u00a0min',
    now: 'Refresh now',
    ok: 'Up to date',
    fetching: 'Refreshing',
    delayed: 'Refresh delayed',
    error: 'Refresh failed',
    paused: 'Refresh paused',
    notCurrent: 'Data not current',
    dataAsOf: 'Data as of {time}',
    lastSuccess: 'Last success: {time}',
    lastError: 'Last error: {time}',
    never: 'none yet',
  },
});

const STATE_MARK: Record<LiveState, MarkShape> = {
  ok: 'dot',
  fetching: 'ring',
  delayed: 'half',
  error: 'cross',
  paused: 'pause',
  notCurrent: 'half',
};

type SettledState = Exclude<LiveState, 'fetching'>;

/** The last state other than "fetching" (React's "state from the previous render"); null before any. */
function useSettledState(state: LiveState): SettledState | null {
  const [settled, setSettled] = useState<SettledState | null>(state === 'fetching' ? null : state);
  if (state !== 'fetching' && state !== settled) setSettled(state);
  return state === 'fetching' ? settled : state;
}

interface RefreshControlProps {
  refreshMs: number | null;
  /** True while polling is suspended (hidden tab). */
  paused: boolean;
}

export const RefreshControl = ({ refreshMs, paused }: RefreshControlProps) => {
  const t = useMessages(messages);
  const te = useMessages(errorMessages);
  const { format } = useI18n();
  const client = useQueryClient();
  const snapshot = useLiveSnapshot();
  const id = useId();
  const now = useNow(5_000);
  const settings = useContext(AppSettingsContext);
  const maxAge = maxProducedAgeMs(refreshMs, settings?.config.maxDataAgeMinutes ?? null);
  const state = deriveLiveState(snapshot, refreshMs, paused, now, maxAge);
  const spoken = useSettledState(state);
  const current = formatRefresh(refreshMs);
  // Each option's value is the URL's form ("1m"), its text the reader's language ("1 мин").
  const choices: { value: string; ms: number | null }[] = REFRESH_CHOICES.map((value) => ({ value, ms: parseRefresh(value) ?? null }));
  if (!choices.some((c) => c.value === current)) choices.push({ value: current, ms: refreshMs });
  const choiceText = (ms: number | null): string => {
    if (ms === null) return t('off');
    const { count, unit } = refreshAmount(ms);
    return t(unit, { count });
  };
  // Failing, it names what fails and when that last answered: another endpoint's newer success beside
  // an older error read as if the failure had been mended.
  const failure = state === 'error' ? snapshot.stalestFailure : null;
  const successAt = failure ? failure.since : snapshot.lastSuccess;
  // Not current: the time the data gives, its newest when dated ahead of now, else its oldest.
  const produced = state === 'notCurrent' ? snapshot.produced : null;
  const dataTime = produced ? (produced.newest > now ? produced.newest : produced.oldest) : null;
  const details = [
    failure ? describeReason(failure.error, te) : null,
    dataTime !== null ? t('dataAsOf', { time: format.dateTime(new Date(dataTime)) }) : null,
    t('lastSuccess', { time: successAt ? format.time(new Date(successAt), true) : t('never') }),
    snapshot.lastError ? t('lastError', { time: format.time(new Date(snapshot.lastError), true) }) : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className="refresh-control">
      {/* Told to a screen reader: the state's words when it changes, without "refreshing", which every poll
          passes through once per query, and without the times, which change with every answer. The light
          itself was a live region: a reader heard the header 6–8 times a poll. */}
      <span className="visually-hidden" role="status" data-testid="status-announcement">
        {spoken ? t(spoken) : null}
      </span>
      <span className={`status-light status-light--${state}`} title={details} data-state={state}>
        <span aria-hidden="true" className="status-light__dot">
          <Mark shape={STATE_MARK[state]} />
        </span>
        {/* As wide as the wider of the two states every poll passes through (data-ok, data-fetching):
            the controls beside it no longer twitch sideways with each refresh. */}
        {/* Read from the status region above, which does not say "refreshing" at every poll. */}
        <span className="status-light__text" data-ok={t('ok')} data-fetching={t('fetching')} aria-hidden="true">
          <span>{t(state)}</span>
        </span>
        <span className="visually-hidden"> ({details})</span>
      </span>
      <label htmlFor={`${id}-refresh`}>{t('label')}</label>
      <select
        id={`${id}-refresh`}
        value={current}
        onChange={(e) => {
          updateSearch({ refresh: e.target.value });
          // A fetch now makes every poller pick up the new interval at once.
          void refreshNow(client);
        }}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {choiceText(c.ms)}
          </option>
        ))}
      </select>
      <button type="button" className="button" onClick={() => void refreshNow(client)}>
        {t('now')}
      </button>
    </div>
  );
};

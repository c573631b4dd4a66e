/**
 * A dashboard panel: a titled region with its own data state (loading, done, error, stale), its own
 * freshness line and its own error boundary, so one failing panel never blanks the page (Grafana's
 * panel contract). On a failed refresh the last good content stays, marked as stale, and the failure
 * is named in words with a retry button; data older than expected is flagged even without an error.
 *
 * Easiest use: pass the query results themselves, `queries={[summary, meta]}` — the panel reads
 * error, failureReason (a failure shows while TanStack still retries), data (and its `asOf`),
 * dataUpdatedAt, isFetching and refetch from them.
 */
import { Component, useContext, useEffect, useRef, useState, type ErrorInfo, type ReactNode } from 'react';
import { AppSettingsContext } from '../config/app-settings';
import { describeError } from '../lib/describe-error';
import { errorMessages } from '../lib/error-messages';
import { asOfOf, freshness, maxProducedAgeMs, staleAfterMs } from '../lib/freshness';
import { refusedValuesOf, unknownDirectionsLeftOutOf } from '../lib/refused-values';
import { RegionFigureNotes } from './region-figure-notes';
import { commonMessages } from '../lib/i18n/common-messages';
import { useI18n, useMessages } from '../lib/i18n/i18n-context';
import { defineMessages } from '../lib/i18n/messages';
import { useNow } from '../lib/use-now';
import { useLaidOutAtOnceInView } from '../lib/laid-out-in-view';

const panelMessages = defineMessages({
  kk: {
    freshness: 'Жаңартылды: {received} · деректер жағдайы: {produced}',
    updating: 'Жаңартылуда…',
    oldData: 'Сервер деректерінің жағдайы: {time} — күтілгеннен ескі.',
    futureData: 'Сервер деректерінің уақыты — {time}, ол әлі келген жоқ: сервердің сағаты не деректері қате.',
    unknownDirections: '{endpoint}: бұл бақылау тақтасы әлі білмейтін бағыттар бойынша деректер ({count}) көрсетілмеді.',
    refusedValues: {
      one: '{endpoint}: {count} мән нақты сан бола алмайды (теріс не тым үлкен), «деректер жоқ» деп көрсетілді.',
      other: '{endpoint}: {count} мән нақты сан бола алмайды (теріс не тым үлкен), «деректер жоқ» деп көрсетілді.',
    },
  },
  ru: {
    freshness: 'Обновлено: {received} · данные на {produced}',
    updating: 'Обновляется…',
    oldData: 'Данные сервера на {time} — старше, чем ожидалось.',
    futureData: 'Данные сервера датированы {time} — это время ещё не наступило: часы или данные сервера неверны.',
    unknownDirections: '{endpoint}: данные по направлениям, которых этот дашборд ещё не знает ({count}), не показаны.',
    refusedValues: {
      one: '{endpoint}: {count} значение не может быть настоящим числом (отрицательное или слишком большое) и показано как «нет данных».',
      few: '{endpoint}: {count} значения не могут быть настоящими числами (отрицательные или слишком большие) и показаны как «нет данных».',
      many: '{endpoint}: {count} значений не могут быть настоящими числами (отрицательные или слишком большие) и показаны как «нет данных».',
      other:
        '{endpoint}: {count} значения не могут быть настоящими числами (отрицательные или слишком большие) и показаны как «нет данных».',
    },
  },
  en: {
    freshness: 'Updated {received} · data as of {produced}',
    updating: 'Updating…',
    oldData: 'The server’s data is as of {time}, older than expected.',
    futureData: 'The server’s data is dated {time}, a time still to come: its clock or its data is wrong.',
    unknownDirections: '{endpoint}: figures for directions this dashboard does not know yet ({count}) are left out.',
    refusedValues: {
      one: '{endpoint}: {count} value could not be a real count (negative or too large) and is shown as “no data”.',
      other: '{endpoint}: {count} values could not be real counts (negative or too large) and are shown as “no data”.',
    },
  },
});

export interface PanelQueryState {
  error: unknown;
  /** The last failed attempt while TanStack still retries (UseQueryResult.failureReason). */
  failureReason?: unknown;
  /** The query's data; its `asOf`, if any, tells when the API produced it. */
  data?: unknown;
  /** Whether any data (perhaps old) is there to show; defaults to `data !== undefined`. */
  hasData?: boolean;
  isFetching: boolean;
  /** When the data on screen was received (ms since epoch), 0 if never. */
  dataUpdatedAt: number;
  /**
   * The data on screen is another choice's (a previous period or region), kept while this one's is asked
   * (TanStack's placeholderData): its times are not this choice's.
   */
  isPlaceholderData?: boolean;
  /** When the API produced the data (ISO string or ms), if not in `data.asOf`. */
  asOf?: string | number | null;
  refetch(): unknown;
}

interface PanelProps {
  id: string;
  title: string;
  /** Queries whose state the panel reports; a failure is shown until that query recovers, then the next one's. */
  queries: readonly PanelQueryState[];
  /** Shown while there is no data yet; should have the final size so nothing shifts. */
  skeleton?: ReactNode;
  actions?: ReactNode;
  /**
   * Under the title whatever the data's state (loading, failed): the choices that decide what the panel
   * asks for. In the body, they went with it when an answer failed, and the reader could not choose again.
   */
  controls?: ReactNode;
  className?: string;
  /**
   * The panel starts on every first screen, though not first on its page: never skipped by
   * `content-visibility` (styles.css), which painted it for a frame at an estimated height.
   */
  onFirstScreen?: boolean;
  headingLevel?: 2 | 3;
  /** Used only for timeouts that do not say how long the client waited. */
  timeoutSeconds?: number;
  now?: number;
  children: ReactNode;
}

const hasDataOf = (q: PanelQueryState): boolean => q.hasData ?? q.data !== undefined;
const producedOf = (q: PanelQueryState): number | null => {
  if (typeof q.asOf === 'number') return q.asOf;
  if (typeof q.asOf === 'string') {
    const ms = Date.parse(q.asOf);
    return Number.isFinite(ms) ? ms : null;
  }
  return asOfOf(q.data);
};

export const Panel = ({
  id,
  title,
  queries,
  skeleton,
  actions,
  controls,
  className,
  onFirstScreen = false,
  headingLevel = 2,
  timeoutSeconds,
  now: nowOverride,
  children,
}: PanelProps) => {
  const t = useMessages(commonMessages);
  const tp = useMessages(panelMessages);
  const te = useMessages(errorMessages);
  const settings = useContext(AppSettingsContext);
  const refreshMs = settings?.refreshMs ?? null;
  // Late after two missed polls, the same limit as the status light's (lib/freshness).
  const staleAfter = staleAfterMs(refreshMs);
  const maxAge = maxProducedAgeMs(refreshMs, settings?.config.maxDataAgeMinutes ?? null);
  // Check often enough that a warning comes at most a third of the limit late.
  const ticking = useNow(Math.min(15_000, Math.max(1_000, Math.round((staleAfter ?? 45_000) / 3))));
  const now = nowOverride ?? ticking;
  const { format } = useI18n();

  // Said once per outage: the alert names the query that failed first until that one recovers. It used to
  // name whichever failed first in this render, which flipped with each retry (/meta, then /summary), and a
  // screen reader read every panel's alert again each time: 28 alerts in a minute across five panels.
  const named = useHeldFailure(queries);
  const failing = named ? queries[named.index] : undefined;
  const failure: unknown = named?.failure ?? null;
  const retrying = Boolean(failing && failing.isFetching);
  const hasData = queries.length > 0 && queries.every(hasDataOf);
  // Another choice's data, kept while this one's is asked, has no say in how fresh this one is: its times
  // were shown as this region's or period's ("Updated 05:40" for the previous region).
  const updating = hasData && queries.some((q) => q.isPlaceholderData === true);
  const own = queries.filter((q) => q.isPlaceholderData !== true);
  const fresh = freshness({
    now,
    received: own.map((q) => q.dataUpdatedAt),
    produced: own.map(producedOf),
    staleAfterMs: staleAfter,
    maxProducedAgeMs: maxAge,
  });
  const stale = hasData && (Boolean(failing) || fresh.state !== 'fresh');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const sectionRef = useRef<HTMLElement>(null);
  useLaidOutAtOnceInView(sectionRef);

  // "Retry" goes with the error box once the answer comes: focus, on it, would fall to the page's body and
  // a keyboard reader start again from the top (WCAG 2.4.3). It goes to the panel's heading instead, unless
  // the reader has moved on meanwhile.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const retried = useRef(false);
  const focusHeading = () => {
    if (document.activeElement === null || document.activeElement === document.body) headingRef.current?.focus();
  };
  const recovered = !failing;
  useEffect(() => {
    if (!recovered || !retried.current) return;
    retried.current = false;
    focusHeading();
  }, [recovered]);
  const headingId = `${id}-title`;
  const receivedAt = fresh.receivedAt;
  const producedAt = fresh.producedAt;
  const sameDay = (a: number, b: number) => format.date(new Date(a)) === format.date(new Date(b));
  const producedText =
    producedAt === null
      ? ''
      : receivedAt !== null && sameDay(producedAt, receivedAt)
        ? format.time(new Date(producedAt))
        : format.dateTime(new Date(producedAt));

  let staleText: string | null = null;
  if (stale && receivedAt !== null) {
    if (failing) staleText = t('showingLastGood', { time: format.time(new Date(receivedAt)) });
    else if (fresh.state === 'stale') staleText = t('staleData', { time: format.dateTime(new Date(receivedAt)) });
    else if (fresh.state === 'future' && fresh.latestProducedAt !== null)
      staleText = tp('futureData', { time: format.dateTime(new Date(fresh.latestProducedAt)) });
    else if (producedAt !== null) staleText = tp('oldData', { time: format.dateTime(new Date(producedAt)) });
  }

  // Values the API sent that could not be true, refused at the edge: said, not only shown as "no data".
  // One line an endpoint: a panel may ask one path with several queries (/regions for each direction).
  const refused = new Map<string, number>();
  if (hasData)
    for (const q of queries) {
      const note = refusedValuesOf(q.data);
      if (note) refused.set(note.endpoint, (refused.get(note.endpoint) ?? 0) + note.count);
    }

  return (
    <section
      ref={sectionRef}
      className={`panel${stale ? ' panel--stale' : ''}${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
      data-panel={id}
      data-on-first-screen={onFirstScreen || undefined}
      data-freshness={failing ? 'error' : fresh.state}
    >
      <header className="panel__header">
        <Heading id={headingId} className="panel__title" ref={headingRef} tabIndex={-1}>
          {title}
        </Heading>
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      {controls}
      {failing ? (
        <div className="panel__error" role="alert">
          <p>
            {describeError(failure, title, te, { hasData, timeoutSeconds })}
            {/* Seen, not said: a live region reads out every change of its words. */}
            {retrying ? <span aria-hidden="true"> {te('retrying')}</span> : null}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              retried.current = true;
              queries.forEach((q) => failureOf(q) !== null && q.refetch());
            }}
          >
            {t('retry')}
          </button>
        </div>
      ) : null}
      {staleText ? (
        <p className="panel__stale" role="status">
          {staleText}
        </p>
      ) : null}
      {[...refused].map(([endpoint, count]) => (
        <p key={endpoint} className="panel__stale" role="status" data-testid="panel-refused-values">
          {tp('refusedValues', { endpoint, count })}
        </p>
      ))}
      {hasData
        ? queries.map((q, index) => {
            // /meta's own is left to the panels of its directions' figures: every panel asks /meta.
            const note = unknownDirectionsLeftOutOf(q.data);
            return note && note.endpoint !== '/meta' ? (
              <p key={`unknown-${index}`} className="panel__stale" role="status" data-testid="panel-unknown-directions">
                {tp('unknownDirections', { endpoint: note.endpoint, count: note.count })}
              </p>
            ) : null;
          })
        : null}
      {hasData ? <RegionFigureNotes answers={queries.map((q) => q.data)} className="panel__stale" /> : null}
      <div className="panel__body" aria-busy={!hasData && !failing}>
        {hasData ? (
          <PanelErrorBoundary fallback={te('unknown', { panel: title })} retryLabel={t('retry')} onRetried={focusHeading}>
            {children}
          </PanelErrorBoundary>
        ) : failing ? null : (
          skeleton
        )}
      </div>
      {!hasData && !failing ? (
        // Keeps the freshness line's place while loading, so what follows does not move down.
        <p className="panel__freshness panel__freshness--pending" aria-hidden="true">
          {'\u00a0'}
        </p>
      ) : null}
      {updating ? (
        <p className="panel__freshness panel__freshness--updating">{tp('updating')}</p>
      ) : hasData && receivedAt !== null ? (
        <p className="panel__freshness">
          {producedAt === null || producedText === format.time(new Date(receivedAt))
            ? t('updatedAt', { time: format.time(new Date(receivedAt)) })
            : tp('freshness', { received: format.time(new Date(receivedAt)), produced: producedText })}
        </p>
      ) : null}
    </section>
  );
};

const failureOf = (q: PanelQueryState): unknown => q.error ?? q.failureReason ?? null;

interface HeldFailure {
  index: number;
  failure: unknown;
  /** The query's dataUpdatedAt when it was first named: a later one means it answered since. */
  since: number;
}

/**
 * The failing query the panel names (by index) and its failure: the one it named before, until that
 * query has answered since or the whole panel is calm (no failure, nothing fetching), else the first
 * that fails (React's "state from the previous render"); null when none fails. Whether a query "fails"
 * at a given moment is not enough: TanStack clears the reason of a failure when an attempt is cancelled
 * or starts again, and an outage then named /meta, /summary, /meta… in turn.
 */
function useHeldFailure(queries: readonly PanelQueryState[]): HeldFailure | null {
  const [held, setHeld] = useState<HeldFailure | null>(null);
  let next = held;
  if (held) {
    const query = queries[held.index];
    const failure = query ? failureOf(query) : null;
    const answered = !query || query.dataUpdatedAt > held.since;
    const calm = queries.every((q) => failureOf(q) === null && !q.isFetching);
    if (answered || calm) next = null;
    else if (failure !== null && failure !== held.failure) next = { ...held, failure };
  }
  if (!next) {
    const index = queries.findIndex((q) => failureOf(q) !== null);
    const query = queries[index];
    next = query ? { index, failure: failureOf(query), since: query.dataUpdatedAt } : null;
  }
  if (next !== held) setHeld(next);
  return next;
}

interface BoundaryProps {
  fallback: string;
  retryLabel: string;
  /** Once the panel has been drawn again after "Retry": the button, and focus on it, are gone. */
  onRetried?: () => void;
  children: ReactNode;
}

/** Catches a rendering failure inside one panel, so the rest of the dashboard stays up. */
export class PanelErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Panel failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.failed) {
      return (
        <div className="panel__error" role="alert">
          <p>{this.props.fallback}</p>
          <button type="button" className="button" onClick={() => this.setState({ failed: false }, this.props.onRetried)}>
            {this.props.retryLabel}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}

/**
 * A dashboard panel: a titled region with its own data state (loading, done, error, stale), its own
 * freshness line and its own error boundary, so one failing panel never blanks the page (Grafana's
 * panel contract). On a failed refresh the last good content stays, marked as stale.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { commonMessages } from '../lib/i18n/common-messages';
import { useI18n, useMessages } from '../lib/i18n/i18n-context';
import { describeError } from '../lib/describe-error';
import { useNow } from '../lib/use-now';

export interface PanelQueryState {
  error: unknown;
  /** Whether any data (perhaps old) is there to show. */
  hasData: boolean;
  isFetching: boolean;
  /** When the data on screen was received (ms since epoch), 0 if never. */
  dataUpdatedAt: number;
  refetch(): unknown;
}

interface PanelProps {
  id: string;
  title: string;
  /** Queries whose state the panel reports; the first error found is shown. */
  queries: readonly PanelQueryState[];
  /** Data older than this is flagged as stale even without an error (e.g. two refresh intervals). */
  staleAfterMs?: number | null;
  /** Shown while there is no data yet; should have the final size so nothing shifts. */
  skeleton?: ReactNode;
  actions?: ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
  timeoutSeconds?: number;
  now?: number;
  children: ReactNode;
}

export const Panel = ({
  id,
  title,
  queries,
  staleAfterMs = null,
  skeleton,
  actions,
  className,
  headingLevel = 2,
  timeoutSeconds,
  now: nowOverride,
  children,
}: PanelProps) => {
  const t = useMessages(commonMessages);
  const ticking = useNow(15_000);
  const now = nowOverride ?? ticking;
  const { format } = useI18n();
  const failed = queries.find((q) => q.error);
  const hasData = queries.length > 0 && queries.every((q) => q.hasData);
  const lastUpdate = Math.min(...queries.map((q) => q.dataUpdatedAt).filter((n) => n > 0));
  const tooOld = hasData && staleAfterMs !== null && Number.isFinite(lastUpdate) && now - lastUpdate > staleAfterMs;
  const stale = hasData && (Boolean(failed) || tooOld);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `${id}-title`;

  return (
    <section className={`panel${stale ? ' panel--stale' : ''}${className ? ` ${className}` : ''}`} aria-labelledby={headingId} data-panel={id}>
      <header className="panel__header">
        <Heading id={headingId} className="panel__title">
          {title}
        </Heading>
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      {failed ? (
        <div className="panel__error" role="alert">
          <p>{describeError(failed.error, title, t, timeoutSeconds)}</p>
          <button type="button" className="button" onClick={() => queries.forEach((q) => q.error && q.refetch())}>
            {t('retry')}
          </button>
        </div>
      ) : null}
      {stale && Number.isFinite(lastUpdate) ? (
        <p className="panel__stale" role="status">
          {failed ? t('showingLastGood', { time: format.time(new Date(lastUpdate)) }) : t('staleData', { time: format.dateTime(new Date(lastUpdate)) })}
        </p>
      ) : null}
      <div className="panel__body" aria-busy={!hasData && !failed}>
        {hasData ? <PanelErrorBoundary fallback={t('errorUnknown', { panel: title })} retryLabel={t('retry')}>{children}</PanelErrorBoundary> : failed ? null : skeleton}
      </div>
      {hasData && Number.isFinite(lastUpdate) ? (
        <p className="panel__freshness">{t('updatedAt', { time: format.time(new Date(lastUpdate)) })}</p>
      ) : null}
    </section>
  );
};

interface BoundaryProps {
  fallback: string;
  retryLabel: string;
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
          <button type="button" className="button" onClick={() => this.setState({ failed: false })}>
            {this.props.retryLabel}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}

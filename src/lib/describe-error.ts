/**
 * Turns a failure into translated sentences that name the panel, the endpoint and what went wrong in
 * plain words; an RFC 9457 problem's title and detail are quoted after them (as text, shortened).
 */
import { ApiError } from '../api/client';
import type { ErrorMessageKey } from './error-messages';
import type { Translate } from './i18n/messages';

/** A problem document is the server's text: quoted, but never allowed to fill the panel. */
const MAX_PROBLEM_CHARS = 300;

const httpReasonKey = (status: number | null): ErrorMessageKey => {
  switch (status) {
    // "Not modified" to a request that named no copy to compare (no If-None-Match): a server or proxy at fault.
    case 304:
      return 'http304';
    case 400:
    case 422:
      return 'http400';
    case 401:
    case 403:
      return 'http403';
    case 404:
    case 410:
      return 'http404';
    case 408:
    case 504:
      return 'http408';
    case 429:
      return 'http429';
    case 500:
      return 'http500';
    case 502:
    case 503:
      return 'http503';
    default:
      return status !== null && status >= 500 ? 'http5xx' : 'http4xx';
  }
};

const reasonOf = (error: ApiError, t: Translate<ErrorMessageKey>, fallbackTimeoutSeconds: number): string => {
  const endpoint = error.endpoint;
  switch (error.kind) {
    case 'network':
      return t('network', { endpoint });
    case 'timeout':
      return t('timeout', { endpoint, count: error.timeoutMs !== null ? error.timeoutMs / 1000 : fallbackTimeoutSeconds });
    case 'http':
      return t('http', { reason: t(httpReasonKey(error.status)), status: String(error.status ?? '?'), endpoint });
    case 'invalidJson':
      return t('invalidJson', { endpoint });
    case 'schema':
      return t('schema', { endpoint, field: error.field ?? '' });
    case 'wrongPeriod':
      return t('wrongPeriod', { endpoint, answered: error.answered ?? '' });
  }
};

export interface DescribeErrorOptions {
  /** Old data is still on screen: the panel "could not be updated" rather than "could not be loaded". */
  hasData?: boolean;
  /** Used only when the error does not say how long the client waited. */
  timeoutSeconds?: number;
}

/** Why a request failed, as a clause naming the endpoint ("the server cannot be reached (/summary)"); null when not the API's. */
export const describeReason = (error: unknown, t: Translate<ErrorMessageKey>, timeoutSeconds = 15): string | null =>
  error instanceof ApiError ? reasonOf(error, t, timeoutSeconds) : null;

export const describeError = (error: unknown, panel: string, t: Translate<ErrorMessageKey>, options: DescribeErrorOptions = {}): string => {
  if (!(error instanceof ApiError)) return t('unknown', { panel });
  const sentence = t(options.hasData ? 'failedUpdate' : 'failedLoad', { panel, reason: reasonOf(error, t, options.timeoutSeconds ?? 15) });
  const problem = error.kind === 'http' && error.problem ? [error.problem.title, error.problem.detail].filter(Boolean).join(': ') : '';
  if (!problem) return sentence;
  const quoted = problem.length > MAX_PROBLEM_CHARS ? `${problem.slice(0, MAX_PROBLEM_CHARS - 1)}…` : problem;
  return `${sentence} ${t('problem', { problem: quoted })}`;
};

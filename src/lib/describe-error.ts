/** Turns a failure into one translated sentence that names the panel, the endpoint and what went wrong. */
import { ApiError } from '../api/client';
import { type commonMessages } from './i18n/common-messages';
import type { Translate } from './i18n/messages';

type CommonKey = keyof (typeof commonMessages)['en'];

export const describeError = (error: unknown, panel: string, t: Translate<CommonKey>, timeoutSeconds = 15): string => {
  if (!(error instanceof ApiError)) return t('errorUnknown', { panel });
  const endpoint = error.endpoint;
  switch (error.kind) {
    case 'network':
      return t('errorNetwork', { panel, endpoint });
    case 'timeout':
      return t('errorTimeout', { panel, endpoint, seconds: String(timeoutSeconds) });
    case 'http':
      return t('errorHttp', {
        panel,
        endpoint,
        status: String(error.status ?? ''),
        problem: error.problem ? [error.problem.title, error.problem.detail].filter(Boolean).join(': ') : '',
      }).trim();
    case 'invalidJson':
      return t('errorInvalidJson', { panel, endpoint });
    case 'schema':
      return t('errorSchema', { panel, endpoint, field: error.field ?? '' });
  }
};

/**
 * Renders the whole app at a URL, as a user would open it, against the demo API (msw/node), with a
 * fresh QueryClient that does not retry, so every test starts clean and failures show at once.
 */
import { render, screen, type RenderResult } from '@testing-library/react';
import { configureApi } from '../src/api/api';
import { createApiClient } from '../src/api/client';
import { App } from '../src/app/app';
import { createAppQueryClient } from '../src/app/query-client';
import { RuntimeConfig } from '../src/config/runtime-config';

export const TEST_API = 'http://localhost/api/v1';

export interface RenderAppOptions {
  config?: Partial<RuntimeConfig>;
  timeoutMs?: number;
}

export const renderApp = (
  url: string,
  options: RenderAppOptions = {},
): RenderResult & { queryClient: ReturnType<typeof createAppQueryClient> } => {
  window.history.replaceState(null, '', url);
  const config = RuntimeConfig.parse({ apiBaseUrl: TEST_API, refreshSeconds: 60, ...options.config });
  configureApi(createApiClient({ baseUrl: config.apiBaseUrl, timeoutMs: options.timeoutMs ?? 5_000 }));
  const queryClient = createAppQueryClient({ refreshMs: () => null, retry: 0 });
  const result = render(<App config={config} queryClient={queryClient} onRefreshChange={() => undefined} />);
  return { ...result, queryClient };
};

export { screen };

/** An element's text as a reader sees it: no-break spaces (dates, numbers) read as spaces, runs of space as one. */
export const textOf = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ');

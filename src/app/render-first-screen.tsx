/**
 * Server side: renders a page's first screen — the same React tree the browser renders, from the same
 * first requests — so the numbers are in the HTML and on screen before any of the app's JavaScript
 * has run (the benchmark's "static floor"). The API answers it used travel with the page
 * (src/app/first-screen.ts); the app starts from them and hydrates this screen: React takes over the
 * HTML as it is, which needs the browser's first render to be this one exactly (same data, language,
 * address and clock).
 *
 * Built with `vite build --ssr` into dist/server/ and used by the production server
 * (tests/tools/serve-dist.ts). Whenever the first screen cannot be rendered completely — demo mode
 * (the demo API lives in the browser), a relative API address with no origin, an API that fails or is
 * slow — it returns null and the server sends the plain page, which loads as it always has.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { configureApi } from '../api/api';
import { createApiClient } from '../api/client';
import { parseRuntimeConfig } from '../config/runtime-config';
import { chooseLocale, localeFromCookie } from '../lib/i18n/i18n-context';
import { LANGUAGE_TAG } from '../lib/i18n/locales';
import { ServerLocationProvider } from '../lib/router';
import { setFirstScreenClock } from '../lib/use-now';
import { App, startFirstRequests } from './app';
import { dateFirstAnswers, firstScreenScript } from './first-screen';
import { createAppQueryClient } from './query-client';

export interface FirstScreenRequest {
  /** Path and query of the page, e.g. `/regions/KZ-62?lang=ru`. */
  url: string;
  /** The request's Cookie header: the reader's remembered language. */
  cookie?: string;
  /** The runtime config the page will get, as in /config.json. */
  config: unknown;
  /** Where a relative `apiBaseUrl` lives, seen from the server (e.g. `http://127.0.0.1:8080`). */
  apiOrigin?: string;
  /** How long the page may wait for the API before it is sent without a first screen. */
  timeoutMs?: number;
}

export interface FirstScreenHtml {
  /** The rendered screen, to go inside `<div id="root">`. */
  html: string;
  /** The `<script type="application/json">` with the config and answers, to follow the root. */
  script: string;
  /** Two-letter language of the rendered screen, for `<html lang>`. */
  lang: string;
}

const render = async (request: FirstScreenRequest): Promise<FirstScreenHtml | null> => {
  const config = parseRuntimeConfig(request.config);
  if (config.demo) return null;
  const base = /^https?:\/\//.test(config.apiBaseUrl) ? config.apiBaseUrl : request.apiOrigin ? request.apiOrigin + config.apiBaseUrl : null;
  if (!base) return null;

  const answers: Record<string, unknown> = {};
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = String(input instanceof Request ? input.url : input);
    if (response.ok && url.startsWith(base)) {
      try {
        answers[url.slice(base.length)] = await response.clone().json();
      } catch {
        // Not JSON: the client reports it when it asks for itself.
      }
    }
    return response;
  };
  configureApi(
    createApiClient({
      baseUrl: base,
      timeoutMs: Math.min(config.requestTimeoutSeconds * 1000, request.timeoutMs ?? 2_000),
      fetch: recordingFetch,
      etagCacheSize: 0,
    }),
  );

  const queryClient = createAppQueryClient({ refreshMs: () => null, retry: 0 });
  try {
    const url = new URL(request.url, 'http://server.invalid');
    await startFirstRequests(queryClient, url);
    // A failed request would be rendered as a failure the browser might not see: let the app ask itself.
    if (queryClient.getQueryCache().getAll().some((query) => query.state.status !== 'success')) return null;

    // The browser remembers the language in localStorage, the server sees it in the cookie set alongside.
    const locale = chooseLocale(url.searchParams.get('lang'), localeFromCookie(request.cookie), config.defaultLocale);
    const renderedAt = Date.now();
    dateFirstAnswers(queryClient, renderedAt);
    setFirstScreenClock(renderedAt);
    const html = renderToString(
      <StrictMode>
        <ServerLocationProvider value={{ pathname: url.pathname, search: url.search }}>
          <App config={{ ...config, defaultLocale: locale }} queryClient={queryClient} onRefreshChange={() => undefined} />
        </ServerLocationProvider>
      </StrictMode>,
    );
    return { html, script: firstScreenScript({ config: request.config, answers, locale, renderedAt }), lang: LANGUAGE_TAG[locale].slice(0, 2) };
  } finally {
    setFirstScreenClock(null);
    queryClient.clear();
  }
};

// One page at a time: the API client is the app's single one (src/api/api.ts), configured per page.
let queue: Promise<unknown> = Promise.resolve();

export const renderFirstScreen = (request: FirstScreenRequest): Promise<FirstScreenHtml | null> => {
  const next = queue.then(() => render(request));
  queue = next.catch(() => undefined);
  return next;
};

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
 *
 * A page once rendered is sent again, the very same object, while the API confirms that none of its
 * answers has changed (a conditional request per answer, each answered 304 Not Modified) and it is
 * younger than one refresh interval, so its clock and "updated" times are no older than those of a
 * dashboard already open. The answers travel with their ETags: when the page is older than the app's
 * freshness window, the app's check of them at start-up is answered 304, without a body. A render costs
 * the server ~10 ms of CPU; on the benchmark's two cores, which the browser shares, a rendered page
 * arrived 20–60 ms after it was asked for, a reused one mostly 7–44 ms.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { configureApi } from '../api/api';
import { createApiClient } from '../api/client';
import type { Meta } from '../api/contract';
import { metaQueryOptions } from '../api/meta-query';
import { parseRuntimeConfig, type RuntimeConfig } from '../config/runtime-config';
import { WALL_MODE_CLASS } from '../features/wall/model/wall-config';
import { isWallPath } from '../lib/wall-path';
import { describeReason } from '../lib/describe-error';
import { errorMessages } from '../lib/error-messages';
import { createFormatter } from '../lib/i18n/format';
import { chooseLocale, localeFromCookie, searchWithLocale } from '../lib/i18n/i18n-context';
import { LANGUAGE_TAG, type Locale } from '../lib/i18n/locales';
import { defineMessages, translate, type MessageParams } from '../lib/i18n/messages';
import { ServerLocationProvider } from '../lib/router';
import { setFirstScreenClock } from '../lib/use-now';
import { App, startFirstRequests } from './app';
import { dateFirstAnswers, firstPaintHold, firstScreenScript } from './first-screen';
import { pageStatus, pageTitle } from './page-title';
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
  /** Markup for `<head>`: holds the first paint until the parts that would move if drawn half-parsed are whole (firstPaintHold). */
  head: string;
  /** Two-letter language of the rendered screen, for `<html lang>`. */
  lang: string;
  /** The class `<html>` carries on this page (the wall's root size, WALL_MODE_CLASS), or null. */
  htmlClass: string | null;
  /** The page's `<title>`, as the app will keep it (src/app/page-title.ts); plain text, to be escaped. */
  title: string;
  /** The HTTP status to send: 404 where the page says "not found" (`pageStatus`, src/app/page-title.ts). */
  status: 200 | 404;
}

/**
 * No first screen because the API failed: what the page tells a reader whose browser runs no script
 * (in `<noscript>`), who would otherwise read only that the app needs JavaScript and never learn that
 * the data were the trouble. With scripts on, the app starts as on a plain page and asks again itself.
 */
export interface FirstScreenUnavailable {
  /** Which request failed and how, then what to do: sentences in the reader's language, plain text to be escaped. */
  unavailable: readonly string[];
  lang: string;
  title: string;
}

/** True for a rendered screen, false for a page that has none because the API failed. */
export const isFirstScreen = (page: FirstScreenHtml | FirstScreenUnavailable): page is FirstScreenHtml => 'html' in page;

const unavailableMessages = defineMessages({
  kk: {
    failed: 'Деректер жүктелмеді: {reason}.',
    failedUnknown: 'Деректер күтпеген қатеге байланысты жүктелмеді.',
    whatToDo: 'Бетті сәл кейін қайта жүктеңіз. JavaScript қосулы болса, бет өзі қайта тырысады.',
  },
  ru: {
    failed: 'Не удалось загрузить данные: {reason}.',
    failedUnknown: 'Не удалось загрузить данные из-за непредвиденной ошибки.',
    whatToDo: 'Обновите страницу чуть позже. С включённым JavaScript страница повторяет попытку сама.',
  },
  en: {
    failed: 'The figures could not be loaded: {reason}.',
    failedUnknown: 'The figures could not be loaded because of an unexpected error.',
    whatToDo: 'Reload the page in a while. With JavaScript on, the page tries again by itself.',
  },
});

/** The reader's explanation of the first failed request of a render (its `error`): see FirstScreenUnavailable. */
const unavailable = (error: unknown, page: PageRequest, meta: Meta | undefined): FirstScreenUnavailable => {
  const { locale, url } = page;
  const format = createFormatter(locale);
  const reason = describeReason(error, (key, params) => translate(errorMessages, locale, format, key, params), page.timeoutMs / 1000);
  const say = (key: keyof (typeof unavailableMessages)['en'], params?: MessageParams) =>
    translate(unavailableMessages, locale, format, key, params);
  return {
    unavailable: [reason ? say('failed', { reason }) : say('failedUnknown'), say('whatToDo')],
    lang: LANGUAGE_TAG[locale].slice(0, 2),
    title: pageTitle(url.pathname, locale, meta),
  };
};

/** What one request asks to have rendered, worked out before anything is fetched. */
interface PageRequest {
  config: RuntimeConfig;
  /** The config as the page will embed it (the app validates it like /config.json). */
  rawConfig: unknown;
  /** The API's absolute base URL. */
  base: string;
  url: URL;
  locale: Locale;
  /** Everything the rendered page depends on besides the API's answers and the clock. */
  key: string;
  timeoutMs: number;
}

const prepare = (request: FirstScreenRequest): PageRequest | null => {
  const config = parseRuntimeConfig(request.config);
  if (config.demo) return null;
  const base = /^https?:\/\//.test(config.apiBaseUrl)
    ? config.apiBaseUrl
    : request.apiOrigin
      ? request.apiOrigin + config.apiBaseUrl
      : null;
  if (!base) return null;
  const url = new URL(request.url, 'http://server.invalid');
  // The language the browser remembers is in its cookie (src/lib/i18n/i18n-context.tsx).
  const locale = chooseLocale(url.searchParams.get('lang'), localeFromCookie(request.cookie), config.defaultLocale);
  return {
    config,
    rawConfig: request.config,
    base,
    url,
    locale,
    key: JSON.stringify([request.config, base, url.pathname, url.search, locale]),
    timeoutMs: Math.min(config.requestTimeoutSeconds * 1000, request.timeoutMs ?? 2_000),
  };
};

interface RenderedPage {
  screen: FirstScreenHtml;
  renderedAt: number;
  /** The ETag of every answer it was rendered from, by answer key (the path after the API's base). */
  etags: Record<string, string>;
}

/** Pages kept for reuse (each ~75 KB of HTML): every route in each language, and some regions and periods. */
const PAGES_KEPT = 64;
const renderedPages = new Map<string, RenderedPage>();

const keep = (key: string, page: RenderedPage) => {
  renderedPages.delete(key);
  renderedPages.set(key, page);
  if (renderedPages.size > PAGES_KEPT) {
    const oldest = renderedPages.keys().next().value;
    if (oldest !== undefined) renderedPages.delete(oldest);
  }
};

/**
 * True when the API confirms every answer the page was rendered from: 304 Not Modified to a request
 * that names its ETag (or, from a server that ignores If-None-Match, a 200 with the same ETag). Any
 * failure, change or delay counts as "not current": the page is then rendered afresh.
 */
const stillCurrent = async (base: string, page: RenderedPage, timeoutMs: number): Promise<boolean> => {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const confirmed = await Promise.all(
      Object.entries(page.etags).map(async ([key, etag]) => {
        const response = await fetch(base + key, { headers: { Accept: 'application/json', 'If-None-Match': etag }, signal });
        // The body of a changed answer is not needed (the render that follows asks for it again); the
        // stream is let go without waiting for the cancellation, which some fetch stubs never settle.
        response.body?.cancel().catch(() => undefined);
        return response.status === 304 || (response.ok && response.headers.get('ETag') === etag);
      }),
    );
    return confirmed.every(Boolean);
  } catch {
    return false;
  }
};

/** The page rendered before for this request, when it may be sent again (see the top of this file). */
const reusable = async (page: PageRequest): Promise<FirstScreenHtml | null> => {
  const previous = renderedPages.get(page.key);
  if (!previous) return null;
  const age = Date.now() - previous.renderedAt;
  if (age >= 0 && age < page.config.refreshSeconds * 1000 && (await stillCurrent(page.base, previous, page.timeoutMs))) {
    keep(page.key, previous);
    return previous.screen;
  }
  if (renderedPages.get(page.key) === previous) renderedPages.delete(page.key);
  return null;
};

const render = async (page: PageRequest): Promise<FirstScreenHtml | FirstScreenUnavailable> => {
  const { config, base, url, locale } = page;
  // The answers as validated (what the screen was rendered from), not as sent: the browser starts from
  // the very same data and does not validate it again (src/api/client.ts, `firstAnswers`).
  const answers: Record<string, unknown> = {};
  const etags: Record<string, string> = {};
  configureApi(
    createApiClient({
      baseUrl: base,
      timeoutMs: page.timeoutMs,
      etagCacheSize: 0,
      onAnswer: (key, data, etag) => {
        answers[key] = data;
        if (etag) etags[key] = etag;
      },
    }),
  );

  const queryClient = createAppQueryClient({ refreshMs: () => null, retry: 0 });
  try {
    await startFirstRequests(queryClient, url);
    // A failed request would be rendered as a failure the browser might not see: let the app ask itself.
    // A "not found" page needs only /meta: the failure of the unknown region's own answer does not count.
    const unanswered = queryClient
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.status !== 'success');
    const failed = unanswered.length > 0;
    const meta = queryClient.getQueryData(metaQueryOptions().queryKey);
    const status = pageStatus(url.pathname, meta);
    if (failed && !(status === 404 && meta))
      return unavailable(unanswered.find((query) => query.state.status === 'error')?.state.error, page, meta);
    // The not-found page shows none of them, and the browser starts without them (failed answers are not
    // embedded): rendered with their error states, the status light would differ from the browser's.
    if (failed) queryClient.removeQueries({ predicate: (query) => query.state.status !== 'success' });

    const renderedAt = Date.now();
    dateFirstAnswers(queryClient, renderedAt);
    setFirstScreenClock(renderedAt);
    const html = renderToString(
      <StrictMode>
        <ServerLocationProvider value={{ pathname: url.pathname, search: searchWithLocale(url.search, locale) ?? url.search }}>
          <App config={{ ...config, defaultLocale: locale }} queryClient={queryClient} onRefreshChange={() => undefined} />
        </ServerLocationProvider>
      </StrictMode>,
    );
    const wall = isWallPath(url.pathname);
    const screen = {
      html,
      script: firstScreenScript({ config: page.rawConfig, answers, etags, locale, renderedAt }),
      head: firstPaintHold(html, wall),
      lang: LANGUAGE_TAG[locale].slice(0, 2),
      htmlClass: wall ? WALL_MODE_CLASS : null,
      title: pageTitle(url.pathname, locale, meta),
      status,
    };
    // Only a page whose every answer has an ETag can be confirmed later.
    const answerCount = Object.keys(answers).length;
    if (answerCount > 0 && Object.keys(etags).length === answerCount) keep(page.key, { screen, renderedAt, etags });
    return screen;
  } finally {
    setFirstScreenClock(null);
    queryClient.clear();
  }
};

/**
 * The status the page for `request` will be sent with, known before the API has confirmed its answers:
 * that of the page rendered for the same request before (a page turns "not found" only when /meta stops
 * listing its region or direction, and back). Null when none was rendered, or none will be. The server
 * sends the response's head with it at once, so that the browser sets the page up while the API confirms
 * the answers (what that gains: tests/tools/serve-dist.ts).
 */
export const expectedStatus = (request: FirstScreenRequest): 200 | 404 | null => {
  const page = prepare(request);
  return page ? (renderedPages.get(page.key)?.screen.status ?? null) : null;
};

/**
 * The HTTP status for a page sent without a first screen (the renderer gave up, or demo mode): 404 for
 * an address the app answers with a "not found" page, as far as it can tell without /meta.
 */
export const plainPageStatus = (url: string): 200 | 404 => pageStatus(new URL(url, 'http://localhost').pathname, undefined);

/** Where to redirect a request for `url` (a region code in lower case, say), or null: see src/app/canonical-path.ts. */
export { canonicalLocation } from './canonical-path';

/** The rules of the app's style sheet a rendered page can use, to inline in it: see src/app/style-subset.ts. */
export { classesInMarkup, indexStyleSheet, styleSubset } from './style-subset';

// One page at a time: the API client is the app's single one (src/api/api.ts), configured per page.
let queue: Promise<unknown> = Promise.resolve();

/**
 * The page's first screen; or why there is none when the API failed (the server sends the plain page
 * with that explanation for readers without scripts); or null where it is not attempted (demo mode, an
 * API address the server cannot reach).
 */
export const renderFirstScreen = async (request: FirstScreenRequest): Promise<FirstScreenHtml | FirstScreenUnavailable | null> => {
  const page = prepare(request);
  if (!page) return null;
  const again = await reusable(page);
  if (again) return again;
  const next = queue.then(() => render(page));
  queue = next.catch(() => undefined);
  return next;
};

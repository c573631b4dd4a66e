/**
 * Start-up: read the runtime config, start the embedded demo API when the config asks for it (msw is
 * loaded only then), and render. When the server rendered the first screen, the config and the answers
 * it was rendered from are in the page (src/app/first-screen.ts): the app starts from them and hydrates
 * the server's HTML — React takes it over as it is, in short slices of work — so the numbers never leave
 * the screen and the main thread is never blocked for long by drawing what is already drawn.
 */
import { StrictMode, startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { configureApi } from './api/api';
import { createApiClient } from './api/client';
import { App, startFirstRequests } from './app/app';
import { canonicalizeAddress } from './app/canonical-path';
import { exposeBenchHook } from './app/bench-hook';
import { ConfigErrorPage } from './app/config-error-page';
import { CrashPage } from './app/crash-page';
import { dateFirstAnswers, readFirstScreen, type FirstScreen } from './app/first-screen';
import { createAppQueryClient } from './app/query-client';
import { wallStart } from './app/wall-start';
import { isWallPath } from './lib/wall-path';
import { chooseLocale, rememberedLocale, searchWithLocale } from './lib/i18n/i18n-context';
import { nextTask } from './lib/in-slices';
import { followPrinting } from './lib/print-layout';
import { restoreQueryCache } from './lib/persisted-cache';
import { setFirstScreenClock } from './lib/use-now';
import { ConfigError, loadRuntimeConfig, parseRuntimeConfig, type RuntimeConfig } from './config/runtime-config';
import type { QueryClient } from '@tanstack/react-query';

/**
 * Whether the browser's first render is the server's screen: same language (another tab may have
 * changed the remembered one since the server read it) and every first answer accepted.
 */
const matchesFirstScreen = (firstScreen: FirstScreen, config: RuntimeConfig, queryClient: QueryClient): boolean =>
  chooseLocale(new URLSearchParams(window.location.search).get('lang'), rememberedLocale(), config.defaultLocale) === firstScreen.locale &&
  queryClient
    .getQueryCache()
    .getAll()
    .every((query) => query.state.status === 'success');

/**
 * The language the page is shown in goes into its address before anything renders (the server renders
 * its links with it too, src/app/render-first-screen.tsx), so a copied link keeps it.
 */
const showLocaleInAddress = (config: RuntimeConfig) => {
  const { location, history } = window;
  const locale = chooseLocale(new URLSearchParams(location.search).get('lang'), rememberedLocale(), config.defaultLocale);
  const search = searchWithLocale(location.search, locale);
  if (search !== null) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
};

const start = async () => {
  followPrinting();
  // Evaluating the app's modules was one long task already: start-up's own work goes in the next.
  await nextTask();
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  let root: Root | null = null;
  const draw = (element: ReactNode) => {
    root ??= createRoot(container);
    root.render(element);
  };
  canonicalizeAddress();
  try {
    const firstScreen = readFirstScreen(document);
    const config = firstScreen ? parseRuntimeConfig(firstScreen.config) : await loadRuntimeConfig();
    showLocaleInAddress(config);
    if (config.demo) {
      const { startDemoWorker } = await import('./app/demo-worker');
      await startDemoWorker();
    }
    configureApi(
      createApiClient({
        baseUrl: config.apiBaseUrl,
        timeoutMs: config.requestTimeoutSeconds * 1000,
        firstAnswers: firstScreen?.answers,
        firstAnswerEtags: firstScreen?.etags,
      }),
    );
    let refreshMs: number | null = config.refreshSeconds * 1000;
    const isWall = isWallPath(window.location.pathname);
    const queryClient = createAppQueryClient({ refreshMs: () => refreshMs });
    // A wall screen rebooted with no network shows its last data (marked stale by its age).
    if (isWall && !firstScreen) wallStart.restored = restoreQueryCache(queryClient);
    exposeBenchHook(queryClient);
    const firstRequests = startFirstRequests(queryClient, new URL(window.location.href));
    const app = (
      <App
        config={config}
        queryClient={queryClient}
        onRefreshChange={(ms) => {
          refreshMs = ms;
        }}
      />
    );
    if (firstScreen) {
      await firstRequests;
      const matches = matchesFirstScreen(firstScreen, config, queryClient);
      if (matches) dateFirstAnswers(queryClient, firstScreen.renderedAt);
      // The server's answers are newer than anything saved; the saved copy gives the wall's other scenes
      // theirs (a served wall whose API then failed had nothing for them, and its first save lost them).
      if (isWall) wallStart.restored = restoreQueryCache(queryClient);
      if (matches) {
        // Read only while hydrating (src/lib/use-now.ts), so it stays set: parts of the page hydrated later
        // need it as much as the first.
        setFirstScreenClock(firstScreen.renderedAt);
        // As a transition, hydration yields to the browser every few milliseconds (at default priority
        // it is one long task: the 4× slower phone of Lighthouse's mobile preset spent ~700 ms in it).
        startTransition(() => {
          hydrateRoot(container, <StrictMode>{app}</StrictMode>, {
            // A difference all the same: React draws that part again; the page works, only slower.
            onRecoverableError: (error) => console.warn('First screen redrawn, it differed from the server’s:', error),
          });
        });
        return;
      }
    }
    draw(<StrictMode>{app}</StrictMode>);
  } catch (error) {
    if (error instanceof ConfigError) {
      draw(<ConfigErrorPage error={error} />);
      return;
    }
    // Never a blank page: the demo worker, a language file or anything else failing at start-up.
    console.error('Start-up failed', error);
    draw(<CrashPage error={error} />);
  }
};

void start();

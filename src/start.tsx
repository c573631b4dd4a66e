/**
 * Start-up: read the runtime config, start the embedded demo API when the config asks for it (msw is
 * loaded only then), and render. When the server rendered the first screen, the config and the answers
 * it was rendered from are in the page (src/app/first-screen.ts): the app starts from them and renders
 * the same screen over the server's once the page's code is in, so the numbers never leave the screen.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureApi } from './api/api';
import { createApiClient } from './api/client';
import { App, startFirstRequests } from './app/app';
import { exposeBenchHook } from './app/bench-hook';
import { ConfigErrorPage } from './app/config-error-page';
import { CrashPage } from './app/crash-page';
import { readFirstScreen } from './app/first-screen';
import { createAppQueryClient } from './app/query-client';
import { wallStart } from './app/wall-start';
import { restoreQueryCache } from './lib/persisted-cache';
import { ConfigError, loadRuntimeConfig, parseRuntimeConfig } from './config/runtime-config';

const start = async () => {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  const root = createRoot(container);
  try {
    const firstScreen = readFirstScreen(document);
    const config = firstScreen ? parseRuntimeConfig(firstScreen.config) : await loadRuntimeConfig();
    if (config.demo) {
      const { startDemoWorker } = await import('./app/demo-worker');
      await startDemoWorker();
    }
    configureApi(
      createApiClient({
        baseUrl: config.apiBaseUrl,
        timeoutMs: config.requestTimeoutSeconds * 1000,
        firstAnswers: firstScreen?.answers,
      }),
    );
    let refreshMs: number | null = config.refreshSeconds * 1000;
    const isWall = window.location.pathname.startsWith('/wall');
    const queryClient = createAppQueryClient({ refreshMs: () => refreshMs });
    // A wall screen rebooted with no network shows its last data (marked stale by its age).
    if (isWall) wallStart.restored = restoreQueryCache(queryClient);
    exposeBenchHook(queryClient);
    const firstRequests = startFirstRequests(queryClient, new URL(window.location.href));
    if (firstScreen) await firstRequests;
    root.render(
      <StrictMode>
        <App
          config={config}
          queryClient={queryClient}
          onRefreshChange={(ms) => {
            refreshMs = ms;
          }}
        />
      </StrictMode>,
    );
  } catch (error) {
    if (error instanceof ConfigError) {
      root.render(<ConfigErrorPage error={error} />);
      return;
    }
    // Never a blank page: the demo worker, a language file or anything else failing at start-up.
    console.error('Start-up failed', error);
    root.render(<CrashPage error={error} />);
  }
};

void start();

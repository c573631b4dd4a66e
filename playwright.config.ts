/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against the production build,
 * served once with the embedded service-worker demo and once against the HTTP demo API.
 * Tests tagged @http run only against the HTTP API; @both run in both; the rest only with the worker.
 * Against the HTTP API, pages come with their first screen rendered by the server.
 */
import { defineConfig, devices } from '@playwright/test';
import { execSync } from 'node:child_process';

const chromium =
  process.env.CHROMIUM_PATH ?? execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim();

/**
 * Debian's Chromium is the whole browser run headless, with its own interface. Since Chromium 15x that
 * interface preloads its address bar's popup as a WebUI page (a "WebUI Top Renderer": about 1.5 s of CPU
 * once per browser) and keeps it in step on every navigation (the browser's main thread busy ~200 ms more
 * a load). On two cores that competes with the page under test: a page's renderer spent 1.0–1.25 s on its
 * tasks per load beside it and 0.56–0.69 s without it. The browser's own interface is none of the page's
 * work (Playwright's headless shell has none), so tests and the benchmark run without it.
 */
export const BROWSER_UI_FEATURES = ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'] as const;

/**
 * Chromium honours only the last --disable-features switch, and Playwright passes its own before ours:
 * one switch must carry both lists. Playwright 1.65's, from its chromiumSwitches.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AimEnabled',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsFirstBalancedModeAutoEnable',
  'HttpsUpgrades',
  'LensOverlay',
  'MediaRouter',
  'NetworkTimeServiceQuerying',
  'OptimizationHints',
  'PaintHolding',
  'PreconnectToSearch',
  'ThirdPartyStoragePartitioning',
];

/** One --disable-features switch with the launcher's own features and the browser interface's. */
export const disableFeaturesSwitch = (launcherFeatures: readonly string[]): string =>
  `--disable-features=${[...new Set([...launcherFeatures, ...BROWSER_UI_FEATURES])].join(',')}`;

/** Flags for launchers that add none of their own (chrome-launcher's are merged in lighthouse-run.ts). */
export const BASE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Flags for Playwright's launch. */
export const CHROMIUM_ARGS = [...BASE_CHROMIUM_ARGS, disableFeaturesSwitch(PLAYWRIGHT_DISABLED_FEATURES)];

export const PORTS = { demo: 4173, http: 4174, csp: 4175, static: 4176, api: 8787 } as const;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromium, headless: true, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'off',
  },
  projects: [
    { name: 'demo-worker', use: { baseURL: `http://127.0.0.1:${PORTS.demo}` }, grepInvert: /@http/ },
    { name: 'http-api', use: { baseURL: `http://127.0.0.1:${PORTS.http}`, serviceWorkers: 'block' }, grep: /@http|@both/ },
  ],
  webServer: [
    {
      command: `PORT=${PORTS.api} node --import tsx mocks/http-server.ts`,
      url: `http://127.0.0.1:${PORTS.api}/api/v1/meta`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node --import tsx tests/tools/serve-dist.ts --port ${PORTS.demo}`,
      url: `http://127.0.0.1:${PORTS.demo}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node --import tsx tests/tools/serve-dist.ts --port ${PORTS.http} --api http://127.0.0.1:${PORTS.api}/api/v1`,
      url: `http://127.0.0.1:${PORTS.http}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      // A static host: the app with no first screen rendered by the server (tests/e2e/fixtures.ts STATIC_APP).
      command: `node --import tsx tests/tools/serve-dist.ts --port ${PORTS.static} --no-first-screen --api http://127.0.0.1:${PORTS.api}/api/v1`,
      url: `http://127.0.0.1:${PORTS.static}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node --import tsx tests/tools/serve-dist.ts --port ${PORTS.csp} --csp --api http://127.0.0.1:${PORTS.api}/api/v1`,
      url: `http://127.0.0.1:${PORTS.csp}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});

/**
 * What both benchmarks (bench.ts, bench-wall.ts) share: the production build, the servers (dist/ with gzip
 * plus the HTTP demo API, so no service worker and no msw chunk is measured), Debian's Chromium, a demo
 * clock that makes every refresh bring new data, the in-page instruments, and memory samples over CDP.
 */
import { execSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { setDemoNow } from '../../mocks/clock';
import { startDemoApiServer } from '../../mocks/http-server';
import { getModel } from '../../mocks/model/cube';
import { BASE_CHROMIUM_ARGS, CHROMIUM_ARGS, disableFeaturesSwitch } from '../../playwright.config';
import { serveDist } from '../tools/serve-dist';
import { DESKTOP_VIEWPORT } from './headlines';
import { frameStats, type FrameStats } from './trace';

export const chromiumPath = (): string =>
  process.env.CHROMIUM_PATH ?? execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim();

export { BASE_CHROMIUM_ARGS, CHROMIUM_ARGS, disableFeaturesSwitch };
export { DESKTOP_VIEWPORT, HEADLINE_NUMBERS, headlineSelector } from './headlines';
export type { FrameStats };

export interface Machine {
  nproc: number;
  cpu: string;
  chromium: string;
  node: string;
}

export const describeMachine = (): Machine => {
  let chromiumVersion = 'unknown';
  try {
    chromiumVersion = execSync(`"${chromiumPath()}" --version`, { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    // A missing binary fails later with Playwright's own, clearer message.
  }
  return { nproc: cpus().length, cpu: cpus()[0]?.model.trim() ?? 'unknown', chromium: chromiumVersion, node: process.version };
};

/** `npm run build`, quietly; the build's own output only when it fails. */
export const buildApp = (): void => {
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('npm run build failed');
  }
  console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

/**
 * Pins the demo API's clock and lets a benchmark move it by a minute and back: the model changes every
 * minute, so each flip makes every endpoint answer 200 with a new ETag and new numbers instead of 304,
 * and a refresh really lands. Two instants in the same month, so no series grows over a long soak.
 */
export interface DemoClock {
  readonly base: Date;
  /** Alternates between the two instants; returns the one now in force. */
  flip: () => Date;
  /** Back to the base instant (deterministic data for page loads). */
  reset: () => void;
}

export const pinDemoClock = (now: Date = new Date()): DemoClock => {
  const base = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const month = getModel(base).currentMonth;
  const other = [-60_000, 60_000].map((d) => new Date(base.getTime() + d)).find((d) => getModel(d).currentMonth === month) ?? base;
  let atBase = true;
  setDemoNow(base);
  return {
    base,
    flip: () => {
      atBase = !atBase;
      const at = atBase ? base : other;
      setDemoNow(at);
      return at;
    },
    reset: () => {
      atBase = true;
      setDemoNow(base);
    },
  };
};

export interface Servers {
  /** Where dist/ is served, e.g. http://127.0.0.1:41234 */
  origin: string;
  apiBase: string;
  close: () => Promise<void>;
}

const portOf = (server: Server): number => (server.address() as AddressInfo).port;

const closeServer = (server: Server): Promise<void> =>
  new Promise((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });

/** The demo API and dist/ on free ports; the app's /config.json points at the API (demo worker off). */
export const startServers = async (): Promise<Servers> => {
  const api = startDemoApiServer(0);
  await once(api, 'listening');
  const apiBase = `http://127.0.0.1:${portOf(api)}/api/v1`;
  const web = await serveDist({ port: 0, apiBaseUrl: apiBase });
  return {
    origin: `http://127.0.0.1:${portOf(web)}`,
    apiBase,
    close: async () => {
      await Promise.all([closeServer(web), closeServer(api)]);
    },
  };
};

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });

/**
 * A fresh context (cold cache, no storage) with the page instruments installed before any script runs;
 * `headline` is the CSS selector of the numbers whose first appearance is timed.
 */
export const freshPage = async (
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP_VIEWPORT,
  headline = '[data-testid^="kpi-"]',
) => {
  const context: BrowserContext = await browser.newContext({ viewport, serviceWorkers: 'block' });
  await context.addInitScript({ content: `window.__benchHeadline = ${JSON.stringify(headline)};\n${IN_PAGE}` });
  const page: Page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, cdp, errors };
};

/** Adds `bench` (the app's benchmark handle, src/app/bench-hook.ts) and any extra parameters to a path. */
export const withParams = (path: string, params: Record<string, string>): string => {
  const url = new URL(path, 'http://x');
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return `${url.pathname}${url.search}`.replace(/([?&]bench)=(?=&|$)/, '$1');
};

// ---------------------------------------------------------------------------------------------------
// In-page instruments (tests/bench/in-page.js, installed as `window.__bench` before the page's scripts).

const IN_PAGE = readFileSync(new URL('./in-page.js', import.meta.url), 'utf8');

/** What the instruments record, in ms since navigation start (performance.now()). */
export interface PageMarks {
  /**
   * When a headline number (`headline`, the KPI tiles by default) was first painted: Element Timing's
   * render time of the frame that drew it; where the browser reports none, when that frame was produced.
   */
  kpi?: number;
  /** … after a Leaflet map first had a drawn shape. */
  map?: number;
  /** … after a Recharts chart first had its surface. */
  chart?: number;
  notFound?: number;
}

export interface PageState {
  marks: PageMarks;
  hasKpiElement: boolean;
  hasMap: boolean;
  hasChart: boolean;
  loadingPage: boolean;
  notFound: boolean;
  rendered: boolean;
  hasBenchHook: boolean;
}

const inPage = <T>(page: Page, expression: string): Promise<T> => page.evaluate<T>(expression);

/** What the page shows right now, to decide when a load has settled. */
export const pageState = (page: Page): Promise<PageState> => inPage(page, 'window.__bench.state()');

/** Starts counting animation-frame gaps and long tasks (PerformanceObserver 'longtask'). */
export const startFrameMonitor = (page: Page): Promise<void> => inPage(page, 'window.__bench.startMonitor()');

export const stopFrameMonitor = async (page: Page): Promise<FrameStats> => {
  const { gaps, longTasks } = await inPage<{ gaps: number[]; longTasks: number[] }>(page, 'window.__bench.stopMonitor()');
  return frameStats(gaps, longTasks);
};

/** Lets the page produce two frames, so what a change rendered is on screen. */
export const twoFrames = (page: Page): Promise<void> => inPage(page, 'window.__bench.twoFrames()');

/** One refresh cycle through the app's handle: refetch every active query, wait until it is painted. */
export const refreshOnce = (page: Page): Promise<void> => inPage(page, 'window.__bench.refresh()');

export interface MemorySample {
  /** Live JS heap after a full garbage collection, bytes (V8's figure: includes compiled code). */
  heapUsed: number;
  /**
   * The page's own JS data after GC — objects, closures, arrays, strings, numbers, shapes — from a heap
   * snapshot, leaving out compiled code (which grows as V8 optimises hot functions over the first
   * hundreds of cycles) and native objects (among them DevTools' per-request records, which exist only
   * because the benchmark's browser is instrumented). Only in samples taken with `snapshot`.
   */
  heapObjects?: number;
  domNodes: number;
  jsEventListeners: number;
  documents: number;
}

const NOT_PAGE_DATA = new Set(['code', 'native', 'synthetic', 'hidden']);

/** Sum of self sizes in a heap snapshot, by node type, leaving out compiled code and native objects. */
const heapObjectBytes = async (cdp: CDPSession): Promise<number> => {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: unknown[] } }; nodes: number[] };
  const fields = snap.snapshot.meta.node_fields;
  const typeNames = (snap.snapshot.meta.node_types[0] ?? []) as string[];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let bytes = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    if (!NOT_PAGE_DATA.has(typeNames[snap.nodes[i + typeAt] ?? -1] ?? '')) bytes += snap.nodes[i + sizeAt] ?? 0;
  }
  return bytes;
};

/**
 * JS heap and DOM counters after forcing garbage collection (twice: the first run frees, the second
 * settles); with `snapshot`, also the page's own JS data from a heap snapshot (a few seconds).
 */
export const sampleMemory = async (cdp: CDPSession, options: { snapshot?: boolean } = {}): Promise<MemorySample> => {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const sample: MemorySample = {
    heapUsed: heap.usedSize,
    domNodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    documents: dom.documents,
  };
  if (options.snapshot) sample.heapObjects = await heapObjectBytes(cdp);
  return sample;
};

export const growth = (start: number, end: number): number => (start === 0 ? 0 : (end - start) / start);

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** `--name value` and `--flag` from argv. */
export const parseArgs = (argv: readonly string[]) => {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { has: (name: string) => argv.includes(name), value };
};

/**
 * Opens a route and tells whether it exists: the app answers an unknown address with its not-found page
 * (`.not-found`), so a route that is not built yet is reported, never silently skipped.
 */
export const routeExists = async (page: Page, url: string, timeoutMs = 20_000): Promise<boolean> => {
  await page.goto(url, { waitUntil: 'load' });
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const state = await pageState(page);
    if (state.notFound) return false;
    if (state.rendered && !state.loadingPage) return true;
    await sleep(100);
  }
  throw new Error(`${url} showed nothing within ${timeoutMs / 1000} s`);
};

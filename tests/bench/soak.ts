/**
 * Memory over many refresh cycles: each cycle moves the demo clock (so new data lands and is rendered)
 * and refreshes every active query through the app's benchmark handle; JS heap and DOM nodes are sampled
 * after forced garbage collection once warm-up is over, and then regularly until the end.
 */
import type { Browser, Page } from '@playwright/test';
import {
  freshPage,
  growth,
  headlineSelector,
  pageState,
  refreshOnce,
  sampleMemory,
  sleep,
  type DemoClock,
  type MemorySample,
} from './harness';

export class MissingRouteError extends Error {}

export interface SoakSample extends MemorySample {
  cycle: number;
  atSeconds: number;
  /** The wall's scene on screen (its `data-scene`), null on pages that do not rotate. */
  scene: string | null;
}

const currentScene = (page: Page): Promise<string | null> =>
  page.evaluate<string | null>("document.querySelector('[data-scene]')?.getAttribute('data-scene') ?? null");

export interface SoakResult {
  url: string;
  cycles: number;
  warmup: number;
  seconds: number;
  samples: SoakSample[];
  start: SoakSample;
  end: SoakSample;
  /** Growth of the page's own JS data (heap snapshot without compiled code): the budgeted figure. */
  heapGrowth: number;
  /** Growth of V8's whole heap (Runtime.getHeapUsage), compiled code included. */
  heapUsedGrowth: number;
  domGrowth: number;
  errors: string[];
}

export interface SoakOptions {
  clock: DemoClock;
  warmup: number;
  cycles: number;
  sampleEvery: number;
  viewport?: { width: number; height: number };
  /** Pause between cycles (ms), so timers, scene changes and polling also run. */
  pauseMs?: number;
  onSample?: (sample: SoakSample) => void;
}

export const soak = async (browser: Browser, url: string, options: SoakOptions): Promise<SoakResult> => {
  const { context, page, cdp, errors } = await freshPage(browser, options.viewport, headlineSelector(url));
  try {
    options.clock.reset();
    await page.goto(url, { waitUntil: 'load' });
    const started = Date.now();
    let state = await pageState(page);
    while (!state.notFound && !(state.rendered && !state.loadingPage && state.hasBenchHook) && Date.now() - started < 30_000) {
      await sleep(100);
      state = await pageState(page);
    }
    if (state.notFound) throw new MissingRouteError(`route ${new URL(url).pathname} missing (the app shows its not-found page)`);
    if (!state.hasBenchHook) throw new Error(`${url}: no window.fomBench after 30 s (is src/app/bench-hook.ts wired in src/start.tsx?)`);
    await sleep(1000);

    const t0 = Date.now();
    const samples: SoakSample[] = [];
    const take = async (cycle: number, snapshot: boolean) => {
      const sample = {
        cycle,
        atSeconds: (Date.now() - t0) / 1000,
        scene: await currentScene(page),
        ...(await sampleMemory(cdp, { snapshot })),
      };
      samples.push(sample);
      options.onSample?.(sample);
    };
    let cycle = 0;
    let scene: string | null = null;
    let sceneSince = Date.now();
    const refresh = async () => {
      cycle++;
      options.clock.flip();
      await refreshOnce(page);
      if (options.pauseMs) await sleep(options.pauseMs);
      const now = await currentScene(page);
      if (now !== scene) {
        scene = now;
        sceneSince = Date.now();
      }
    };
    /**
     * A rotating page (the wall) is sampled like with like: a second into a fresh showing of the same
     * scene at the start and at the end, since scenes differ in size. Refreshes go on meanwhile.
     * Without `target`, any scene entered from now on will do. A wall showing one scene (or paused)
     * never changes: after a minute it is sampled as it is.
     */
    const alignTo = async (target?: string): Promise<void> => {
      if (scene === null) return;
      const since = Date.now();
      while (Date.now() < since + 60_000) {
        await refresh();
        const fresh = sceneSince > since && (target === undefined || scene === target);
        if (fresh && Date.now() - sceneSince >= 1000) return;
      }
    };
    while (cycle < options.warmup) await refresh();
    await alignTo();
    const reference = scene ?? undefined;
    await take(cycle, true);
    const last = Math.max(options.cycles, cycle + 1);
    while (cycle < last) {
      await refresh();
      if (cycle % options.sampleEvery === 0 && cycle < last) await take(cycle, false);
    }
    await alignTo(reference);
    await take(cycle, true);
    options.clock.reset();
    const start = samples[0];
    const end = samples[samples.length - 1];
    if (!start || !end) throw new Error('no memory samples: cycles must exceed warm-up');
    return {
      url,
      cycles: end.cycle,
      warmup: start.cycle,
      seconds: (Date.now() - t0) / 1000,
      samples,
      start,
      end,
      heapGrowth: growth(start.heapObjects ?? start.heapUsed, end.heapObjects ?? end.heapUsed),
      heapUsedGrowth: growth(start.heapUsed, end.heapUsed),
      domGrowth: growth(start.domNodes, end.domNodes),
      errors,
    };
  } finally {
    await context.close();
  }
};

/**
 * Memory over many refresh cycles: each cycle moves the demo clock (so new data lands and is rendered)
 * and refreshes every active query through the app's benchmark handle; JS heap and DOM nodes are sampled
 * after forced garbage collection once warm-up is over, and then regularly until the end.
 */
import type { Browser } from '@playwright/test';
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
}

export interface SoakResult {
  url: string;
  cycles: number;
  warmup: number;
  seconds: number;
  samples: SoakSample[];
  start: SoakSample;
  end: SoakSample;
  heapGrowth: number;
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
    if (!state.hasBenchHook) throw new Error(`${url}: no window.fomBench after 30 s (is src/app/bench-hook.ts wired in main.tsx?)`);
    await sleep(1000);

    const t0 = Date.now();
    const samples: SoakSample[] = [];
    const take = async (cycle: number) => {
      const sample = { cycle, atSeconds: (Date.now() - t0) / 1000, ...(await sampleMemory(cdp)) };
      samples.push(sample);
      options.onSample?.(sample);
    };
    for (let cycle = 1; cycle <= options.cycles; cycle++) {
      options.clock.flip();
      await refreshOnce(page);
      if (options.pauseMs) await sleep(options.pauseMs);
      if (cycle === options.warmup || (cycle > options.warmup && cycle % options.sampleEvery === 0) || cycle === options.cycles)
        await take(cycle);
    }
    options.clock.reset();
    const start = samples[0];
    const end = samples[samples.length - 1];
    if (!start || !end) throw new Error('no memory samples: cycles must exceed warm-up');
    return {
      url,
      cycles: options.cycles,
      warmup: options.warmup,
      seconds: (Date.now() - t0) / 1000,
      samples,
      start,
      end,
      heapGrowth: growth(start.heapUsed, end.heapUsed),
      domGrowth: growth(start.domNodes, end.domNodes),
      errors,
    };
  } finally {
    await context.close();
  }
};

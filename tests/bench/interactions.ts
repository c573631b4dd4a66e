/**
 * Responsiveness while something changes on a loaded page: the longest main-thread task (from a trace)
 * and the dropped animation frames while refreshes land with new data, and while the map's metric is
 * switched (the overview's `metric` select, found by its options, once the map exists).
 */
import type { Browser, Page } from '@playwright/test';
import {
  freshPage,
  pageState,
  refreshOnce,
  sleep,
  startFrameMonitor,
  stopFrameMonitor,
  twoFrames,
  type DemoClock,
  type FrameStats,
} from './harness';
import type { Expectation } from './load-run';
import { TRACE_CATEGORIES, WINDOW_MARK, mainThreadTasks, parseTrace } from './trace';

export interface InteractionStats extends FrameStats {
  /** Longest top-level task on the page's main thread in the window (null if the trace had none). */
  longestTaskMs: number | null;
  tasksOver50ms: number;
  /** How many refreshes or switches were made. */
  events: number;
  /** API answers with a body (200) in the window: proof the refreshes brought new data, not 304s. */
  freshResponses: number;
}

export interface InteractionResult {
  hasBenchHook: boolean;
  refresh: InteractionStats | null;
  /** Null when the page has no metric select. */
  metricSwitch: InteractionStats | null;
  errors: string[];
}

/** Option values that identify the map-metric select (src/lib/view-state.ts MAP_METRICS). */
const METRIC_SELECT = 'select:has(option[value="volunteersPer10k"])';
const SWITCH_TO = ['organisations', 'volunteersPer10k', 'peopleHelped', 'volunteers'];

const measureWindow = async (
  browser: Browser,
  page: Page,
  freshCount: () => number,
  act: (i: number) => Promise<void>,
  events: number,
): Promise<InteractionStats> => {
  const freshBefore = freshCount();
  await startFrameMonitor(page);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await sleep(100);
  await page.evaluate((name) => {
    performance.mark(name);
  }, WINDOW_MARK);
  for (let i = 0; i < events; i++) {
    await act(i);
    await twoFrames(page);
    await sleep(150);
  }
  const trace = await browser.stopTracing();
  const frames = await stopFrameMonitor(page);
  const tasks = mainThreadTasks(parseTrace(trace));
  return {
    ...frames,
    longestTaskMs: tasks?.longestTaskMs ?? null,
    tasksOver50ms: tasks?.tasksOver50ms ?? 0,
    events,
    freshResponses: freshCount() - freshBefore,
  };
};

export const measureInteractions = async (
  browser: Browser,
  url: string,
  options: { cpuThrottle: number; expect: Expectation; clock: DemoClock; events?: number; headline?: string },
): Promise<InteractionResult> => {
  const events = options.events ?? 3;
  const { context, page, cdp, errors } = await freshPage(browser, undefined, options.headline);
  try {
    let fresh = 0;
    cdp.on('Network.responseReceived', (e) => {
      if (e.response.url.includes('/api/v1/') && e.response.status === 200) fresh++;
    });
    await cdp.send('Network.enable');
    if (options.cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
    options.clock.reset();
    await page.goto(url, { waitUntil: 'load' });
    const started = Date.now();
    let state = await pageState(page);
    while (
      Date.now() - started < 40_000 &&
      !(
        state.rendered &&
        !state.loadingPage &&
        state.hasBenchHook &&
        (!options.expect.kpi || state.marks.kpi !== undefined) &&
        (!options.expect.map || state.marks.map !== undefined) &&
        (!options.expect.chart || state.marks.chart !== undefined)
      )
    ) {
      await sleep(100);
      state = await pageState(page);
    }
    // Let lazy requests and the first layout settle, so the window holds only what the change causes.
    await sleep(800);

    const refresh = state.hasBenchHook
      ? await measureWindow(
          browser,
          page,
          () => fresh,
          async () => {
            options.clock.flip();
            await refreshOnce(page);
          },
          events,
        )
      : null;
    options.clock.reset();

    const select = page.locator(METRIC_SELECT).first();
    let metricSwitch: InteractionStats | null = null;
    if ((await select.count()) > 0) {
      const current = await select.inputValue();
      const targets = SWITCH_TO.filter((v) => v !== current);
      metricSwitch = await measureWindow(
        browser,
        page,
        () => fresh,
        async (i) => {
          await select.selectOption(targets[i % targets.length] ?? 'volunteers');
        },
        events,
      );
    }
    return { hasBenchHook: state.hasBenchHook, refresh, metricSwitch, errors };
  } finally {
    await context.close();
  }
};

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
  /** What the longest task spent its time on, and the thread's CPU time in it (trace.ts TaskStats). */
  longestTaskParts: string;
  longestTaskCpuMs: number | null;
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
    longestTaskParts: tasks?.longestTaskParts ?? '',
    longestTaskCpuMs: tasks?.longestTaskCpuMs ?? null,
    tasksOver50ms: tasks?.tasksOver50ms ?? 0,
    events,
    freshResponses: freshCount() - freshBefore,
  };
};

export interface CpuSetting {
  /** CPU slowdown (DevTools' Emulation.setCPUThrottlingRate), 1 = none. */
  cpuThrottle: number;
  /** Refreshes and metric switches to time at this setting. */
  events: number;
}

/**
 * Loads the page once (1× CPU) and times refreshes and metric switches at each CPU setting in turn, on
 * the same live page: a page that has been refreshing for a while, as on a wall, not a fresh one.
 */
export const measureInteractions = async (
  browser: Browser,
  url: string,
  options: { settings: readonly CpuSetting[]; expect: Expectation; clock: DemoClock; headline?: string },
): Promise<InteractionResult[]> => {
  const { context, page, cdp, errors } = await freshPage(browser, undefined, options.headline);
  try {
    let fresh = 0;
    cdp.on('Network.responseReceived', (e) => {
      if (e.response.url.includes('/api/v1/') && e.response.status === 200) fresh++;
    });
    await cdp.send('Network.enable');
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

    const select = page.locator(METRIC_SELECT).first();
    const hasSelect = (await select.count()) > 0;
    const results: InteractionResult[] = [];
    for (const setting of options.settings) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: setting.cpuThrottle });
      const refresh = state.hasBenchHook
        ? await measureWindow(
            browser,
            page,
            () => fresh,
            async () => {
              options.clock.flip();
              await refreshOnce(page);
            },
            setting.events,
          )
        : null;
      let metricSwitch: InteractionStats | null = null;
      if (hasSelect) {
        const current = await select.inputValue();
        const targets = SWITCH_TO.filter((v) => v !== current);
        metricSwitch = await measureWindow(
          browser,
          page,
          () => fresh,
          async (i) => {
            await select.selectOption(targets[i % targets.length] ?? 'volunteers');
          },
          setting.events,
        );
      }
      results.push({ hasBenchHook: state.hasBenchHook, refresh, metricSwitch, errors: [...errors] });
    }
    options.clock.reset();
    return results;
  } finally {
    await context.close();
  }
};

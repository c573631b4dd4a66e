/**
 * The wall's responsiveness budgets, on one page at 1920×1080 with rotation slowed down (the presenter
 * key drives it): the longest animation frame while refreshes land on each scene, and the time from
 * "next scene" (→) to the new scene painted. One round through the scenes first warms their chunks
 * (the map's Leaflet and geometry), as on a screen that has been running for a minute.
 */
import type { Browser } from '@playwright/test';
import { freshPage, refreshOnce, sleep, startFrameMonitor, stopFrameMonitor, type DemoClock } from './harness';

export interface WallTiming {
  /** Longest gap between animation frames while refreshes landed, over every scene (ms). */
  longestFrameMs: number;
  /** Tasks over 50 ms while refreshes landed (Long Tasks API). */
  longTasks: number;
  /** Time from the key press to the next scene painted, one entry per change (ms). */
  sceneChangesMs: number[];
}

// Plain JavaScript evaluated in the page (functions compiled by tsx would carry helpers it lacks).
const SCENE_CHANGE = `new Promise((done) => {
  const sceneOf = () => document.querySelector('[data-scene]')?.getAttribute('data-scene');
  const before = sceneOf();
  const started = performance.now();
  const observer = new MutationObserver(() => {
    if (sceneOf() === before) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - started)));
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-scene'] });
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
})`;

export const measureWallTiming = async (
  browser: Browser,
  url: string,
  options: { clock: DemoClock; scenes: number; refreshesPerScene?: number },
): Promise<WallTiming> => {
  const { context, page } = await freshPage(browser, { width: 1920, height: 1080 }, '[data-testid^="wall-kpi-"]');
  const perScene = options.refreshesPerScene ?? 5;
  try {
    await page.goto(url);
    await page.waitForSelector('[data-scene]');
    await page.waitForFunction('Boolean(window.fomBench)');
    // The frame has taken over the page the server rendered (its effects ran: the keys work). Before
    // that, the first → went unheard and the scene change below waited for ever.
    await page.waitForSelector('html.wall-mode', { state: 'attached' });
    for (let i = 0; i < options.scenes; i++) {
      await page.evaluate<number>(SCENE_CHANGE);
      await sleep(1500);
    }
    const result: WallTiming = { longestFrameMs: 0, longTasks: 0, sceneChangesMs: [] };
    for (let i = 0; i < options.scenes; i++) {
      await sleep(500);
      await startFrameMonitor(page);
      for (let r = 0; r < perScene; r++) {
        options.clock.flip();
        await refreshOnce(page);
      }
      const frames = await stopFrameMonitor(page);
      result.longestFrameMs = Math.max(result.longestFrameMs, frames.maxFrameGapMs);
      result.longTasks += frames.longTasks;
      result.sceneChangesMs.push(await page.evaluate<number>(SCENE_CHANGE));
    }
    options.clock.reset();
    return result;
  } finally {
    await context.close();
  }
};

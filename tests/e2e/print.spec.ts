/**
 * Printing, or saving as PDF, as the browser does it: `beforeprint`, then the page laid out for paper.
 * The charts and the map are drawn at measured sizes, so what is printed is checked against the printed
 * page's layout: nothing wider than the paper's column, the whole country on the map, no chart left an
 * empty box, and the controls (which do nothing on paper) left out.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, holdRequests, test, waitForKpis } from './fixtures';

/** The printed column: 18.5 cm at 96 px per inch (src/lib/print-layout.ts, styles.css). */
const PAPER_COLUMN_PX = (18.5 / 2.54) * 96;

const widthOf = async (locator: Locator): Promise<number> => (await locator.boundingBox())?.width ?? 0;

const startPrinting = async (page: Page): Promise<void> => {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
};

const stopPrinting = async (page: Page): Promise<void> => {
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
};

/** Boxes in `main` whose right edge passes main's: what paper would cut. Leaflet's shapes are clipped by the map's box. */
const cutAtTheEdge = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const main = document.querySelector('main')?.getBoundingClientRect();
    if (!main) return ['no main'];
    return [...document.querySelectorAll('main svg, main table, main .kpi-tile, main .panel, main .fom-rc__map')]
      .filter((element) => !element.closest('.leaflet-container, .visually-hidden'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.right > main.right + 1)
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ends at ${Math.round(box.right)} (main ${Math.round(main.right)})`,
      );
  });

/** Each chart's place as printed: a drawn plot, a table in its place, or nothing at all. */
const printedCharts = (page: Page): Promise<string[]> =>
  page.locator('main .chart-frame__chart:not([hidden])').evaluateAll((frames) =>
    frames.map((frame) => {
      const plot = [...frame.querySelectorAll('svg')].find(
        (svg) => svg.getBoundingClientRect().width > 200 && svg.querySelector('path, rect'),
      );
      if (plot) return 'chart';
      return frame.querySelector('table tbody tr') ? 'table' : 'empty';
    }),
  );

test.describe('printing', () => {
  test.use({ viewport: { width: 1350, height: 940 } });

  test("prints the overview in the paper's column: the whole country on the map, the bars whole, the controls left out", async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await waitForKpis(page);
    const map = page.locator('.leaflet-container[data-drawn]');
    await expect(map).toHaveCount(1);
    await expect(page.locator('[data-panel="directions-compact"] .panel__body[aria-busy="false"]')).toBeAttached();
    const onScreen = await widthOf(map);

    await startPrinting(page);
    // What is read stays; what is operated goes.
    await expect(page.getByTestId('kpi-volunteers')).toBeVisible();
    await expect(page.locator('.app-header .demo-badge').first()).toBeVisible();
    await expect(page.getByTestId('as-of')).toBeVisible();
    for (const control of [
      page.getByRole('navigation'),
      page.getByRole('button', { name: 'Refresh now' }),
      page.getByRole('group', { name: 'Language' }),
      page.getByRole('button', { name: 'Zoom in' }),
      page.getByRole('tab', { name: 'Chart' }),
    ]) {
      await expect(control).toBeHidden();
    }
    // The header's white-on-blue would print as white on white.
    expect(await page.locator('.app-header__product').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(18, 32, 43)');
    // The map's key keeps its colours with "background graphics" off.
    expect(
      await page
        .locator('.fom-rc__swatch')
        .first()
        .evaluate((e) => getComputedStyle(e).getPropertyValue('print-color-adjust')),
    ).toBe('exact');

    // The bars below the fold, drawn for the paper.
    await expect(page.locator('.share-bar-chart__svg')).toHaveCount(1);
    expect(await widthOf(page.locator('main'))).toBeLessThanOrEqual(PAPER_COLUMN_PX + 1);
    expect(await cutAtTheEdge(page)).toEqual([]);
    // The map was fitted to its printed box: every region inside it, the country filling it one way.
    const fit = await map.evaluate((container) => {
      const box = container.getBoundingClientRect();
      const shapes = [...container.querySelectorAll('path.fom-region')].map((path) => path.getBoundingClientRect());
      const union = {
        left: Math.min(...shapes.map((s) => s.left)),
        right: Math.max(...shapes.map((s) => s.right)),
        top: Math.min(...shapes.map((s) => s.top)),
        bottom: Math.max(...shapes.map((s) => s.bottom)),
      };
      return {
        width: box.width,
        shapes: shapes.length,
        inside: union.left >= box.left - 1 && union.right <= box.right + 1 && union.top >= box.top - 1 && union.bottom <= box.bottom + 1,
        filled: Math.max((union.right - union.left) / box.width, (union.bottom - union.top) / box.height),
      };
    });
    expect(fit.width).toBeLessThan(onScreen);
    expect(fit.shapes).toBeGreaterThanOrEqual(17);
    expect(fit.inside).toBe(true);
    expect(fit.filled).toBeGreaterThan(0.6);

    // Back on screen, the page and its map are as they were.
    await stopPrinting(page);
    await expect(page.getByRole('navigation')).toBeVisible();
    await expect.poll(() => widthOf(map)).toBe(onScreen);
  });

  for (const path of ['/regions/KZ-62', '/directions', '/roadmap', '/regions']) {
    test(`prints ${path} whole: no chart an empty box, no table or chart past the paper's edge`, async ({ page }) => {
      await page.goto(`${path}?lang=ru`);
      await expect(page.locator('main .kpi-tile__value, main table tbody tr').first()).toContainText(/\d/);
      await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
      await startPrinting(page);
      expect(await widthOf(page.locator('main'))).toBeLessThanOrEqual(PAPER_COLUMN_PX + 1);
      const charts = await printedCharts(page);
      expect(charts.filter((c) => c === 'empty')).toEqual([]);
      expect(await cutAtTheEdge(page)).toEqual([]);
      await stopPrinting(page);
    });
  }

  test('prints a chart whose code has not come as its table, and gives the chart its place back after @http', async ({ page }) => {
    // The chart's code on its way (a slow network) when the reader prints. Against the HTTP API: requests
    // the demo's service worker makes are out of the test's reach.
    const release = await holdRequests(page, /trend-line-chart/);
    await page.goto('/regions/KZ-62?lang=en');
    await expect(page.getByTestId('region-kpi-volunteers')).toHaveText(/\d/);
    const panel = page.locator('[data-panel="region-trend"]');
    const trend = panel.locator('.chart-frame__chart');
    // The server's HTML is live once its tabs answer (the app has taken the panel over): there and back.
    await expect(async () => {
      await panel.getByRole('tab', { name: 'Table' }).click();
      await expect(panel.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true', { timeout: 500 });
    }).toPass({ timeout: 15_000 });
    await panel.getByRole('tab', { name: 'Chart' }).click();
    await expect(trend.getByRole('table')).toHaveCount(0);
    await startPrinting(page);
    const table = trend.getByRole('table');
    await expect(table).toBeVisible();
    // A row per month of the chart, with the region's figure.
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(12);
    await expect(table.locator('tbody tr').first()).toContainText(/\d/);
    expect(await cutAtTheEdge(page)).toEqual([]);
    await stopPrinting(page);
    release();
    await expect(trend.getByRole('table')).toHaveCount(0);
    // The chart itself, once its code is here and a reader scrolls to it.
    await trend.scrollIntoViewIfNeeded();
    await expect(trend.locator('.recharts-wrapper')).toHaveCount(1);
  });
});

/**
 * Printing, or saving as PDF, as the browser does it: `beforeprint`, then the page laid out for paper,
 * then `afterprint`, possibly with no frame drawn in between. The charts and the map are drawn at
 * measured sizes, so the layout is read within `beforeprint`'s own task, as the browser would print it:
 * nothing wider than the paper's column, the whole country on the map, no chart left an empty box; then
 * the controls (which do nothing on paper) left out; and afterwards the screen as it was.
 */
import type { Page } from '@playwright/test';
import { expect, holdRequests, startPrinting, stopPrinting, test, waitForKpis } from './fixtures';

/** The printed column: 18 cm at 96 px per inch (src/lib/print-layout.ts, styles.css). */
const PAPER_COLUMN_PX = (18 / 2.54) * 96;
/** What one A4 page holds: 297 mm less margins of 15 mm (wider than Chromium's default), at 96 px per inch. */
const A4_PRINTED_HEIGHT_PX = ((297 - 2 * 15) / 25.4) * 96;

interface Layout {
  mainWidth: number;
  /** Boxes whose right edge passes main's: what paper would cut. */
  cut: string[];
  /** The drawn map: its box, and how much of it the regions span. */
  map: { width: number; shapes: number; inside: boolean; filled: number; span: number } | null;
  /** Each chart's place: a drawn plot, a table in its place, or nothing at all. */
  charts: string[];
  /** The drawn widths of the direction bars. */
  bars: number[];
}

/** Reads the layout in the page, after dispatching `event` in the same task (before any frame) if given. */
const readLayout = (page: Page, event: 'beforeprint' | null = null): Promise<Layout> =>
  page.evaluate((event) => {
    if (event) window.dispatchEvent(new Event(event));
    const main = document.querySelector('main')?.getBoundingClientRect();
    if (!main) throw new Error('no main');
    const cut = [...document.querySelectorAll('main svg, main table, main .kpi-tile, main .panel, main .fom-rc__map')]
      // Leaflet's shapes are clipped by the map's box; a visually hidden table has no width to cut.
      .filter((element) => !element.closest('.leaflet-container, .visually-hidden'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.right > main.right + 1)
      .map(
        ({ element, box }) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ends at ${Math.round(box.right)}`,
      );
    const container = document.querySelector('.leaflet-container[data-drawn]');
    let map: Layout['map'] = null;
    if (container) {
      const box = container.getBoundingClientRect();
      const shapes = [...container.querySelectorAll('path.fom-region')].map((path) => path.getBoundingClientRect());
      const left = Math.min(...shapes.map((s) => s.left));
      const right = Math.max(...shapes.map((s) => s.right));
      const top = Math.min(...shapes.map((s) => s.top));
      const bottom = Math.max(...shapes.map((s) => s.bottom));
      map = {
        width: box.width,
        shapes: shapes.length,
        inside: left >= box.left - 1 && right <= box.right + 1 && top >= box.top - 1 && bottom <= box.bottom + 1,
        filled: Math.max((right - left) / box.width, (bottom - top) / box.height),
        span: Math.round(right - left),
      };
    }
    const charts = [...document.querySelectorAll('main .chart-frame__chart:not([hidden])')].map((frame) => {
      const plot = [...frame.querySelectorAll('svg')].find(
        (svg) => svg.getBoundingClientRect().width > 200 && svg.querySelector('path, rect'),
      );
      if (plot) return 'chart';
      return frame.querySelector('table tbody tr') ? 'table' : 'empty';
    });
    const bars = [...document.querySelectorAll('.share-bar-chart__svg')].map((svg) => Number(svg.getAttribute('width')));
    return { mainWidth: main.width, cut, map, charts, bars };
  }, event);

/** Lets the page draw two frames (resize observers report, effects run). */
const frames = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

test.describe('printing', () => {
  test.use({ viewport: { width: 1350, height: 940 } });

  test("prints the overview in the paper's column (the whole country on the map, the bars whole, the controls left out), and gives the screen back", async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await waitForKpis(page);
    await expect(page.locator('.leaflet-container[data-drawn]')).toHaveCount(1);
    // The bars drawn on screen first, as a reader who scrolled down has them.
    const bars = page.locator('.share-bar-chart__svg');
    await page.locator('[data-panel="directions-compact"]').scrollIntoViewIfNeeded();
    await expect(bars).toHaveCount(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    const screen = await readLayout(page);

    const printed = await readLayout(page, 'beforeprint');
    expect(printed.mainWidth).toBeLessThanOrEqual(PAPER_COLUMN_PX + 1);
    expect(printed.cut).toEqual([]);
    expect(printed.bars[0]).toBeLessThanOrEqual(printed.mainWidth);
    expect(printed.bars[0]).toBeLessThan(screen.bars[0] ?? 0);
    // The map fitted to its printed box: every region inside it, the country filling it one way.
    expect(printed.map?.width).toBeLessThan(screen.map?.width ?? 0);
    expect(printed.map?.shapes).toBeGreaterThanOrEqual(17);
    expect(printed.map?.inside).toBe(true);
    expect(printed.map?.filled).toBeGreaterThan(0.6);

    await page.emulateMedia({ media: 'print' });
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

    // Back on screen, the page, its bars and its map as they were.
    await stopPrinting(page);
    await frames(page);
    await expect(page.getByRole('navigation')).toBeVisible();
    expect(await readLayout(page)).toEqual(screen);

    // A print that draws no frame between `beforeprint` and `afterprint` (the observers see no resize).
    await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      window.dispatchEvent(new Event('afterprint'));
    });
    await frames(page);
    expect(await readLayout(page)).toEqual(screen);
  });

  test('prints a choice as the words chosen, leaves out boxes and choices not taken, and names demo data and its time at the foot of every page', async ({
    page,
  }) => {
    await page.goto('/directions?lang=ru&per=10k');
    await waitForKpis(page).catch(() => undefined);
    const measures = page.getByRole('group', { name: 'Значения' });
    await expect(measures.getByRole('radio', { name: 'На 10 000 жителей' })).toBeChecked();
    await page.emulateMedia({ media: 'print' });
    await expect(measures.getByText('На 10 000 жителей')).toBeVisible();
    await expect(measures.getByText('Абсолютные числа')).toBeHidden();
    const radios = page.locator('.measure-controls input[type=radio]');
    await expect(radios).toHaveCount(2);
    for (const radio of await radios.all()) await expect(radio).toBeHidden();
    expect(await measures.locator('label', { hasText: 'На 10 000 жителей' }).evaluate((l) => getComputedStyle(l).fontWeight)).toBe('700');

    await page.emulateMedia({ media: 'screen' });
    await page.goto('/regions/KZ-62?lang=en');
    await expect(page.getByRole('searchbox', { name: /Search organisations/ })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    // A sortable column's name is text, not a button, on paper: Chromium paints a table's header repeated
    // on the next page without the buttons in it, and the names were missing there (read from the PDF).
    expect(
      await page
        .locator('[data-testid=organizations-table] .data-table__sort')
        .first()
        .evaluate((b) => getComputedStyle(b).display),
    ).toBe('contents');
    // An empty search box says nothing on paper; an unticked "per 10,000" neither.
    await expect(page.getByRole('searchbox', { name: /Search organisations/ })).toBeHidden();
    await page.goto('/regions?lang=en');
    await expect(page.getByText('Per 10,000 residents', { exact: true })).toBeHidden();
    // The foot of each printed page (an @page margin box) reads the product, "demo data" and the data's time.
    const foot = await page.evaluate(() => {
      const rule = [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .find((r): r is CSSPageRule => r instanceof CSSPageRule && /--print-note/.test(r.cssText));
      return { rule: rule?.cssText ?? '' };
    });
    expect(foot.rule).toMatch(/bottom-left[^}]*content: var\(--print-note/);
    const printNote = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-note'));
    // Set only while printing: on screen a custom property changed on the root at every refresh restyled the whole page.
    await expect(page.getByTestId('map-summary')).toHaveText(/\d/);
    expect(await printNote()).toBe('');
    await startPrinting(page);
    await expect.poll(printNote).toMatch(/^"Front-Office Monitor · Demo data · Data as of \d{1,2}\sDecember\s2026/);
    await stopPrinting(page);
    expect(await printNote()).toBe('');
  });

  test('prints the organisations’ page of ten with a line saying which of how many, or, asked, the whole list in its place (ru)', async ({
    page,
  }) => {
    await page.goto('/regions/KZ-62?lang=ru');
    const onScreen = page.getByTestId('organizations-table');
    await expect(onScreen.locator('tbody tr')).toHaveCount(10);
    const count = page.locator('.org-table__pager .org-table__status');
    const total = Number((await count.textContent())?.match(/(\d+) организац/)?.[1]);
    expect(total).toBeGreaterThan(10);
    const printedPage = page.getByText(`На бумаге организации с 1 по 10 из ${total}.`, { exact: false });
    await expect(printedPage).toBeHidden();
    await expect(page.getByTestId('organizations-whole-list')).toHaveCount(0);

    // Printed as it is (Ctrl+P): the ten, and the line under them.
    await startPrinting(page);
    await expect(onScreen.locator('tbody tr').first()).toBeVisible();
    await expect(printedPage).toBeVisible();
    await stopPrinting(page);

    // "Print the whole list": printed once drawn, every organisation in the table's place, the line gone.
    await page.evaluate(() => {
      const w = window as unknown as { __printed: number };
      w.__printed = 0;
      window.print = () => {
        w.__printed++;
        window.dispatchEvent(new Event('beforeprint'));
      };
    });
    await page.getByRole('button', { name: 'Напечатать весь список' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    const whole = page.getByTestId('organizations-whole-list');
    await page.emulateMedia({ media: 'print' });
    await expect(whole.locator('tbody tr')).toHaveCount(total);
    await expect(whole.locator('tbody tr').last()).toBeVisible();
    // Fitted to the paper's column at `beforeprint`, as the page of ten is.
    const [wholeBox, mainBox] = await Promise.all([whole.boundingBox(), page.locator('main').boundingBox()]);
    expect(wholeBox && mainBox && wholeBox.x + wholeBox.width).toBeLessThanOrEqual((mainBox?.x ?? 0) + (mainBox?.width ?? 0) + 1);
    await expect(onScreen).toBeHidden();
    await expect(printedPage).toBeHidden();
    await stopPrinting(page);
    await expect(whole).toHaveCount(0);
    await expect(onScreen.locator('tbody tr').first()).toBeVisible();
  });

  test("prints a region's six indicator tiles on page one, three to a row, and keeps each chart and map with its title (kk, ru)", async ({
    page,
  }) => {
    for (const lang of ['kk', 'ru']) {
      await page.goto(`/regions/KZ-62?lang=${lang}`);
      await expect(page.getByTestId('region-kpi-volunteers').first()).toContainText(/\d/);
      await startPrinting(page);
      const tiles = await page.locator('main .kpi-tile').evaluateAll((list) =>
        list.map((tile) => {
          const box = tile.getBoundingClientRect();
          return { top: Math.round(box.top + window.scrollY), bottom: box.bottom + window.scrollY };
        }),
      );
      expect(tiles).toHaveLength(6);
      expect(new Set(tiles.map((tile) => tile.top)).size, lang).toBe(2);
      // At 12 pt the second row ended at 1,080 px in both languages, and went whole to page two.
      expect(Math.max(...tiles.map((tile) => tile.bottom)), lang).toBeLessThanOrEqual(A4_PRINTED_HEIGHT_PX);
      await stopPrinting(page);
    }
    // A chart's tabs and buttons are left out with their bar: left empty, it let the page break between a
    // panel's title and its chart, and the chart or map itself keeps with its sentence.
    await page.emulateMedia({ media: 'print' });
    const printed = (selector: string, property: 'display' | 'breakInside' | 'breakAfter') =>
      page
        .locator(selector)
        .first()
        .evaluate((element, name) => getComputedStyle(element)[name], property);
    expect(await printed('.chart-frame__bar', 'display')).toBe('none');
    expect(await printed('.chart-frame', 'breakInside')).toBe('avoid');
    expect(await printed('.fom-rc', 'breakInside')).toBe('avoid');
    // A table's caption keeps with its rows, and so with its panel's title (the organisations' title and
    // caption were left at the foot of page four, their table on page five).
    expect(await printed('[data-testid=organizations-table] caption', 'breakAfter')).toBe('avoid');
    await stopPrinting(page);
  });

  for (const path of ['/regions/KZ-62', '/directions', '/roadmap', '/regions']) {
    test(`prints ${path} whole: no chart an empty box, no table or chart past the paper's edge`, async ({ page }) => {
      await page.goto(`${path}?lang=ru`);
      await expect(page.locator('main .kpi-tile__value, main table tbody tr').first()).toContainText(/\d/);
      await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
      const printed = await readLayout(page, 'beforeprint');
      expect(printed.mainWidth).toBeLessThanOrEqual(PAPER_COLUMN_PX + 1);
      expect(printed.charts.filter((c) => c === 'empty')).toEqual([]);
      expect(printed.cut).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect((await readLayout(page)).cut).toEqual([]);
      await stopPrinting(page);
    });
  }

  test("prints each roadmap chart's legend below its month axis, also one that takes a line more at the paper's width (ru)", async ({
    page,
  }) => {
    await page.goto('/roadmap?lang=ru');
    await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
    const boxes = page.locator('.rm-chart-box');
    // Every chart drawn on screen first, as a reader who scrolled through the page has them.
    for (let step = 0; step < 12; step++) {
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(100);
    }
    // Every card's box with its legend: counted together, as a card drawn late adds a box (7 boxes counted, then
    // 8 legends); and every card's, or the print draws the last between the two reads below (CI: one box more on paper).
    await expect
      .poll(async () => {
        const [cards, drawn, legends] = await Promise.all([
          page.locator('.rm-card').count(),
          boxes.count(),
          boxes.locator('.recharts-legend-wrapper').count(),
        ]);
        return drawn > 0 && drawn === cards && legends === drawn;
      })
      .toBe(true);
    // Each chart's legend and the room between its top and the plot's bottom, where the month axis is.
    const read = (print: boolean) =>
      page.evaluate((print) => {
        if (print) window.dispatchEvent(new Event('beforeprint'));
        return [...document.querySelectorAll('.rm-chart-box')].map((box) => {
          const legend = box.querySelector('.recharts-legend-wrapper')?.getBoundingClientRect();
          const plot = box.querySelector('.recharts-cartesian-grid')?.getBoundingClientRect();
          return { legend: Math.round(legend?.height ?? 0), axisRoom: Math.round((legend?.top ?? 0) - (plot?.bottom ?? 0)) };
        });
      }, print);
    const onScreen = await read(false);
    // Read in `beforeprint`'s own task, as the browser prints: no frame, no ResizeObserver in between.
    const printed = await read(true);
    // The case that was printed wrong: a legend of one line on screen and two on paper, laid over the axis.
    expect(printed.some((p, i) => p.legend > (onScreen[i]?.legend ?? 0))).toBe(true);
    expect(printed.map((p) => p.axisRoom)).toEqual(onScreen.map((s) => s.axisRoom));
    await stopPrinting(page);
  });

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
    expect((await readLayout(page)).cut).toEqual([]);
    await stopPrinting(page);
    await expect(trend.getByRole('table')).toHaveCount(0);

    // The chart itself, once its code is here and a reader scrolls to it.
    release();
    await trend.scrollIntoViewIfNeeded();
    await expect(trend.locator('.recharts-wrapper')).toHaveCount(1);
  });
});

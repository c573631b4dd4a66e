import { readFile } from 'node:fs/promises';
import type { Page, Response } from '@playwright/test';
import { ROADMAP_INDICATOR_IDS, type Roadmap } from '../../src/api/contract';
import { assessRoadmap } from '../../src/features/roadmap/model/forecast';
import { axeViolations, drawCharts, expect, holdRequests, startPrinting, stopPrinting, test } from './fixtures';

const IDS = ROADMAP_INDICATOR_IDS;
const STATUS_WORDS = {
  kk: ['Жоспар бойынша', 'Қауіп бар', 'Артта қалуда', 'Деректер жеткіліксіз'],
  ru: ['В графике', 'Под угрозой', 'Отстаёт', 'Недостаточно данных'],
  en: ['On track', 'At risk', 'Off track', 'Not enough data'],
} as const;
/** A number as the app writes it in that language: grouped digits, an optional decimal part and %. */
const NUMBER = {
  kk: /^\d{1,3}(\u00a0\d{3})*(,\d+)?(\u00a0%)?$|^\d{4}$/,
  ru: /^\d{1,3}(\u00a0\d{3})*(,\d+)?(\u00a0%)?$|^\d{4}$/,
  en: /^\d{1,3}(,\d{3})*(\.\d+)?%?$/,
};

/**
 * Opens /roadmap and returns the /roadmap answer the page itself worked from: the one the server
 * rendered the first screen from (embedded in the page), or else the response the page received
 * (worker or HTTP API).
 */
const openRoadmap = async (page: Page, lang: string): Promise<Roadmap> => {
  const received: Promise<unknown>[] = [];
  const onResponse = (r: Response) => {
    if (new URL(r.url()).pathname.endsWith('/api/v1/roadmap') && r.status() === 200) received.push(r.json());
  };
  page.on('response', onResponse);
  await page.goto(`/roadmap?lang=${lang}`);
  await expect(page.getByTestId('row-forecast-volunteers')).toHaveText(/\d/);
  page.off('response', onResponse);
  const embedded = await page.evaluate(() => document.getElementById('fom-first-screen')?.textContent ?? null);
  if (embedded) return (JSON.parse(embedded) as { answers: Record<string, Roadmap> }).answers['/roadmap'] as Roadmap;
  if (!received[0]) throw new Error('the page got no /roadmap answer');
  return (await received[0]) as Roadmap;
};

test.describe('roadmap', () => {
  test('lists every indicator with target, latest actual, forecast and status in kk, ru and en @both', async ({ page }) => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      await openRoadmap(page, lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const rows = page.getByTestId('roadmap-indicators').locator('tbody tr');
      await expect(rows).toHaveCount(IDS.length);
      for (const id of IDS) {
        for (const field of ['target', 'latest', 'forecast']) {
          await expect(page.getByTestId(`row-${field}-${id}`), `${lang} ${field} of ${id}`).toHaveText(NUMBER[lang]);
        }
        const status = (await page.getByTestId(`row-status-${id}`).textContent()) ?? '';
        expect(STATUS_WORDS[lang] as readonly string[], `${lang} status of ${id}`).toContain(status.trim());
        await expect(page.getByTestId(`forecast-${id}`)).toHaveText(NUMBER[lang]);
      }
    }
    expect(await page.locator('main').innerText()).not.toMatch(/[әғқңөұүһі]/i);
  });

  test('shows the forecast the unit-tested module computes from the series the API returned @both', async ({ page }) => {
    const roadmap = await openRoadmap(page, 'en');
    const { items } = assessRoadmap(roadmap);
    for (const id of ['volunteers', 'peopleHelped', 'participationShare']) {
      const item = items.find((i) => i.indicator.id === id);
      const forecast = item?.assessment.forecast;
      if (!item || !forecast) throw new Error(`no forecast for ${id}`);
      const text = (v: number) =>
        item.indicator.unit === 'percent' ? `${(Math.round(v * 100) / 100).toFixed(2)}%` : Math.round(v).toLocaleString('en-US');
      await expect(page.getByTestId(`forecast-${id}`)).toHaveText(text(forecast.value));
      await expect(page.getByTestId(`row-forecast-${id}`)).toHaveText(text(forecast.value));
      await expect(page.locator(`#rm-${id}`)).toContainText(`80% interval: ${text(forecast.lower)} – ${text(forecast.upper)}`);
    }
  });

  test("the overview's roadmap card agrees with the page @both", async ({ page }) => {
    await page.goto('/?lang=en');
    const card = page.locator('[data-panel="roadmap-card"]');
    await expect(card.getByTestId('roadmap-count-onTrack')).toHaveText(/^\d+$/);
    const counts = async (scope: ReturnType<Page['locator']>) =>
      Promise.all(['onTrack', 'atRisk', 'offTrack'].map(async (s) => (await scope.getByTestId(`roadmap-count-${s}`).textContent()) ?? ''));
    const onCard = await counts(card);
    await card.getByRole('link', { name: 'Open the roadmap' }).click();
    await expect(page).toHaveURL(/\/roadmap\?lang=en/);
    const panel = page.locator('[data-panel="roadmap-status"]');
    await expect(panel.getByTestId('roadmap-count-onTrack')).toHaveText(/^\d+$/);
    expect(await counts(panel)).toEqual(onCard);
    // And both agree with the statuses listed row by row.
    const listed = await page
      .getByTestId('roadmap-indicators')
      .locator('[data-status]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(['onTrack', 'atRisk', 'offTrack'].map((s) => String(listed.filter((x) => x === s).length))).toEqual(onCard);
  });

  test('measures: overdue only and sort in the URL, CSV of what is shown', async ({ page }) => {
    await openRoadmap(page, 'en');
    const table = page.getByTestId('roadmap-measures');
    await page.getByRole('checkbox', { name: 'Overdue only' }).check();
    await expect(page).toHaveURL(/overdue=1/);
    const shown = await table.locator('tbody tr').count();
    expect(shown).toBeGreaterThan(1);
    await expect(table.locator('tbody tr').filter({ hasText: 'Overdue' })).toHaveCount(shown);
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Overdue only' })).toBeChecked();
    const download = page.waitForEvent('download');
    await page.locator('[data-panel="roadmap-measures"]').getByRole('button', { name: 'Download CSV' }).click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile(file, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(shown + 1);
    expect(lines[0]).toContain('Deadline');
    expect(lines.slice(1).every((l) => l.includes('Overdue'))).toBe(true);
  });

  test('an indicator followed from the status table is at the top of the screen once the page has settled, at a 32 px default font on a phone too @both', async ({
    page,
  }) => {
    const settledTop = async (id: string) => {
      await page.locator(`a[href="#rm-${id}"]`).click();
      await expect(page).toHaveURL(new RegExp(`#rm-${id}$`));
      // The cards passed over are drawn at their real height after the jump; the card is held in its place.
      await page.waitForTimeout(1_000);
      return page.locator(`#rm-${id}`).evaluate((card) => Math.round(card.getBoundingClientRect().top));
    };
    // On a page loaded anew: no card below the table drawn yet, each laid out at an estimated height, far
    // from its real one at this size.
    await page.setViewportSize({ width: 390, height: 844 });
    const browser = await page.context().newCDPSession(page);
    await browser.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await page.goto('/roadmap?lang=kk');
    await expect(page.locator('a[href^="#rm-"]')).toHaveCount(IDS.length);
    // With the app running (the next test clicks before its code has arrived).
    await page.waitForLoadState('networkidle');
    // 1rem of scroll margin above the card (to the pixel: the browser may place it at a fraction).
    expect(Math.abs((await settledTop('platformProjects')) - 32)).toBeLessThanOrEqual(1);

    await page.setViewportSize({ width: 1350, height: 900 });
    await browser.send('Page.setFontSizes', { fontSizes: { standard: 16 } });
    await page.goto('/roadmap?lang=en');
    await page.waitForLoadState('networkidle');
    expect(Math.abs((await settledTop('silverVolunteers')) - 16)).toBeLessThanOrEqual(1);
  });

  test('an indicator followed on the server-rendered page before the app’s code is running is at the top once the app has drawn its card @http', async ({
    page,
  }) => {
    // Everything but the entry (the one script the page lists) waits: the page is the server's HTML, as on a
    // TV's browser for seconds after its first paint. The cards below the first screen are text in it until
    // the app draws them (src/components/below-first-screen.tsx).
    const release = await holdRequests(page, /\/assets\/(?!index-)[^/?]+\.js(\?|$)/);
    await page.setViewportSize({ width: 390, height: 844 });
    const browser = await page.context().newCDPSession(page);
    await browser.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await page.goto('/roadmap?lang=kk', { waitUntil: 'domcontentloaded' });
    // The app has not started: its code would replace the served page's status line and take the links over.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/start-[^/]+\.js/.test(r.name)))).toBe(false);
    await expect(page.locator('#rm-platformProjects')).toHaveCount(0);
    await page.locator('a[href="#rm-platformProjects"]').click();
    await expect(page).toHaveURL(/#rm-platformProjects$/);
    release();
    const card = page.locator('#rm-platformProjects');
    await expect(card).toBeVisible();
    // Held at its scroll margin below the window's top while the page settles (charts, the map).
    const offTop = () => card.evaluate((element) => Math.abs(Math.round(element.getBoundingClientRect().top) - 32));
    await expect.poll(offTop, { timeout: 5_000 }).toBeLessThanOrEqual(1);
    await page.waitForTimeout(1_000);
    expect(await offTop()).toBeLessThanOrEqual(1);
  });

  test('draws a chart only when the reader scrolls near it, and keeps it drawn after', async ({ page }) => {
    await openRoadmap(page, 'en');
    const last = page.locator('.rm-card__chart').last();
    await expect(last.locator('.recharts-wrapper')).toHaveCount(0);
    await last.scrollIntoViewIfNeeded();
    await expect(last.locator('.recharts-wrapper')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(last.locator('.recharts-wrapper')).toHaveCount(1);
  });

  test('a chart’s legend shows the target with the mark it is drawn with, a diamond', async ({ page }) => {
    await openRoadmap(page, 'en');
    const card = page.locator('.rm-card__chart').first();
    await card.scrollIntoViewIfNeeded();
    const target = card.locator('.recharts-legend-item', { hasText: /^Target/ });
    await expect(target).toHaveCount(1);
    // d3's diamond is four straight sides ("M0,-a L b,0 L0,a L-b,0 Z"); its circle, two arcs (before: a circle).
    const diamond = /^M[^A]*L[^A]*L[^A]*L[^A]*Z$/;
    const icon = target.locator('path');
    expect(await icon.getAttribute('d')).toMatch(diamond);
    // A target drawn in the chart: the symbol of the legend's colour (the month under way is a circle).
    const drawn = card.locator(`.recharts-scatter path.recharts-symbols[fill="${await icon.getAttribute('fill')}"]`).first();
    expect(await drawn.getAttribute('d')).toMatch(diamond);
  });

  test('each indicator card downloads its chart as on screen, not one of its legend icons', async ({ page }) => {
    await openRoadmap(page, 'en');
    for (const id of IDS) {
      const card = page.locator(`[data-indicator="${id}"] .rm-card__chart`);
      await card.scrollIntoViewIfNeeded();
      const surface = card.locator('.recharts-wrapper > svg.recharts-surface');
      await expect(surface.locator('.recharts-line').first(), id).toBeAttached({ timeout: 15_000 });
      // A picture named by its title, not by its axis labels.
      await expect(surface, id).toHaveAttribute('role', 'img');
      await expect(surface, id).toHaveAccessibleName(/^Trend and forecast: \S/);
      const shown = await surface.evaluate((svg) => Math.round(svg.getBoundingClientRect().width));
      const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'SVG', exact: true }).click()]);
      const text = await readFile(await download.path(), 'utf8');
      const file = await page.evaluate((xml) => {
        const chart = new DOMParser().parseFromString(xml, 'image/svg+xml').documentElement.querySelector(':scope > svg');
        return {
          width: Number(chart?.getAttribute('width')),
          lines: chart?.querySelectorAll('.recharts-line path.recharts-curve').length ?? 0,
          legend: [...(chart?.querySelectorAll('.picture-legend text') ?? [])].map((t) => t.textContent),
        };
      }, text);
      // The chart at its size on screen (a legend icon is 14 px), with its lines and its legend's names.
      expect(Math.abs(file.width - shown), id).toBeLessThanOrEqual(1);
      expect(file.width, id).toBeGreaterThan(200);
      expect(file.lines, id).toBeGreaterThanOrEqual(2);
      expect(file.legend, id).toEqual(expect.arrayContaining(['Actual', 'Trend and forecast']));
    }
  });

  test('draws every chart before the page is printed', async ({ page }) => {
    await openRoadmap(page, 'en');
    // The charts' code is here (the first card's chart drawn), but not every chart.
    await page.locator('.rm-card__chart').first().scrollIntoViewIfNeeded();
    await expect(page.locator('.rm-card__chart .recharts-wrapper').first()).toBeAttached();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.locator('.rm-card__chart .recharts-wrapper')).not.toHaveCount(8);
    await startPrinting(page);
    await expect(page.locator('.rm-card__chart .recharts-wrapper')).toHaveCount(8);
    // Each chart's value axis writes all its ticks with one number of decimals ("1.0% 1.2% 1.4%", never "1% 1.25%"),
    // but zero as "0" (not "0.0M").
    const axes = await page
      .locator('.rm-card__chart')
      .evaluateAll((charts) =>
        charts.map((c) =>
          [...c.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((t) => t.textContent ?? ''),
        ),
      );
    expect(axes).toHaveLength(8);
    for (const ticks of axes) {
      expect(ticks.length, ticks.join(' ')).toBeGreaterThanOrEqual(3);
      const nonZero = ticks.filter((t) => t !== '0');
      expect(new Set(nonZero.map((t) => /\.(\d+)/.exec(t)?.[1]?.length ?? 0)).size, ticks.join(' ')).toBe(1);
      expect(
        nonZero.filter((t) => /^0(\.0+)?[^\d.]/.test(t)),
        ticks.join(' '),
      ).toEqual([]);
    }
    await stopPrinting(page);
  });

  test('a chart’s tooltip lists its series by name and nothing else, in the page’s language', async ({ page }) => {
    await openRoadmap(page, 'en');
    await drawCharts(page);
    await expect(page.locator('.rm-card__chart .recharts-wrapper')).toHaveCount(8);
    const seen: string[] = [];
    for (const chart of (await page.locator('.rm-card__chart .recharts-wrapper').all()).slice(0, 3)) {
      await chart.scrollIntoViewIfNeeded();
      const box = await chart.locator('.recharts-cartesian-grid').boundingBox();
      if (!box) throw new Error('chart not laid out');
      // Across the plot, its last months (the current month's partial value, the target) included.
      for (const share of [0.3, 0.6, 0.85, 0.95, 0.99]) {
        await page.mouse.move(box.x + box.width * share, box.y + box.height * 0.4);
        const tooltip = chart.locator('.recharts-tooltip-wrapper .recharts-default-tooltip');
        await expect(tooltip).toBeVisible();
        seen.push((await tooltip.innerText()).replace(/\s+/g, ' '));
      }
    }
    expect(seen.filter((text) => /\bmonth :|\d{4}-\d{2}/.test(text))).toEqual([]);
    expect(seen.some((text) => text.includes('Actual'))).toBe(true);
  });

  test('has no axe violations (charts and map drawn), and no sideways scrolling on a phone', async ({ page }) => {
    await openRoadmap(page, 'en');
    await drawCharts(page);
    await expect(page.locator('.rm-card__chart .recharts-wrapper')).toHaveCount(8);
    await page.locator('[data-panel="roadmap-regions"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-panel="roadmap-regions"] .leaflet-container')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await openRoadmap(page, 'kk');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  test('on a 320 px phone a card’s chart keeps a plot to read: month labels whole and apart, the legend one entry a line, nothing moved when it is drawn', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 740 });
    await openRoadmap(page, 'kk');
    const card = page.locator('.rm-card__chart').first();
    const box = card.locator('.rm-chart-box');
    // The cards above may only now be laid out (content-visibility) and move it off screen again: as a reader
    // would, bring it back into view until it is drawn.
    await expect(async () => {
      await card.scrollIntoViewIfNeeded();
      await expect(box.locator('.recharts-cartesian-grid')).toBeAttached({ timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    const seen = await box.evaluate((chart) => {
      const edges = chart.getBoundingClientRect();
      const rect = (e: Element) => e.getBoundingClientRect();
      const months = [...chart.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')].map(rect);
      const values = [...chart.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')].map(rect);
      const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const entries = [...chart.querySelectorAll('.recharts-legend-item')].map(rect);
      const grid = rect(chart.querySelector('.recharts-cartesian-grid') as Element);
      return {
        months: months.length,
        monthsCut: months.filter((r) => r.left < edges.left - 0.5 || r.right > edges.right + 0.5).length,
        monthsTouching: months.filter((m, i) => months.slice(i + 1).some((n) => overlap(m, n)) || values.some((v) => overlap(m, v))).length,
        entries: entries.length,
        entriesSharingALine: entries.filter((e, i) => entries.slice(i + 1).some((f) => f.top < e.bottom - 1 && e.top < f.bottom - 1))
          .length,
        plot: { width: Math.round(grid.width), height: Math.round(grid.height) },
      };
    });
    expect(seen.months).toBeGreaterThan(0);
    expect(seen.monthsCut, 'month labels cut at the chart’s edge').toBe(0);
    expect(seen.monthsTouching, 'month labels over another label').toBe(0);
    expect(seen.entries).toBe(5);
    expect(seen.entriesSharingALine, 'legend entries on one line').toBe(0);
    // 150 px tall as on a wide screen (the legend's five lines took it to 90), and wider than the 105 px a
    // flat 80 px value axis and 20 px gutters left.
    expect(seen.plot.height).toBeGreaterThanOrEqual(150);
    expect(seen.plot.width).toBeGreaterThanOrEqual(120);
    // The placeholder before the chart's code came is as tall as the chart drawn in it.
    const drawn = await box.evaluate((e) => e.getBoundingClientRect().height);
    const waiting = await page
      .locator('.rm-chart-placeholder')
      .first()
      .evaluate((e) => e.getBoundingClientRect().height);
    expect(waiting).toBe(drawn);
  });

  test('at a 32 px default font on a phone each card’s chart comes into a place as tall as it, whose legend wraps @http', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await (await page.context().newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await openRoadmap(page, 'kk');
    const charts = page.locator('.rm-card__chart');
    await expect(charts).toHaveCount(IDS.length);
    await drawCharts(page);
    const drawn = await charts.evaluateAll((all) =>
      all.map((chart) => Math.round(chart.querySelector('.rm-chart-box')?.getBoundingClientRect().height ?? 0)),
    );
    // Taller than the CSS's 21rem: the legend's entries wrap.
    expect(drawn.every((h) => h > 21 * 32)).toBe(true);

    // Loaded anew with the chart's code held back (over HTTP: the demo's service worker fetches the code past
    // Playwright's routes): each card scrolled to shows its chart's place alone.
    const release = await holdRequests(page, /\/assets\/forecast-chart-[\w-]{8}\.js(\?|$)/);
    await openRoadmap(page, 'kk');
    for (const [i, height] of drawn.entries()) {
      const chart = charts.nth(i);
      // The browser's own scroll to it: Playwright's, from the place it reads for the chart while its card is
      // skipped (content-visibility), landed in the panel below, which scroll anchoring then held as the
      // cards above it were laid out, 20,000 px further down.
      await chart.locator('.rm-chart-placeholder').evaluate((place) => place.scrollIntoView({ block: 'center' }));
      // As tall as the chart that will come (before: 672 px for every card, the CSS's 21rem).
      await expect
        .poll(() => chart.locator('.rm-chart-placeholder').evaluate((place) => Math.round(place.getBoundingClientRect().height)), {
          message: `card ${i + 1}'s chart place, px tall`,
        })
        .toBe(height);
    }
    // The code comes: the last card's chart, on screen, is drawn in its place, which neither grows nor shrinks.
    release();
    const last = charts.last().locator('.rm-chart-box');
    await expect(last).toBeVisible();
    expect(await last.evaluate((box) => Math.round(box.getBoundingClientRect().height))).toBe(drawn.at(-1));
  });

  test('a Kazakh page says nothing in English to a screen reader: no chart legend icon named "… legend icon", no map credit titled in English', async ({
    page,
  }) => {
    for (const path of ['/roadmap?lang=kk', '/regions/KZ-62?lang=kk']) {
      await page.goto(path);
      await expect(page.locator('main .chart-frame__chart').first()).toBeAttached();
      await expect(page.locator('main [aria-busy=true]')).toHaveCount(0, { timeout: 15_000 });
      await drawCharts(page);
      await expect(page.locator('main .recharts-legend-item').first()).toBeAttached();
      // Recharts named every icon "<data key> legend icon" ("actual legend icon"), before the entry's own words.
      await expect(page.locator('main [aria-label*="legend icon"]')).toHaveCount(0);
      const icons = await page
        .locator('main .recharts-legend-item svg')
        .evaluateAll((all) => all.map((svg) => svg.getAttribute('aria-hidden')));
      expect(icons.length).toBeGreaterThan(0);
      expect(icons.every((hidden) => hidden === 'true')).toBe(true);
      // The map is drawn once near the viewport (its panel: the composite is the placeholder's until then).
      await page.evaluate(() => document.querySelector('main .fom-rc')?.closest('.panel')?.scrollIntoView());
      await expect(page.locator('main .leaflet-container').first()).toBeVisible({ timeout: 15_000 });
      const credit = page.locator('main .leaflet-control-attribution a[href="https://leafletjs.com"]').first();
      await expect(credit).toHaveAttribute('title', 'Интерактивті карталарға арналған JavaScript кітапханасы');
    }
  });

  test('a met, missed or done mark stays on its word’s line, in Kazakh’s narrow result column too', async ({ page }) => {
    for (const width of [390, 1350]) {
      await page.setViewportSize({ width, height: 900 });
      await openRoadmap(page, 'kk');
      const marks = page.locator('.rm-result svg.mark, .rm-measure-status__label svg.mark');
      await expect(marks.first()).toBeAttached();
      const apart = await marks.evaluateAll((all) =>
        all.flatMap((mark) => {
          const word = mark.nextSibling;
          if (!word?.textContent) return [];
          mark.closest('tr')?.scrollIntoView({ block: 'center' });
          const firstLetter = document.createRange();
          firstLetter.setStart(word, 0);
          firstLetter.setEnd(word, 1);
          const [shape, letter] = [mark.getBoundingClientRect(), firstLetter.getBoundingClientRect()];
          return shape.top >= letter.bottom || letter.top >= shape.bottom ? [word.textContent] : [];
        }),
      );
      expect(apart, `at ${width} px: words whose mark is on another line`).toEqual([]);
    }
  });
});

import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { axeViolations, drawCharts, expect, holdRequests, mainText, NBSP, test } from './fixtures';

const API = 'http://127.0.0.1:8787/api/v1';

/** "17,5" or "57 705" as shown in Russian → a number. */
const ruNumber = (text: string): number =>
  Number(
    text
      .replace(/[\s\u00a0]/g, '')
      .replace(',', '.')
      .replace('−', '-'),
  );

/** Waits until every panel of /directions shows data: breakdown chart, directions over time, leading regions, trends. */
const waitForDirections = async (page: Page) => {
  await expect(page.locator('[data-panel=directions-breakdown] .chart-frame')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-testid=direction-trends-sentences] li').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('leading-regions-table')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-testid=trends-sentences] li').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('main [aria-busy=true]')).toHaveCount(0, { timeout: 15_000 });
};

/** The texts of the breakdown's bar chart, in drawing order: a name, then its "share · value". */
const barTexts = async (page: Page): Promise<string[]> => {
  const panel = page.locator('[data-panel=directions-breakdown]');
  await expect(panel.locator('svg.share-bar-chart__svg text').nth(19)).toBeAttached({ timeout: 15_000 });
  return panel.locator('svg.share-bar-chart__svg text').evaluateAll((nodes) => nodes.map((n) => n.childNodes[0]?.textContent ?? ''));
};

/** Chart texts (bar names and figures, line ends, axis labels) past their chart's box, or over another axis label. */
const chartTextProblems = (scope: Locator): Promise<string[]> =>
  scope.evaluate((node) => {
    const problems: string[] = [];
    for (const svg of node.querySelectorAll('svg.recharts-surface, svg.share-bar-chart__svg')) {
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '');
      for (const t of texts) {
        const r = t.getBoundingClientRect();
        if (r.left < box.left - 1 || r.right > box.right + 1) problems.push(`past the chart: ${t.textContent}`);
      }
      const ticks = [...svg.querySelectorAll('.recharts-xAxis-tick-labels text')].map(
        (t) => [t.textContent, t.getBoundingClientRect()] as const,
      );
      ticks.forEach(([name, a], i) => {
        const next = ticks[i + 1];
        if (next && a.right > next[1].left) problems.push(`over its neighbour: ${name}`);
      });
    }
    return problems;
  });

test.describe('directions', () => {
  test('lists all ten directions in Russian with shares that add up to 100 %, as in the table @both', async ({ page, request }) => {
    const meta = (await (await request.get(`${API}/meta`)).json()) as {
      directions: { id: string; name: { ru: string }; ministryPriority: boolean }[];
    };
    await page.goto('/directions?lang=ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Направления');
    const texts = await barTexts(page);
    const chart = new Map<string, number>();
    for (let i = 0; i < texts.length - 1; i += 2)
      chart.set((texts[i] ?? '').replace(/^★ /, ''), ruNumber((texts[i + 1] ?? '').split('%')[0] ?? ''));
    expect([...chart.keys()].sort()).toEqual(meta.directions.map((d) => d.name.ru).sort());
    const total = [...chart.values()].reduce((s, v) => s + v, 0);
    expect(Math.abs(total - 100)).toBeLessThan(0.05);
    expect(
      texts
        .filter((t) => t.startsWith('★ '))
        .map((t) => t.slice(2))
        .sort(),
    ).toEqual(
      meta.directions
        .filter((d) => d.ministryPriority)
        .map((d) => d.name.ru)
        .sort(),
    );

    const panel = page.locator('[data-panel=directions-breakdown]');
    await panel.getByRole('tab', { name: 'Таблица' }).click();
    await expect(page).toHaveURL(/bdtab=table/);
    const rows = panel.getByTestId('directions-table').locator('tbody tr');
    await expect(rows).toHaveCount(10);
    for (const row of await rows.all()) {
      const name = ((await row.locator('th').textContent()) ?? '').replace(/^★[ \u00a0]/, '');
      const share = ruNumber((await row.locator('td').nth(2).textContent()) ?? '');
      expect(chart.get(name), name).toBe(share);
    }
    await expect(panel.getByTestId('directions-table').locator('tfoot td').nth(2)).toHaveText('100,0');
  });

  test('the breakdown chart arrives in the place the server kept for it, on a phone too: nothing below moves @http', async ({
    page,
    request,
  }) => {
    const meta = (await (await request.get(`${API}/meta`)).json()) as { directions: { name: { en: string } }[] };
    for (const width of [1350, 390]) {
      await page.setViewportSize({ width, height: 940 });
      // The breakdown's code (its bars included): until it arrives the page is the server's HTML.
      const release = await holdRequests(page, /\/assets\/directions-breakdown-[^/]*\.js$/);
      await page.goto('/directions?lang=en');
      const panel = page.locator('[data-panel="directions-breakdown"]');
      await expect(panel.locator('.chart-frame__summary')).toContainText('The largest direction');
      await expect(panel.locator('.directions-breakdown__chart-placeholder')).toBeVisible();
      await expect(panel.locator('svg.share-bar-chart__svg')).toHaveCount(0);
      // What follows the panel: the place of the panels the app draws below the first screen, until it has
      // drawn them (src/components/below-first-screen.tsx), then the first of them.
      const gapBelow = async (next: string) => {
        const [box, nextBox] = await Promise.all([panel.boundingBox(), page.locator(next).boundingBox()]);
        return { height: box?.height, gap: box && nextBox ? nextBox.y - (box.y + box.height) : null };
      };
      const before = await gapBelow('.below-first-screen[data-pending]');
      expect(before.gap, `at ${width} px`).toBeGreaterThan(0);
      release();
      await expect(panel.locator('svg.share-bar-chart__svg')).toHaveCount(1);
      expect(await gapBelow('[data-panel="direction-trends"]'), `at ${width} px`).toEqual(before);
      // Every name whole, on a phone in two lines (it was cut: "★ Supporting people in difficult…").
      const names = await panel.locator('svg.share-bar-chart__svg text[font-size="13"]').evaluateAll((nodes) =>
        nodes.map((n) =>
          [...n.childNodes]
            .filter((c) => c.nodeName !== 'title')
            .map((c) => c.textContent)
            .join(' '),
        ),
      );
      expect(names.map((n) => n.replace(/^★ /, '')).sort(), `at ${width} px`).toEqual(meta.directions.map((d) => d.name.en).sort());
      const lines = await panel.locator('svg.share-bar-chart__svg tspan').count();
      expect(lines > 0, `at ${width} px: ${lines} names in two lines`).toBe(width < 640);
    }
  });

  test('on a narrow phone the second of the two measures wraps under the first, beside its group’s name, not under that name', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/directions?lang=kk');
    const group = page.getByRole('group', { name: 'Мәндер' });
    const [absolute, perResident, legend] = await Promise.all([
      group.getByRole('radio').nth(0).boundingBox(),
      group.getByRole('radio').nth(1).boundingBox(),
      group.locator('legend').boundingBox(),
    ]);
    if (!absolute || !perResident || !legend) throw new Error('no measure controls');
    expect(perResident.y, 'on a line of its own').toBeGreaterThan(absolute.y + absolute.height / 2);
    expect(perResident.x).toBeCloseTo(absolute.x, 0);
    expect(perResident.x).toBeGreaterThan(legend.x + legend.width);
  });

  test('the breakdown’s bars are drawn once, at the width of their place, not at a guess and then again @both', async ({ page }) => {
    // The bars' picture as it is put in the page, then every change of its width (old → new). Drawn at a
    // guessed 640 px and measured in the same task, it was drawn again before the browser showed it.
    await page.addInitScript(() => {
      const widths: string[] = [];
      (window as unknown as { __barWidths: string[] }).__barWidths = widths;
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes' && r.target instanceof SVGSVGElement && r.target.classList.contains('share-bar-chart__svg'))
            widths.push(`${r.oldValue ?? ''} → ${r.target.getAttribute('width') ?? ''}`);
          for (const node of r.addedNodes)
            if (node instanceof Element)
              for (const svg of [node, ...node.querySelectorAll('svg')])
                if (svg.classList.contains('share-bar-chart__svg')) widths.push(svg.getAttribute('width') ?? '');
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, attributeFilter: ['width'] });
    });
    for (const width of [1350, 700]) {
      await page.setViewportSize({ width, height: 940 });
      await page.goto('/directions?lang=en');
      const bars = page.locator('[data-panel="directions-breakdown"] svg.share-bar-chart__svg');
      await expect(bars).toHaveCount(1);
      await expect(bars.locator('rect').nth(19)).toBeAttached();
      const place = await page
        .locator('[data-panel="directions-breakdown"] .share-bar-chart')
        .evaluate((el) => el.getBoundingClientRect().width);
      const widths = await page.evaluate(() => (window as unknown as { __barWidths: string[] }).__barWidths);
      expect(widths, `at ${width} px`).toHaveLength(1);
      expect(Math.abs(Number(widths[0]) - place), `at ${width} px: drawn ${widths[0]} in ${place}`).toBeLessThan(8);
    }
  });

  test('compares with the same period last year: both periods on the chart and the change in words and numbers', async ({
    page,
    request,
  }) => {
    const summary = (await (await request.get(`${API}/summary?period=2025&compare=yearAgo`)).json()) as {
      kpis: { metric: string; value: number; previous: number }[];
    };
    const volunteers = summary.kpis.find((k) => k.metric === 'volunteers');
    if (!volunteers) throw new Error('no volunteers KPI');
    await page.goto('/directions?lang=en&period=2025');
    await waitForDirections(page);
    await page.getByLabel('Compare with').selectOption('yearAgo');
    await expect(page).toHaveURL(/compare=yearAgo/);

    const change = volunteers.value >= volunteers.previous ? 'up' : 'down';
    const sentence = page.getByTestId('trends-sentences');
    await expect(sentence).toContainText(
      `Kazakhstan: ${volunteers.value.toLocaleString('en')} at the end of January – December 2025 — ${change} `,
    );
    await expect(sentence).toContainText(
      `on the same period last year (January – December 2024: ${volunteers.previous.toLocaleString('en')}).`,
    );
    const percent = (Math.abs(volunteers.value - volunteers.previous) / volunteers.previous) * 100;
    // Always one decimal, as the KPI tiles write it: "20.0%", not "20%".
    await expect(sentence).toContainText(`${percent.toFixed(1)}%`);

    // Both periods are drawn, each labelled with its months.
    const trends = page.locator('[data-panel=trends]');
    await trends.scrollIntoViewIfNeeded();
    await expect(trends.locator('svg.recharts-surface text', { hasText: 'Kazakhstan, January – December 2025' })).toBeVisible();
    await expect(trends.locator('svg.recharts-surface text', { hasText: 'Kazakhstan, January – December 2024' })).toBeVisible();
    // The tooltip of the last month: the period's own value first, then the comparison's, named by its own
    // month (it was "Kazakhstan, Jan 2024 – Dec 2024 : …" above "Kazakhstan, Jan 2025 – Dec 2025 : …").
    const plot = await trends.locator('.recharts-cartesian-grid').boundingBox();
    if (!plot) throw new Error('the trend chart is not laid out');
    await page.mouse.move(plot.x + plot.width - 2, plot.y + plot.height / 2);
    const tooltip = trends.locator('.recharts-default-tooltip');
    await expect(tooltip.locator('.recharts-tooltip-label')).toHaveText('December 2025');
    await expect(tooltip.locator('.recharts-tooltip-item')).toHaveText([
      `Kazakhstan: ${volunteers.value.toLocaleString('en')}`,
      `Kazakhstan, December 2024: ${volunteers.previous.toLocaleString('en')}`,
    ]);
    // And in the table, month by month.
    await trends.getByRole('tab', { name: 'Table' }).click();
    const table = page.getByTestId('trends-table');
    await expect(table.locator('thead')).toContainText('Kazakhstan, January – December 2025');
    await expect(table.locator('thead')).toContainText('Kazakhstan, January – December 2024');
    const december = table.locator('tbody tr').last();
    await expect(december.locator('th')).toHaveText('December 2025');
    await expect(december.locator('td').first()).toHaveText(volunteers.value.toLocaleString('en'));
    await expect(december.locator('td').nth(1)).toHaveText('December 2024');
    await expect(december.locator('td').nth(2)).toHaveText(volunteers.previous.toLocaleString('en'));
  });

  test('the directions’ trend marks only the month under way as incomplete, and draws no part of a month for a flow', async ({ page }) => {
    // The default four directions: more than two lines, so no comparison lines (whose markers are hollow too).
    const hollowMarkers = async (url: string): Promise<number> => {
      await page.goto(url);
      await waitForDirections(page);
      await drawCharts(page);
      const chart = page.locator('[data-panel=direction-trends] svg.recharts-surface').first();
      await expect(chart.locator('.recharts-line').first()).toBeAttached();
      return chart.locator('.recharts-line-dots path[fill="#ffffff"]').count();
    };
    // Volunteers, a stock: each of the four lines ends in one hollow marker, the month under way (the whole
    // month before it, where the dotted segment starts, was hollow too: eight).
    expect(await hollowMarkers('/directions?lang=en')).toBe(4);
    // Actions, a flow: the lines stop before the month under way, which has no marker at all.
    expect(await hollowMarkers('/directions?lang=en&metric=actions')).toBe(0);
    await expect(page.locator('[data-panel=direction-trends]')).toContainText('is still under way: the lines stop before it');
  });

  test('downloads the chart as CSV with Russian headers and names, and numbers as on the screen', async ({ page }) => {
    await page.goto('/directions?lang=ru&period=2025');
    const texts = await barTexts(page);
    const shown = new Map<string, { share: string; value: string }>();
    for (let i = 0; i < texts.length - 1; i += 2) {
      const [share = '', value = ''] = (texts[i + 1] ?? '').split(' · ');
      shown.set((texts[i] ?? '').replace(/^★ /, ''), { share: share.replace(`${NBSP}%`, ''), value: value.replace(/\u00a0/g, '') });
    }
    const panel = page.locator('[data-panel=directions-breakdown]');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'CSV (показанное)' }).click()]);
    // The period and, for its change column, the period it is compared with (the one before, by default).
    expect(download.suggestedFilename()).toBe('directions-volunteers-2025-01-2025-12-vs-2024-01-2024-12-demo.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [header = '', ...lines] = csv.slice(1).trimEnd().split('\r\n');
    expect(header.split(';')).toEqual([
      'Направление',
      'Приоритет министерства',
      'Волонтёры, январь – декабрь 2025\u00a0г.',
      'Доля, %',
      'Волонтёры, январь – декабрь 2024\u00a0г.',
      'Изменение, %',
    ]);
    expect(lines).toHaveLength(11);
    for (const line of lines.slice(0, 10)) {
      const [name = '', priority = '', value = '', share = ''] = line.split(';');
      expect(['да', 'нет']).toContain(priority);
      const screen = shown.get(name);
      expect(screen, name).toBeDefined();
      expect(ruNumber(share), `${name} share`).toBe(ruNumber(screen?.share ?? ''));
      expect(Number(value), `${name} value`).toBe(Number(screen?.value));
    }
    const [totalName, , totalValue, totalShare] = lines[10]?.split(';') ?? [];
    expect(totalName).toBe('Всего');
    expect(Number(totalValue)).toBe([...shown.values()].reduce((s, v) => s + Number(v.value), 0));
    expect(ruNumber(totalShare ?? '')).toBe(100);
  });

  test('downloads the chart as a PNG picture and as an SVG with title and source', async ({ page }) => {
    await page.goto('/directions?lang=en&period=2025');
    await barTexts(page);
    const panel = page.locator('[data-panel=directions-breakdown]');
    const [png] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'PNG', exact: true }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile(await png.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    // Drawn at twice the chart's size, with a title above and the source below.
    expect(width).toBeGreaterThanOrEqual(960);
    expect(width).toBeLessThanOrEqual(4000);
    expect(height).toBeGreaterThanOrEqual(800);
    expect(height).toBeLessThanOrEqual(4000);
    expect(bytes.length).toBeGreaterThan(20_000);

    const [svg] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'SVG', exact: true }).click()]);
    const text = await readFile(await svg.path(), 'utf8');
    expect(text).toContain('Volunteers: share by direction, January – December 2025');
    expect(text).toContain('Source: National Volunteer Front-Office');
    expect(text).toContain('Demo data');
    expect(text).toContain('Event volunteering');
  });

  test('a copied link opened in a fresh browser shows the same view', async ({ page, browser }) => {
    await page.goto('/directions?lang=en');
    await waitForDirections(page);
    await page.getByLabel('Period', { exact: true }).selectOption('2025');
    await page.getByLabel('Compare with').selectOption('yearAgo');
    await page.getByLabel('Indicator').selectOption('actions');
    await page.getByLabel('Per 10,000 residents').check();
    const trends = page.locator('[data-panel=trends]');
    await trends.locator('summary').click();
    await trends.getByLabel('Astana').check();
    await trends.getByLabel('Almaty', { exact: true }).check();
    await page.locator('[data-panel=direction-trends]').getByLabel('Sports volunteering').check();
    await trends.locator('summary').click(); // closed again, as a fresh page shows it
    await trends.getByRole('tab', { name: 'Table' }).click();
    await expect(page).toHaveURL(/trtab=table/);
    await waitForDirections(page);
    await page.mouse.move(0, 0);
    await expect(page.getByTestId('trends-table')).toBeVisible();
    await drawCharts(page);
    const url = page.url();
    expect(url).toMatch(/period=2025/);
    expect(url).toMatch(/per=10k/);
    expect(url).toMatch(/regions=KZ-/);
    const visible = async (p: Page) => (await mainText(p)).replace(/Updated \d\d:\d\d.*$/gm, 'Updated');
    const before = await visible(page);

    const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const other = await fresh.newPage();
      await other.goto(url);
      await waitForDirections(other);
      await expect(other.getByTestId('trends-table')).toBeVisible();
      await drawCharts(other);
      // Charts arrive in lazy chunks: give the fresh page time to draw them, then the text must match exactly.
      await expect.poll(() => visible(other), { timeout: 20_000 }).toBe(before);
    } finally {
      await fresh.close();
    }
  });

  test('a direction’s table of regions keeps each name on one line on a desktop, and still fits its box', async ({ page }) => {
    // "Солтүстік Қазақстан / облысы" broke at 1350 and 1600 px while long headers took the room.
    for (const [width, lang] of [
      [1350, 'kk'],
      [1600, 'ru'],
      [1024, 'ru'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/directions/ecology?lang=${lang}`);
      const table = page.getByTestId('direction-regions-table');
      await expect(table.locator('tbody th a')).toHaveCount(20, { timeout: 15_000 });
      const lines = await table.locator('tbody th a').evaluateAll((links) =>
        links.map((link) => {
          const range = document.createRange();
          range.selectNodeContents(link);
          return `${link.textContent}: ${new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size}`;
        }),
      );
      expect(
        lines.filter((line) => !line.endsWith(': 1')),
        `${width} px, ${lang}`,
      ).toEqual([]);
      const scroll = table.locator('xpath=ancestor::*[contains(@class, "data-table__scroll")]');
      expect(await scroll.evaluate((box) => box.scrollWidth - box.clientWidth), `${width} px, ${lang}`).toBeLessThanOrEqual(1);
    }
  });

  test('has no axe violations on /directions and on a direction’s page', async ({ page }) => {
    await page.goto('/directions?lang=en');
    await waitForDirections(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/directions/elderly?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help to elderly and lonely people');
    await expect(page.getByTestId('direction-regions-table').locator('tbody tr')).toHaveCount(20, { timeout: 15_000 });
    await expect(page.locator('[data-panel=direction-map] .leaflet-container')).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('[data-testid=trends-sentences] li').first()).toBeVisible({ timeout: 15_000 });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the month axes of the trend charts in Russian are labelled at equal steps up to the latest month, none left out', async ({
    page,
  }) => {
    await page.goto('/directions?lang=ru');
    await waitForDirections(page);
    await drawCharts(page);
    for (const panel of ['direction-trends', 'trends']) {
      const chart = page.locator(`[data-panel=${panel}] .line-chart`);
      // Recharts draws tick labels in a layer of their own, apart from the axis' line and ticks.
      const labels = '.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value';
      await expect(chart.locator(labels).nth(1)).toBeAttached({ timeout: 15_000 });
      const { centres, right } = await chart.evaluate(
        (node, selector) => ({
          // Labels are centred on their ticks (text-anchor middle).
          centres: [...node.querySelectorAll(selector)].map((t) => {
            const box = t.getBoundingClientRect();
            return box.x + box.width / 2;
          }),
          right: node.querySelector('.recharts-xAxis .recharts-cartesian-axis-line')?.getBoundingClientRect().right ?? Number.NaN,
        }),
        labels,
      );
      const gaps = centres.slice(1).map((x, i) => x - (centres[i] ?? 0));
      expect(gaps.length, panel).toBeGreaterThanOrEqual(2);
      expect(Math.max(...gaps) - Math.min(...gaps), `${panel}: gaps ${gaps.map(Math.round).join(', ')}`).toBeLessThanOrEqual(3);
      // The last label is the latest month, at the right end of the axis.
      expect(Math.abs((centres.at(-1) ?? 0) - right), panel).toBeLessThanOrEqual(3);
    }
  });

  test('the lines\' names at their right ends stay inside the chart in Russian and Kazakh, cut with "…" only where the chart is narrow', async ({
    page,
  }) => {
    for (const [lang, width] of [
      ['ru', 1350],
      ['kk', 1350],
      ['ru', 800],
    ] as const) {
      await page.setViewportSize({ width, height: 940 });
      await page.goto(`/directions?lang=${lang}`);
      await waitForDirections(page);
      await drawCharts(page);
      const chart = page.locator('[data-panel=direction-trends] .line-chart');
      await expect(chart.locator('.line-chart__end-labels text')).toHaveCount(4, { timeout: 15_000 });
      const labels = await chart.evaluate((node) => {
        const edge = node.querySelector('svg.recharts-surface')?.getBoundingClientRect().right ?? Number.NaN;
        return [...node.querySelectorAll('.line-chart__end-labels text')].map((t) => ({
          shown: t.firstChild?.textContent ?? '',
          name: t.querySelector('title')?.textContent ?? '',
          overflow: t.getBoundingClientRect().right - edge,
        }));
      });
      for (const { shown, name, overflow } of labels) {
        expect(overflow, `${lang} ${width}: ${shown}`).toBeLessThanOrEqual(0);
        // Whole at 1350 px; where it is cut, the full name is kept in its tooltip.
        if (width === 1350) expect(shown).toBe(name);
        else expect(shown === name || (shown.endsWith('…') && name.startsWith(shown.slice(0, -1))), shown).toBe(true);
      }
    }
  });

  test("with a reader's letter and word spacing (WCAG 1.4.12) added after the page is drawn, no chart text runs past its chart or over its neighbour", async ({
    page,
  }) => {
    // /roadmap first, on a fresh page: its cards far off screen are skipped by the browser (content-visibility)
    // when the style sheet comes, and Chromium may still give their charts the old spacing there. Some forecast
    // charts then kept "2026 ж. жел." past their edges even once scrolled to (1 run of 4 with two workers
    // before the fix; 3 of 8 charts in a two-page script).
    for (const path of ['/roadmap?lang=kk', '/directions?lang=ru', '/directions?lang=kk', '/regions/KZ-63?lang=kk']) {
      await page.goto(path);
      await expect(page.locator('main .kpi-tile__value, main .chart-frame').first()).toBeVisible({ timeout: 15_000 });
      await drawCharts(page);
      const main = page.locator('main');
      expect(await chartTextProblems(main), `${path} as drawn`).toEqual([]);
      // As the text-spacing bookmarklet testers use does it: a style sheet added to the page that is shown.
      await page.addStyleTag({ content: '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' });
      // "…ликвидация их пос" ran 55 px past the breakdown's panel, and the Kazakh month axis lost a "2".
      // Each chart as the reader scrolls to it (content far off screen is drawn only as it comes near).
      const charts = page.locator('main .chart-frame__chart:not([hidden])');
      const count = await charts.count();
      for (let i = 0; i < count; i++) {
        await charts.nth(i).scrollIntoViewIfNeeded();
        await expect
          .poll(() => chartTextProblems(charts.nth(i)), { message: `${path}, chart ${i + 1} of ${count}, with the reader's spacing` })
          .toEqual([]);
      }
    }
  });

  test("at a reader's default font size of 24 px, chart text is 1.5 times as large, inside its chart and apart", async ({ page }) => {
    // The browser's own setting (Chrome's Settings → Appearance → Font size), which the page's rem follow: not a
    // style sheet of the page's, which the charts would see as the page's own sizes.
    const browser = await page.context().newCDPSession(page);
    await browser.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
    // The breakdown's bars and the trends' lines on /directions; a region's bars, in two-line rows, and its trend.
    for (const path of ['/directions?lang=ru', '/regions/KZ-62?lang=kk']) {
      await page.goto(path);
      await expect(page.locator('main .chart-frame').first()).toBeVisible({ timeout: 15_000 });
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
      await drawCharts(page);
      const charts = page.locator('main .chart-frame__chart:not([hidden])');
      const count = await charts.count();
      for (let i = 0; i < count; i++) {
        await charts.nth(i).scrollIntoViewIfNeeded();
        await expect.poll(() => chartTextProblems(charts.nth(i)), { message: `${path}, chart ${i + 1} of ${count}` }).toEqual([]);
      }
      // Every chart's text at least 1.5 times its usual size: 18 px for the 12 px axis labels and line names, more for the bars'.
      const sizes = await page.locator('main').evaluate((main) =>
        [...main.querySelectorAll('svg.share-bar-chart__svg, svg.recharts-surface')].map((svg) => ({
          chart: svg.classList.contains('share-bar-chart__svg') ? 'bars' : 'lines',
          smallest: Math.min(
            ...[...svg.querySelectorAll('text')]
              .filter((t) => (t.textContent ?? '').trim() !== '')
              .map((t) => parseFloat(getComputedStyle(t).fontSize)),
          ),
        })),
      );
      expect(new Set(sizes.map((s) => s.chart)), path).toEqual(new Set(['bars', 'lines']));
      for (const { chart, smallest } of sizes)
        expect(smallest, `${path}: ${chart}`).toBeGreaterThanOrEqual(chart === 'bars' ? 1.5 * 12.5 : 1.5 * 12);
      // The legends' markers grow with the text: 14 px at the usual size (0.875rem).
      const markers = await page
        .locator('main .recharts-legend-item > svg')
        .evaluateAll((icons) => icons.map((icon) => Math.round(icon.getBoundingClientRect().height)));
      if (path.includes('KZ-62')) expect(markers.length, `${path}: legend markers`).toBeGreaterThan(0);
      for (const height of markers) expect(height, `${path}: a legend marker's height`).toBeGreaterThanOrEqual(1.5 * 14);
    }
  });
});

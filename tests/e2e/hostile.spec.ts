/**
 * Hostile data through the real UI (HTTP demo API, responses rewritten with page.route): markup in
 * names and free text stays text everywhere and runs nothing, spreadsheet formulas in CSV cells are
 * defused, absurd numbers become "no data" without breaking a scale, and a problem document full of
 * markup is quoted as text.
 */
import { readFile } from 'node:fs/promises';
import type { Page, Route } from '@playwright/test';
import { STATIC_APP, axeViolations, expect, test, waitForKpis } from './fixtures';

const API = 'http://127.0.0.1:8787/api/v1';
/** Sets window.pwned if it ever runs, and would show an alert. */
const XSS = '<img src=x onerror="window.pwned=1;alert(1)">';
const SCRIPT = '<script>window.pwned=2</script>';

type Json = Record<string, unknown>;

/** Answers an endpoint with the demo API's own answer, changed by `edit`, as a full 200 (no ETag). */
const rewrite = async (page: Page, path: string, edit: (body: Json) => void) => {
  await page.route(`${API}${path}`, async (route: Route) => {
    const response = await route.fetch({ headers: { ...route.request().headers(), 'if-none-match': '' } });
    const body = (await response.json()) as Json;
    edit(body);
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify(body),
    });
  });
};

const watchForScripts = (page: Page): string[] => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
};

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { pwned?: number }).pwned ?? null);

test.describe('hostile data', () => {
  test('markup in names and free text is shown literally in the map tooltip, tables, tiles and feed, and never runs @http', async ({
    page,
  }) => {
    const dialogs = watchForScripts(page);
    await rewrite(page, '/meta', (meta) => {
      for (const r of meta.regions as { code: string; name: Record<string, string> }[]) {
        if (r.code === 'KZ-62' || r.code === 'KZ-75') r.name = { kk: XSS, ru: XSS, en: XSS };
      }
      for (const d of meta.directions as { id: string; name: Record<string, string> }[]) d.name = { kk: SCRIPT, ru: SCRIPT, en: SCRIPT };
      const volunteers = (meta.metrics as { id: string; name: Record<string, string> }[]).find((m) => m.id === 'volunteers');
      if (volunteers) volunteers.name = { kk: SCRIPT, ru: SCRIPT, en: SCRIPT };
    });
    await rewrite(page, '/activity', (feed) => {
      for (const e of feed.events as { subject: string; region: string; organization?: { name: Record<string, string> } }[]) {
        e.subject = `${XSS} & <b>bold</b>`;
        if (e.organization) e.organization.name = { kk: e.subject, ru: e.subject };
        e.region = 'KZ-75';
      }
    });

    await page.goto(`${STATIC_APP}/?lang=en`);
    await waitForKpis(page);
    await expect(page.locator('[data-metric="volunteers"] .kpi-tile__name')).toHaveText(SCRIPT);
    await expect(page.locator('[data-code]')).toHaveCount(20);
    await page.locator('[data-code="KZ-62"]').hover();
    await expect(page.locator('.fom-tooltip')).toContainText(XSS);

    await page.goto(`${STATIC_APP}/regions?lang=en`);
    await expect(page.getByTestId('regions-table').getByRole('rowheader', { name: XSS })).toHaveCount(2);

    await page.goto(`${STATIC_APP}/activity?lang=en`);
    const first = page.getByRole('list', { name: 'Events, newest first' }).getByRole('listitem').first();
    await expect(first.locator('.activity-event__subject')).toHaveText(`${XSS} & <b>bold</b>`);
    await expect(first.locator('.activity-event__where')).toHaveText(`${XSS} · ${SCRIPT}`);

    await expect(page.locator('img[src="x"], .activity-event b, main script')).toHaveCount(0);
    expect(await pwned(page)).toBeNull();
    expect(dialogs).toEqual([]);
  });

  test('CSV downloads defuse spreadsheet formulas from the API @http', async ({ page }) => {
    const formulas = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1:A2)'];
    await rewrite(page, '/activity', (feed) => {
      (feed.events as { subject: string; organization?: unknown }[]).forEach((e, i) => {
        e.subject = formulas[i % formulas.length] ?? '';
        delete e.organization; // the subject as the source system sent it
      });
    });
    await rewrite(page, '/meta', (meta) => {
      for (const r of meta.regions as { code: string; name: Record<string, string> }[]) {
        if (r.code === 'KZ-62') r.name = { kk: formulas[0] ?? '', ru: formulas[0] ?? '', en: formulas[0] ?? '' };
      }
    });

    await page.goto(`${STATIC_APP}/activity?lang=en`);
    await expect(page.locator('.activity-event').first()).toBeVisible();
    const feedDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const feedCsv = await readFile((await (await feedDownload).path()) ?? '', 'utf8');
    for (const f of formulas) expect(feedCsv).toContain(`'${f.replace(/"/g, '""')}`);
    // Every subject cell is defused: no line has a cell that starts with a formula character.
    for (const line of feedCsv.split('\r\n').slice(1, -1)) expect(line).not.toMatch(/(^|,)"?[=+\-@]/);

    await page.goto(`${STATIC_APP}/regions?lang=en`);
    const table = page.getByTestId('regions-table');
    await expect(table.getByRole('rowheader', { name: formulas[0] })).toBeVisible();
    const tableDownload = page.waitForEvent('download');
    await page.locator('.data-table').filter({ has: table }).getByRole('button', { name: 'Download CSV' }).click();
    const tableCsv = await readFile((await (await tableDownload).path()) ?? '', 'utf8');
    expect(tableCsv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });

  test('negative, huge and missing numbers show as "no data" and break no scale @http', async ({ page }) => {
    await rewrite(page, '/summary*', (summary) => {
      const kpis = summary.kpis as Json[];
      const set = (metric: string, edit: (k: Json) => void) => {
        const k = kpis.find((x) => x.metric === metric);
        if (k) edit(k);
      };
      set('volunteers', (k) => {
        k.value = -5;
        k.series = (k.series as Json[]).map((p, i) => ({ ...p, value: i % 3 === 0 ? 1e308 : i % 3 === 1 ? -1 : p.value }));
      });
      set('organisations', (k) => (k.value = 1e308));
      set('projects', (k) => (k.value = null));
      set('actions', (k) => {
        delete k.value;
        delete k.previous;
      });
      set('peopleHelped', (k) => (k.previous = -40));
    });
    await rewrite(page, '/regions*', (regions) => {
      for (const r of regions.regions as { code: string; values: Json }[]) {
        if (r.code === 'KZ-62') r.values.volunteers = -12;
        if (r.code === 'KZ-71') r.values.volunteers = 1e308;
        if (r.code === 'KZ-75') delete r.values.volunteers;
      }
    });

    await page.goto(`${STATIC_APP}/?lang=en`);
    for (const metric of ['volunteers', 'organisations', 'projects', 'actions']) {
      await expect(page.getByTestId(`kpi-${metric}`)).toHaveText('no data');
    }
    await expect(page.getByTestId('kpi-openRequests')).toHaveText(/^\d/);
    // A change against a missing comparison is not invented.
    await expect(page.locator('[data-metric="peopleHelped"] .kpi-tile__change')).not.toContainText('%');
    // Said, not only shown as "no data": 16 points of the volunteers' series, two values and a previous one.
    await expect(page.locator('[data-panel="kpis"]').getByTestId('panel-refused-values')).toHaveText(
      '/summary: 19 values could not be real counts (negative or too large) and are shown as “no data”.',
    );
    await expect(
      page
        .getByTestId('panel-refused-values')
        .filter({ hasText: /^\/regions: / })
        .first(),
    ).toHaveText('/regions: 2 values could not be real counts (negative or too large) and are shown as “no data”.');
    await expect(page.locator('[data-code]')).toHaveCount(20);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/NaN|Infinity|e\+\d|1e308|−12\b/);
    const paths = await page.locator('svg path').evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
    expect(paths.filter((d) => /NaN|Infinity/.test(d))).toEqual([]);
    for (const code of ['KZ-62', 'KZ-71', 'KZ-75']) {
      await page.locator(`[data-code="${code}"]`).hover();
      await expect(page.locator('.fom-tooltip').last()).toContainText('no data');
    }
  });

  test('figures by region that cannot be right are named: a region not in the list of regions, more volunteers than residents @http', async ({
    page,
  }) => {
    // Mistyped codes: Ulytau Region's figures sent as "KZ-99", Astana's as "KZ-98"; and Almaty (2,347,924
    // residents) with three million volunteers, each figure alone a plausible count.
    await rewrite(page, '/regions*', (regions) => {
      for (const r of regions.regions as { code: string; values: Json }[]) {
        if (r.code === 'KZ-62') r.code = 'KZ-99';
        if (r.code === 'KZ-71') r.code = 'KZ-98';
        if (r.code === 'KZ-75') r.values.volunteers = 3_000_000;
      }
    });
    await page.goto(`${STATIC_APP}/regions?lang=en`);
    const table = page.locator('[data-panel="regions-table"]');
    await expect(table.getByTestId('panel-unlisted-regions')).toHaveText(
      'Figures came for 2 regions that are not in the list of regions; they are left out: KZ-99 and KZ-98.',
    );
    await expect(table.getByTestId('panel-over-population')).toHaveText('More volunteers than residents, which cannot be true: Almaty.');
    await expect(table.getByRole('row', { name: /^Ulytau Region/ })).toContainText('no data');
    // The impossible figure drives nothing: "no data" in the table and the map's ranking, not first with
    // three million, and the legend's last class ends at a real region's figure.
    await expect(
      table
        .getByRole('row', { name: /^Almaty\b/ })
        .getByRole('cell')
        .nth(1),
    ).toHaveText('no data');
    const map = page.locator('[data-panel="region-map"]');
    await expect(map.getByTestId('panel-over-population')).toBeVisible();
    await expect(map).not.toContainText('3,000,000');
    await expect(map.getByTestId('map-summary')).toContainText(/^Highest: (?!Almaty )/);
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(table.getByTestId('panel-unlisted-regions')).toHaveText(
      'Пришли данные по 2 регионам, которых нет в списке регионов, — они не показаны: KZ-99 и KZ-98.',
    );
    await expect(table.getByTestId('panel-over-population')).toHaveText(
      'Волонтёров больше, чем жителей, — такого быть не может: город Алматы.',
    );
  });

  test('a region’s own figures with more volunteers than residents are named and shown as "no data" on its page @http', async ({
    page,
  }) => {
    await rewrite(page, '/regions/KZ-71*', (detail) => {
      for (const k of detail.kpis as Json[]) if (k.metric === 'volunteers') k.value = 2_000_000;
    });
    await page.goto(`${STATIC_APP}/regions/KZ-71?lang=en`);
    const tiles = page.locator('[data-panel="region-kpis"]');
    await expect(tiles.getByTestId('panel-over-population')).toHaveText('More volunteers than residents, which cannot be true: Astana.');
    await expect(page.getByTestId('region-kpi-volunteers')).toHaveText('no data');
    // No rank, rate or share made of it: "12,208.3 per 10,000 residents (rank 1 of 20)" and "605.2% of the national total" before.
    await expect(page.getByTestId('region-rank-volunteers')).toHaveCount(0);
    await expect(tiles).not.toContainText('12,208');
    await expect(page.getByTestId('region-kpi-actions')).toHaveText(/^\d/);
  });

  test('the wall’s map and spotlight say which regions’ figures cannot be right, where nobody can ask @http', async ({ page }) => {
    await rewrite(page, '/regions*', (regions) => {
      for (const r of regions.regions as { code: string; values: Json }[]) {
        if (r.code === 'KZ-62') r.code = 'KZ-99';
        if (r.code === 'KZ-71') r.values.volunteers = 2_000_000;
      }
    });
    await page.goto(`${STATIC_APP}/wall?scenes=map&lang=en`);
    const map = page.getByTestId('wall-map');
    await expect(map.getByTestId('panel-unlisted-regions')).toHaveText(
      'Figures came for 1 region that is not in the list of regions; they are left out: KZ-99.',
    );
    await expect(map.getByTestId('panel-over-population')).toHaveText('More volunteers than residents, which cannot be true: Astana.');
    // Not "Highest: Astana (12,208.3 per 10,000)".
    await expect(map.getByTestId('map-summary')).toContainText(/^Highest: (?!Astana )/);
    expect(await axeViolations(page)).toEqual([]);

    // The spotlight of a region whose own answer lies.
    await rewrite(page, '/regions/KZ-71*', (detail) => {
      for (const k of detail.kpis as Json[]) if (k.metric === 'volunteers') k.value = 2_000_000;
    });
    await page.goto(`${STATIC_APP}/wall?scenes=spotlight&region=KZ-71&lang=en`);
    const spotlight = page.getByTestId('wall-spotlight');
    await expect(spotlight.getByTestId('panel-over-population')).toHaveText(
      'More volunteers than residents, which cannot be true: Astana.',
    );
    await expect(spotlight.locator('.wall-spotlight__kpi').first()).toContainText('—');
    await expect(spotlight).not.toContainText('2,000,000');
  });

  test('a problem document full of markup is quoted as text @http', async ({ page }) => {
    const dialogs = watchForScripts(page);
    await page.route(`${API}/summary*`, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: JSON.stringify({ type: 'about:blank', title: `Maintenance ${SCRIPT}`, status: 503, detail: XSS }),
      }),
    );
    await page.goto(`${STATIC_APP}/?lang=en`);
    const alert = page.locator('[data-panel="kpis"]').getByRole('alert');
    await expect(alert).toContainText(
      `the server is temporarily unavailable (error 503, /summary). The server says: “Maintenance ${SCRIPT}: ${XSS}”`,
      { timeout: 10_000 },
    );
    await expect(page.locator('img[src="x"], main script')).toHaveCount(0);
    expect(await pwned(page)).toBeNull();
    expect(dialogs).toEqual([]);
  });

  test('names with no break in them widen no page, and a text-direction override in one turns no sentence around @http', async ({
    page,
  }) => {
    const unbroken = 'W'.repeat(3000);
    await rewrite(page, '/meta', (meta) => {
      for (const list of ['regions', 'directions', 'metrics'] as const)
        for (const item of meta[list] as { name: Record<string, string> }[])
          for (const lang of ['kk', 'ru', 'en']) item.name[lang] = `${item.name[lang]}${unbroken}`;
      // An override left open: before, "17,5 %" in the sentence the name was put in read ".% 5,71".
      const [first] = meta.directions as { name: Record<string, string> }[];
      if (first) first.name.ru = `\u202E${first.name.ru}`;
    });
    await page.route(`${API}/summary*`, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: JSON.stringify({ title: 'Maintenance', status: 503, detail: unbroken }),
      }),
    );
    const widerThanTheScreen = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const [path, width, ready] of [
      ['/?lang=en', 1366, '[data-panel="kpis"] [role="alert"]'],
      ['/regions/KZ-62?lang=ru', 1366, '.region-page__facts'],
      ['/regions/KZ-62?lang=kk', 390, '.region-page__facts'],
      ['/directions?lang=ru', 1366, '.trend-panel__sentences li'],
      ['/wall?scenes=kpi&lang=en', 1920, '.wall-kpi'],
      ['/wall?scenes=spotlight&lang=ru', 1920, '.wall-spotlight__kpi'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${STATIC_APP}${path}`);
      await expect(page.locator(ready).first()).toBeVisible({ timeout: 10_000 });
      expect(await widerThanTheScreen(), `${path} at ${width} px: px past the screen`).toBeLessThanOrEqual(0);
      if (path.startsWith('/directions')) await expect(page.locator('main')).not.toContainText('\u202E');
      // The server's message was the overview's long word: broken within the panel, not cut at its edge.
      if (path === '/?lang=en') {
        const message = page.locator('[data-panel="kpis"] [role="alert"] p').first();
        await expect(message).toContainText('WWW');
        const [panel, text] = await Promise.all([
          page.locator('[data-panel="kpis"]').evaluate((el) => el.getBoundingClientRect().right),
          message.evaluate((el) => el.getBoundingClientRect().right),
        ]);
        expect(text, 'the message’s right edge against its panel’s').toBeLessThanOrEqual(panel);
        // The wall's tiles need the summary itself.
        await page.unroute(`${API}/summary*`);
      }
    }
  });

  test('odd addresses get helpful pages, never a blank one', async ({ page }) => {
    const cases: [string, string, RegExp][] = [
      ['/no/such/page?lang=en', 'Page not found', /There is no page at “\/no\/such\/page”/],
      ['/regions/KZ-99?lang=en', 'Region not found', /no region with the code “KZ-99”/],
      ['/regions/%E0%A4%A?lang=en', 'Region not found', /no region with the code/],
      [
        '/?lang=en&period=1999-13&compare=sideways&refresh=soon',
        'Overview',
        /“period” parameter.*not understood[\s\S]*“compare” parameter[\s\S]*“refresh” parameter/,
      ],
      ['/activity?lang=en&refresh=-1s', 'Activity', /“refresh” parameter in the link was not understood/],
    ];
    for (const [path, heading, text] of cases) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('main')).toContainText(text);
      await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    }
    await page.goto('/?lang=en&period=1999-13&refresh=soon');
    await waitForKpis(page);
    await expect(page.getByRole('combobox', { name: 'Auto-refresh' })).toHaveValue('1m');
  });
});

/** The regions table, a region page and the region not-found page, against the demo API (msw/node). */
import { act, configure, fireEvent, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { createApiClient } from '../../src/api/client';
import { createFormatter } from '../../src/lib/i18n/format';
import { renderApp, screen, TEST_API } from '../render-app';
import { captureDownloads } from '../capture-downloads';
import { parseCsvLine } from '../csv-line';

// Pages and the map are lazy chunks: their first import in a test run takes a while on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

// The map's shapes are a static file of the site, not part of the API: serve the real one.
const topology = JSON.parse(readFileSync('public/geo/kz-regions.topo.json', 'utf8')) as Record<string, unknown>;
beforeEach(() => {
  server.use(http.get('*/geo/kz-regions.topo.json', () => HttpResponse.json(topology)));
});

const client = () => createApiClient({ baseUrl: TEST_API, timeoutMs: 5_000 });
/** Numbers as the English formatter writes them: "2,441", "−3.4", "111.5". */
const en = (n: number, digits = 0) =>
  n
    .toFixed(digits)
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    .replace(/\.0+$/, '')
    .replace('-', '\u2212');

const bodyRows = (table: HTMLElement) => within(table.querySelector('tbody') as HTMLElement).getAllByRole('row');
const cellTexts = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? '');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('regions table', () => {
  it('lists all 20 regions with the API numbers and a national total', async () => {
    const [meta, regions] = await Promise.all([client().get('meta'), client().get('regions', { period: 'ytd', compare: 'previous' })]);
    renderApp('/regions?lang=en');
    const table = await screen.findByTestId('regions-table');
    await waitFor(() => expect(bodyRows(table)).toHaveLength(20));
    const header = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent ?? '');
    const volunteersCol = header.findIndex((h) => h.startsWith('Volunteers'));
    const ulytau = bodyRows(table).find((r) => r.textContent?.includes('Ulytau Region'));
    if (!ulytau) throw new Error('no Ulytau row');
    const apiUlytau = regions.regions.find((r) => r.code === 'KZ-62')?.values.volunteers ?? -1;
    expect(cellTexts(ulytau)[volunteersCol]).toBe(en(apiUlytau));
    // Growth with one decimal in every row, a whole number too ("+12.0", not "+12" beside "+10.4").
    const growthCol = header.findIndex((h) => h.startsWith('Volunteer growth'));
    for (const row of bodyRows(table)) expect(cellTexts(row)[growthCol]).toMatch(/^([+\u2212]?\d+\.\d|No data)$/);
    const total = within(table.querySelector('tfoot') as HTMLElement).getByRole('row');
    const sum = regions.regions.reduce((s, r) => s + (r.values.volunteers ?? 0), 0);
    expect(cellTexts(total)[0]).toBe('Kazakhstan total');
    expect(cellTexts(total)[volunteersCol]).toBe(en(sum));
    expect(cellTexts(total)[1]).toBe(en(meta.nationalPopulation));
    // A population no published figure confirmed is marked as an estimate; the others are not.
    const estimated = new Set(meta.regions.filter((r) => r.populationEstimated).map((r) => r.name.en));
    expect(estimated.size).toBeGreaterThan(0);
    for (const row of bodyRows(table)) {
      const region = meta.regions.find((r) => r.name.en === cellTexts(row)[0]);
      if (!region) throw new Error(`unknown row ${cellTexts(row)[0]}`);
      expect(cellTexts(row)[1]).toBe(region.populationEstimated ? `≈\u202f${en(region.population)} (estimate)` : en(region.population));
    }
    // Names are links to the region pages, carrying the language.
    expect(within(ulytau).getByRole('link', { name: 'Ulytau Region' })).toHaveAttribute('href', '/regions/KZ-62?lang=en');
  });

  it("says when the regions' figures do not add up to the country's from the API, and not when they do", async () => {
    const regions = await client().get('regions', { period: 'ytd', compare: 'previous' });
    const { queryClient } = renderApp('/regions?lang=en');
    await waitFor(() => expect(bodyRows(screen.getByTestId('regions-table'))).toHaveLength(20));
    // The API's regions add up to its country's figures: nothing is said once both are in.
    await waitFor(() => expect(queryClient.getQueryData(['summary', { period: 'ytd', compare: 'previous' }])).toBeDefined());
    expect(screen.queryByTestId('regions-sum-check')).toBeNull();

    // Every region's volunteers tripled: the total row would read three times the overview's figure.
    const tripled = {
      ...regions,
      regions: regions.regions.map((r) => ({ ...r, values: { ...r.values, volunteers: (r.values.volunteers ?? 0) * 3 } })),
    };
    server.use(http.get('*/api/v1/regions', () => HttpResponse.json(tripled)));
    await act(() => queryClient.refetchQueries({ queryKey: ['regions'] }));
    const sum = regions.regions.reduce((s, r) => s + (r.values.volunteers ?? 0), 0);
    expect(await screen.findByTestId('regions-sum-check')).toHaveTextContent(
      `The regions do not add up to the country’s figures from the API (/summary): Volunteers: ${en(sum * 3)} in the regions, ${en(sum)} for the country. One of the two answers is wrong; the total row is the sum of the regions.`,
    );
  });

  it('says which regions the answer left out, which leaves the total row empty (ru)', async () => {
    const regions = await client().get('regions', { period: 'ytd', compare: 'previous' });
    const without = { ...regions, regions: regions.regions.filter((r) => r.code !== 'KZ-10' && r.code !== 'KZ-62') };
    server.use(http.get('*/api/v1/regions', () => HttpResponse.json(without)));
    renderApp('/regions?lang=ru');
    expect(await screen.findByTestId('regions-missing', {}, { timeout: 5_000 })).toHaveTextContent(
      'В ответе /regions нет данных по 2 регионам: область Абай, область Ұлытау; поэтому и строка итога пуста.',
    );
  });

  it("checks a direction's regions against that direction's national figures (/directions), in Russian", async () => {
    const [regions, directions] = await Promise.all([
      client().get('regions', { period: 'ytd', compare: 'previous', direction: 'ecology' }),
      client().get('directions', { period: 'ytd', compare: 'previous' }),
    ]);
    const ecology = directions.directions.find((d) => d.id === 'ecology')?.values.projects ?? -1;
    // The largest region's projects lost: the regions' sum falls short of the country's.
    const largest = regions.regions.reduce((a, b) => ((b.values.projects ?? 0) > (a.values.projects ?? 0) ? b : a));
    const lost = largest.values.projects ?? 0;
    const short = { ...regions, regions: regions.regions.map((r) => (r === largest ? { ...r, values: { ...r.values, projects: 0 } } : r)) };
    expect(lost).toBeGreaterThan(0.05 * ecology);
    server.use(http.get('*/api/v1/regions', () => HttpResponse.json(short)));
    renderApp('/regions?lang=ru&direction=ecology');
    const ru = (n: number) => createFormatter('ru').number(n);
    expect(await screen.findByTestId('regions-sum-check', {}, { timeout: 5_000 })).toHaveTextContent(
      `Сумма по регионам не сходится с данными API по стране (/directions): Активные проекты: ${ru(ecology - lost)} по регионам, ${ru(ecology)} по стране.`,
    );
  });

  it('sorts by a column, keeps the sort in the URL, and switches to per 10 000 residents', async () => {
    const regions = await client().get('regions', { period: 'ytd', compare: 'previous' });
    renderApp('/regions?lang=en');
    const table = await screen.findByTestId('regions-table');
    await waitFor(() => expect(bodyRows(table)).toHaveLength(20));
    fireEvent.click(within(table).getByRole('button', { name: 'Sort by Volunteers' }));
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('-volunteers');
    const volunteers = [...regions.regions].sort((a, b) => (b.values.volunteers ?? 0) - (a.values.volunteers ?? 0));
    await waitFor(() => expect(cellTexts(bodyRows(table)[0] as HTMLElement)[0]).toBe('Almaty'));
    expect(volunteers[0]?.code).toBe('KZ-75');
    expect(cellTexts(bodyRows(table)[19] as HTMLElement)[0]).toBe('Ulytau Region');
    expect(within(table).getAllByRole('columnheader')[2]).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByText(/The total row is the sum of the 20 regions/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Per 10,000 residents' }));
    // Per 10 000 residents the total row is the country's own rate, which the note under the table then says.
    expect(await screen.findByText(/The total row gives the whole country per 10,000 of its residents/)).toBeInTheDocument();
    expect(screen.queryByText(/The total row is the sum of the 20 regions/)).not.toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('per')).toBe('10k');
    const ulytauVolunteers = regions.regions.find((r) => r.code === 'KZ-62')?.values.volunteers ?? 0;
    const ulytauRow = () => bodyRows(table).find((r) => r.textContent?.includes('Ulytau Region')) as HTMLElement;
    await waitFor(() => expect(cellTexts(ulytauRow())[2]).toBe(en((ulytauVolunteers / 218_993) * 10_000, 1)));
    // Still sorted by volunteers, now per capita: a small region can rank high.
    const shown = bodyRows(table).map((r) => Number((cellTexts(r)[2] ?? '').replace(/,/g, '')));
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    expect(within(table).getAllByRole('columnheader')[2]).toHaveTextContent('Volunteers per 10,000');
    // Read down, a column has one number of decimals: "47.0" beside "46.7", never "47".
    const columns = within(table).getAllByRole('columnheader').length;
    for (let column = 1; column < columns; column++) {
      const cells = bodyRows(table).map((r) => cellTexts(r)[column] ?? '');
      const decimals = new Set(cells.filter((c) => /\d/.test(c)).map((c) => /\.(\d+)/.exec(c)?.[1]?.length ?? 0));
      expect(decimals.size, `column ${column}: ${cells.join(' ')}`).toBe(1);
    }
  });

  it('groups the thousands of four-digit numbers in a column that has longer ones, in Russian', async () => {
    renderApp('/regions?lang=ru');
    const table = await screen.findByTestId('regions-table');
    await waitFor(() => expect(bodyRows(table)).toHaveLength(20));
    const rows = bodyRows(table).map(cellTexts);
    const volunteers = rows.map((cells) => cells[2] ?? '');
    // Ulytau's "2448" stood under "11 118": its thousands under the other's space.
    expect(volunteers.some((v) => /^\d{1,3}\u00a0\d{3}\u00a0\d{3}$|^\d{2,3}\u00a0\d{3}$/.test(v))).toBe(true);
    for (const v of volunteers) expect(v, 'a four-digit figure left whole').not.toMatch(/^\d{4}$/);
    expect(rows.find((cells) => cells[0] === 'область Ұлытау')?.[2]).toMatch(/^\d\u00a0\d{3}$/);
  });

  it('per 10 000 residents, writes a column of small rates with the decimals that tell them from zero', async () => {
    renderApp('/regions?lang=en&per=10k&direction=ecology');
    const table = await screen.findByTestId('regions-table');
    await waitFor(() => expect(bodyRows(table)).toHaveLength(20));
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent ?? '');
    const organisations = headers.findIndex((h) => /organisations/i.test(h));
    expect(organisations).toBeGreaterThan(0);
    const column = [...bodyRows(table), within(table.querySelector('tfoot') as HTMLElement).getByRole('row')].map(
      (row) => cellTexts(row)[organisations] ?? '',
    );
    // Astana's 8 ecology organisations among 1.6 million residents read "0.0" before: none, to a reader.
    for (const cell of column) expect(cell, 'a rate written as none').not.toMatch(/^0\.0*$/);
    for (const cell of column) expect(cell).toMatch(/^\d+\.\d{2,3}$/);
  });

  it('is per 10 000 residents when the directions pages were: the choice goes with the reader, as `per=10k` in the links', async () => {
    renderApp('/directions?lang=en&per=10k');
    const nav = await screen.findByRole('navigation', { name: /main|primary|sections/i });
    const toRegions = within(nav).getByRole('link', { name: 'Regions' });
    expect(new URL(toRegions.getAttribute('href') ?? '', 'http://x').searchParams.get('per')).toBe('10k');
    fireEvent.click(toRegions);
    const table = await screen.findByTestId('regions-table');
    await waitFor(() => expect(within(table).getAllByRole('columnheader')[2]).toHaveTextContent('Volunteers per 10,000'));
    expect(screen.getByRole('checkbox', { name: 'Per 10,000 residents' })).toBeChecked();
    // Unticked, the table is in counts, and the link the reader copies says so.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Per 10,000 residents' }));
    await waitFor(() => expect(within(table).getAllByRole('columnheader')[2]).toHaveTextContent(/^Volunteers/));
    expect(within(table).getAllByRole('columnheader')[2]).not.toHaveTextContent('per 10,000');
    expect(new URLSearchParams(window.location.search).get('per')).toBeNull();
  });

  it('reads the older link `perCapita=1` as per 10 000 residents, and writes the new one when changed', async () => {
    renderApp('/regions?lang=en&perCapita=1');
    const table = await screen.findByTestId('regions-table');
    await waitFor(() => expect(within(table).getAllByRole('columnheader')[2]).toHaveTextContent('Volunteers per 10,000'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Per 10,000 residents' }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('perCapita')).toBeNull());
    fireEvent.click(screen.getByRole('checkbox', { name: 'Per 10,000 residents' }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('per')).toBe('10k'));
    expect(new URLSearchParams(window.location.search).get('perCapita')).toBeNull();
  });

  it('downloads as CSV exactly the rows, order and rounding on screen', async () => {
    const downloads = captureDownloads();
    renderApp('/regions?lang=en&perCapita=1&sort=-growth');
    const table = await screen.findByTestId('regions-table');
    await waitFor(() => expect(bodyRows(table)).toHaveLength(20));
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(downloads.createObjectURL).toHaveBeenCalledOnce();
    // The demo API's figures: the file says so in its name, as the screen does with its badge.
    expect(downloads.names).toEqual([expect.stringMatching(/-demo\.csv$/)]);
    const lines = await downloads.lines();
    expect(lines).toHaveLength(1 + 20 + 1);
    const header = parseCsvLine(lines[0] ?? '');
    expect(header[0]).toBe('Region');
    // The columns on screen, and one more: which populations are estimates (on screen, a ≈ in the cell).
    expect(header).toHaveLength(within(table).getAllByRole('columnheader').length + 1);
    expect(header[2]).toBe('Population is an estimate');
    const shown = [...bodyRows(table), within(table.querySelector('tfoot') as HTMLElement).getByRole('row')].map(cellTexts);
    lines.slice(1).forEach((line, i) => {
      const [name = '', population = '', estimated = '', ...rest] = parseCsvLine(line);
      const [shownName, shownPopulation = '', ...shownRest] = shown[i] ?? [];
      expect(name).toBe(shownName);
      const approximate = shownPopulation.startsWith('≈');
      expect(estimated).toBe(i === 20 ? '' : approximate ? 'yes' : 'no');
      // Every number in the file is the number on screen, without the thousands separators and signs of display.
      const number = (text: string) => Number(text.replace(/,/g, '').replace('\u2212', '-').replace('+', ''));
      expect(Number(population)).toBe(number(shownPopulation.replace(/^≈\u202f(.*) \(estimate\)$/, '$1')));
      rest.forEach((cell, j) => expect(Number(cell)).toBe(number(shownRest[j] ?? '')));
    });
  });
});

describe('regions table growth', () => {
  for (const [compare, base, file] of [
    ['previous', 'April 2025', 'regions-2025-05-2025-05-vs-2025-04-2025-04-demo.csv'],
    ['yearAgo', 'May 2024', 'regions-2025-05-2025-05-vs-2024-05-2024-05-demo.csv'],
  ] as const) {
    it(`names what the growth is compared with (compare=${compare}) on screen, in the CSV's header and in its name`, async () => {
      const downloads = captureDownloads();
      renderApp(`/regions?lang=en&period=2025-05&compare=${compare}`);
      const table = await screen.findByTestId('regions-table');
      await waitFor(() => expect(bodyRows(table)).toHaveLength(20));
      const header = `Volunteer growth, % (compared with ${base})`;
      expect(within(table).getByRole('columnheader', { name: new RegExp(`^${header.replace(/[()]/g, '\\$&')}`) })).toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
      await waitFor(() => expect(downloads.names).toEqual([file]));
      expect((await downloads.rows())[0]?.at(-1)).toBe(header);
    });
  }
});

describe('map picture', () => {
  it('of a growth names the period it is compared with, in its subtitle and its file name', async () => {
    const downloads = captureDownloads();
    renderApp('/?lang=ru&period=2025-Q2&compare=yearAgo&metric=growth&direction=ecology');
    const group = await screen.findByRole('group', { name: 'Скачать карту: Прирост числа волонтёров, % · Экологическое волонтёрство' });
    fireEvent.click(within(group).getByRole('button', { name: 'SVG' }));
    await waitFor(() => expect(downloads.names).toEqual(['map-growth-ecology-2025-04-2025-06-vs-2024-04-2024-06.svg']));
    const texts = [
      ...new DOMParser().parseFromString((await downloads.blobs[0]?.text()) ?? '', 'image/svg+xml').querySelectorAll('text'),
    ].map((t) => t.textContent?.replace(/\u00a0/g, ' '));
    expect(texts).toContain('Апрель – июнь 2025 г.; сравнение: апрель – июнь 2024 г.');
  });

  it('of a count names its period alone', async () => {
    const downloads = captureDownloads();
    renderApp('/?lang=en&period=2025-Q2&compare=yearAgo');
    const group = await screen.findByRole('group', { name: 'Download the map: Volunteers' });
    fireEvent.click(within(group).getByRole('button', { name: 'SVG' }));
    await waitFor(() => expect(downloads.names).toEqual(['map-volunteers-2025-04-2025-06.svg']));
    const svg = (await downloads.blobs[0]?.text()) ?? '';
    expect(svg).toContain('>April – June 2025<');
  });
});

describe('region page', () => {
  it('shows the region by name, its KPIs, rank among 20 and the national comparison', async () => {
    const detail = await client().get('region', { code: 'KZ-62', period: 'ytd', compare: 'previous' });
    renderApp('/regions/KZ-62?lang=en&metric=volunteersPer10k');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ulytau Region' })).toBeInTheDocument();
    const volunteers = detail.kpis.find((k) => k.metric === 'volunteers')?.value ?? -1;
    expect(await screen.findByTestId('region-kpi-volunteers')).toHaveTextContent(en(volunteers));
    expect(screen.getByTestId('region-rank-volunteers')).toHaveTextContent(`Rank ${detail.ranks.volunteers} of 20 regions`);
    expect(screen.getByText(`${en((volunteers / 218_993) * 10_000, 1)} per 10,000 residents`, { exact: false })).toBeInTheDocument();
    // The change on the comparison period in words, the arrow repeating its direction.
    const previous = detail.kpis.find((k) => k.metric === 'volunteers')?.previous ?? -1;
    const tile = screen.getByTestId('region-kpi-volunteers').closest('li') as HTMLElement;
    const percent = (((volunteers - previous) / previous) * 100).toFixed(1);
    const sign = volunteers >= previous ? '+' : '−';
    expect(tile.querySelector('.kpi-tile__change')).toHaveTextContent(
      `${volunteers >= previous ? 'up' : 'down'} ${percent.replace('-', '')}% (${sign}${en(Math.abs(volunteers - previous))}) on the previous period`,
    );
    expect(tile.querySelector('.kpi-tile__arrow [data-shape]')).toHaveAttribute('data-shape', volunteers >= previous ? 'up' : 'down');
    // The figures of one line are written alike: the same decimals each, "65.0" beside "46.6", "0.68" beside "0.42", "1.0%" beside "0.7%".
    const lines = [...document.querySelectorAll('.region-kpi__national')].map((p) => p.textContent ?? '');
    expect(lines.length).toBeGreaterThan(6);
    for (const line of lines) {
      const rates = /^\d[\d,]*\.(\d+) per 10,000 residents \(national \d[\d,]*\.(\d+); rank \d+ of 20\)$/.exec(line);
      if (rates) expect(rates[1]?.length, line).toBe(rates[2]?.length);
      else expect(line).toMatch(/^\d+\.\d% of the national total$/);
    }
    // Ulytau's organisations: 0.68 against the country's 0.41 per 10 000 ("0.7" and "0.4" before).
    expect(lines).toContainEqual(expect.stringMatching(/^0\.\d\d per 10,000 residents \(national 0\.\d\d; rank 1 of 20\)$/));
    // Two different rates never read alike ("2.0 (national 2.0)").
    for (const line of lines) expect(line).not.toMatch(/^([\d.,]+) per 10,000 residents \(national \1;/);
    // Last by count, yet ranked per resident as the map per 10 000 residents orders the regions.
    const [regions, meta] = await Promise.all([client().get('regions', { period: 'ytd', compare: 'previous' }), client().get('meta')]);
    const population = new Map(meta.regions.map((r) => [r.code, r.population]));
    // Per 10 000 residents to one decimal, as shown: equal figures share a rank, as on the map.
    const per10k = (value: number, residents: number) => Math.round((value / residents) * 100_000) / 10;
    const rates = regions.regions.map((r) => per10k(r.values.volunteers ?? 0, population.get(r.code) ?? 1));
    const ulytau = per10k(volunteers, 218_993);
    const perResidentRank = 1 + rates.filter((rate) => rate > ulytau).length;
    expect(perResidentRank).toBeLessThan(20);
    expect(tile).toHaveTextContent(`rank ${perResidentRank} of 20)`);
    // Breadcrumb back to the country keeps the view.
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Kazakhstan' })).toHaveAttribute('href', '/?lang=en&metric=volunteersPer10k');
    expect(within(crumbs).getByText('Ulytau Region')).toHaveAttribute('aria-current', 'page');
  });

  it('in Russian starts its heading, title and roadmap caption with a capital, the name kept as written elsewhere', async () => {
    renderApp('/regions/KZ-62?lang=ru');
    expect(await screen.findByRole('heading', { level: 1, name: 'Область Ұлытау' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Область Ұлытау — Front-Office Monitor'));
    const roadmap = await screen.findByTestId('region-roadmap');
    expect(roadmap.querySelector('caption')).toHaveTextContent(/^Область Ұлытау: вклад в показатели дорожной карты$/);
    // Among other names, as written: the breadcrumb's last step.
    const crumbs = screen.getByRole('navigation', { name: 'Навигационная цепочка' });
    expect(within(crumbs).getByText('область Ұлытау')).toHaveAttribute('aria-current', 'page');
  });

  it('says its indicator tiles are for every direction when the map below is filtered to one', async () => {
    renderApp('/regions/KZ-62?lang=ru&direction=ecology');
    const panel = (await screen.findByRole('heading', { level: 2, name: 'Показатели региона' })).closest('section') as HTMLElement;
    await within(panel).findByTestId('region-rank-volunteers');
    // Before, the tiles showed every direction's figures with no word, under a map of ecology alone.
    expect(
      within(panel).getByText(/По всем направлениям; карта ниже — только по направлению «Экологическое волонтёрство»\.$/),
    ).toBeInTheDocument();
  });

  it('in Russian keeps the official names as written in the regions table, a list of names', async () => {
    renderApp('/regions?lang=ru');
    const table = await screen.findByTestId('regions-table');
    await waitFor(() => expect(bodyRows(table)).toHaveLength(20));
    expect(within(table).getByRole('rowheader', { name: 'область Абай' })).toBeInTheDocument();
  });

  it('downloads the directions breakdown in the order shown, and the trend with what its columns measure', async () => {
    const downloads = captureDownloads();
    renderApp('/regions/KZ-62?lang=en');
    const panel = (await screen.findByRole('heading', { name: 'Breakdown by direction' })).closest('section') as HTMLElement;
    fireEvent.click(await within(panel).findByRole('button', { name: 'CSV (as shown)' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    const [header = [], ...rows] = await downloads.rows();
    expect(header[1]).toBe('Volunteers');
    const volunteers = rows.map((row) => Number(row[1]));
    expect(volunteers).toHaveLength(10);
    expect(volunteers).toEqual([...volunteers].sort((a, b) => b - a));
    // The bars say the same, in the same order: each name above its bar, "share · volunteers" at its end,
    // the ministry's four priorities starred and explained under the chart.
    const texts = [...panel.querySelectorAll('svg.share-bar-chart__svg text')].map((n) => n.childNodes[0]?.textContent ?? '');
    expect(texts).toHaveLength(20);
    const names = texts.filter((_, i) => i % 2 === 0);
    const unmarked = (shown: string) => shown.replace(/^★ /, '').replace(/…$/, '');
    names.forEach((shown, i) => expect(String(rows[i]?.[0]).startsWith(unmarked(shown)), `${shown} is row ${i}`).toBe(true));
    const meta = await client().get('meta');
    const priorities = meta.directions.filter((d) => d.ministryPriority).map((d) => d.name.en);
    expect(priorities).toHaveLength(4);
    expect(
      names
        .filter((n) => n.startsWith('★ '))
        .map((n) => unmarked(n))
        .sort(),
    ).toEqual([...priorities].sort());
    expect(texts.filter((_, i) => i % 2 === 1).map((end) => Number(end.split(' · ')[1]?.replace(/[^\d]/g, '')))).toEqual(volunteers);
    expect(within(panel).getByText(/^★ — one of the four priority directions/)).toBeVisible();

    // The trend's file names what its columns measure, which on the page only the title says.
    const trend = screen.getByRole('heading', { name: /^Monthly trend/ }).closest('section') as HTMLElement;
    fireEvent.click(await within(trend).findByRole('button', { name: 'CSV (as shown)' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(2));
    expect((await downloads.rows())[0]).toEqual([
      'Month',
      'Ulytau Region (volunteers per 10,000 residents)',
      'Kazakhstan (volunteers per 10,000 residents)',
    ]);

    // Drawn only when what it shows changes, the bars still follow the language.
    const russian = names.map((shown) => meta.directions.find((d) => d.name.en.startsWith(unmarked(shown)))?.name.ru ?? '?');
    fireEvent.click(screen.getByRole('link', { name: 'Русский' }));
    await waitFor(() => {
      const shown = [...panel.querySelectorAll('svg.share-bar-chart__svg text')]
        .filter((_, i) => i % 2 === 0)
        .map((n) => unmarked(n.childNodes[0]?.textContent ?? ''));
      expect(shown).toHaveLength(10);
      shown.forEach((name, i) => expect(name.length > 3 && russian[i]?.startsWith(name), `${name} ~ ${russian[i]}`).toBe(true));
    });
  });

  it("titles the breakdown with its period and names its change's base, and names both files after their months", async () => {
    const downloads = captureDownloads();
    renderApp('/regions/KZ-62?lang=en&period=2025-05&compare=yearAgo');
    const panel = (await screen.findByRole('heading', { name: 'Breakdown by direction' })).closest('section') as HTMLElement;
    // The picture's title (the download group is named by it) says when, as the country's breakdown does.
    expect(await within(panel).findByRole('group', { name: 'Download: Volunteers by direction: Ulytau Region, May 2025' })).toBeVisible();
    fireEvent.click(within(panel).getByRole('button', { name: 'CSV (as shown)' }));
    await waitFor(() => expect(downloads.names).toEqual(['directions-kz-62-2025-05-2025-05-vs-2024-05-2024-05-demo.csv']));
    expect((await downloads.rows())[0]).toContain('Change in volunteers, % (compared with May 2024)');

    const trend = screen.getByRole('heading', { name: /^Monthly trend/ }).closest('section') as HTMLElement;
    fireEvent.click(await within(trend).findByRole('button', { name: 'CSV (as shown)' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(2));
    // As the table shows them: the month in words, the rates to one decimal (they were "2025-01", 140.52307…).
    const rows = (await downloads.rows()).slice(1);
    expect(rows.length).toBeGreaterThan(1);
    for (const [, region = '', country = ''] of rows) {
      expect(region).toMatch(/^\d+(\.\d)?$/);
      expect(country).toMatch(/^\d+(\.\d)?$/);
    }
    const inWords = (iso: string) => {
      const [year = 0, month = 1] = iso.split('-').map(Number);
      return new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    };
    const [, first = '', last = ''] = /^trend-kz-62-(\d{4}-\d{2})-(\d{4}-\d{2})-demo\.csv$/.exec(downloads.names[1] ?? '') ?? [];
    expect([rows[0]?.[0], rows.at(-1)?.[0]]).toEqual([inWords(first), inWords(last)]);
  });

  it("writes the region's roadmap shares in the CSV with their unit, which on screen each cell carries", async () => {
    const downloads = captureDownloads();
    renderApp('/regions/KZ-62?lang=en');
    const table = await screen.findByTestId('region-roadmap');
    fireEvent.click(within(table.closest('[data-panel]') as HTMLElement).getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    expect((await downloads.rows())[0]?.at(-1)).toBe('Share of the national value, %');
  });

  it('shows the top organisations of the region from /organizations, searchable through the URL', async () => {
    const page = await client().get('organizations', { region: 'KZ-62', sort: '-volunteers', page: 1, pageSize: 10 });
    renderApp('/regions/KZ-62?lang=ru');
    const table = await screen.findByTestId('organizations-table');
    await waitFor(() => expect(bodyRows(table)).toHaveLength(Math.min(10, page.total)));
    expect(cellTexts(bodyRows(table)[0] as HTMLElement)[0]).toBe(page.items[0]?.name.ru);
    const first = page.items[0]?.name.ru ?? '';
    const word = first.split(' ')[0] ?? '';
    fireEvent.change(screen.getByRole('searchbox', { name: 'Поиск организации по названию' }), { target: { value: word } });
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('orgQ')).toBe(word));
    await waitFor(() => bodyRows(table).forEach((r) => expect(r.textContent?.toLowerCase()).toContain(word.toLowerCase())));
  });
  it("downloads the region's whole list of organisations, every page of it in the table's order, and says so when it cannot", async () => {
    const every = await client().get('organizations', { region: 'KZ-62', sort: '-volunteers', nameLang: 'ru', page: 1, pageSize: 100 });
    expect(every.total).toBeGreaterThan(10);
    const downloads = captureDownloads();
    renderApp('/regions/KZ-62?lang=en');
    const panel = (await screen.findByTestId('organizations-table')).closest('[data-panel]') as HTMLElement;
    fireEvent.click(await within(panel).findByRole('button', { name: 'Download the whole list (CSV)' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    expect(downloads.names[0]).toMatch(/^organisations-kz-62-\d{4}-\d{2}-\d{2}-demo\.csv$/);
    const [header, ...rows] = await downloads.rows();
    expect(header).toEqual(['Name', 'Direction', 'Volunteers', 'Active projects', 'Registered']);
    expect(rows.map((r) => r[0])).toEqual(every.items.map((o) => o.name.ru));
    expect(rows.map((r) => Number(r[2]))).toEqual(every.items.map((o) => o.volunteers));

    server.use(http.get('*/api/v1/organizations', () => new HttpResponse('down', { status: 503 })));
    fireEvent.click(within(panel).getByRole('button', { name: 'Download the whole list (CSV)' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(/^The list could not be downloaded: .*\/organizations.*503/);
    expect(downloads.blobs).toHaveLength(1);
  });

  it("prints the region's whole list of organisations when asked, in the table's order, drops it after printing, and says so when it cannot", async () => {
    const every = await client().get('organizations', { region: 'KZ-62', sort: 'name', nameLang: 'ru', page: 1, pageSize: 100 });
    expect(every.total).toBeGreaterThan(10);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    try {
      renderApp('/regions/KZ-62?lang=en&orgSort=name');
      const panel = (await screen.findByTestId('organizations-table')).closest('[data-panel]') as HTMLElement;
      await waitFor(() => expect(bodyRows(screen.getByTestId('organizations-table'))).toHaveLength(10));
      // What a page printed without it holds, said on paper.
      expect(
        within(panel).getByText(
          `On paper, organisations 1–10 of ${every.total} only. To print every one, use “Print the whole list” on the page.`,
        ),
      ).toBeInTheDocument();
      expect(screen.queryByTestId('organizations-whole-list')).toBeNull();

      fireEvent.click(within(panel).getByRole('button', { name: 'Print the whole list' }));
      await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
      const whole = screen.getByTestId('organizations-whole-list');
      expect(bodyRows(whole).map((r) => cellTexts(r)[0])).toEqual(every.items.map((o) => o.name.ru));
      expect(within(whole).getByText(`Volunteer organisations in the region · ${every.total} organisations`)).toBeInTheDocument();
      window.dispatchEvent(new Event('afterprint'));
      await waitFor(() => expect(screen.queryByTestId('organizations-whole-list')).toBeNull());

      server.use(http.get('*/api/v1/organizations', () => new HttpResponse('down', { status: 503 })));
      fireEvent.click(within(panel).getByRole('button', { name: 'Print the whole list' }));
      expect(await within(panel).findByRole('alert')).toHaveTextContent(
        /^The whole list could not be loaded for printing: .*\/organizations.*503/,
      );
      expect(print).toHaveBeenCalledTimes(1);
    } finally {
      print.mockRestore();
    }
  });

  it('says so when no organisation matches, with no pager to turn through nothing; more than a page of them has its pager and count', async () => {
    renderApp('/regions/KZ-62?lang=en&orgQ=zzqqxx');
    expect(await screen.findByText('No organisations match “zzqqxx”.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();
    expect(screen.queryByText(/^Page 1 of 1/)).toBeNull();
    const page = await client().get('organizations', { region: 'KZ-62', sort: '-volunteers', page: 1, pageSize: 10 });
    // The region's whole list is more than a page: pages to turn, with their count.
    expect(page.total).toBeGreaterThan(10);
    window.history.pushState(null, '', '/regions/KZ-62?lang=en');
    window.dispatchEvent(new PopStateEvent('popstate'));
    const pager = await screen.findByRole('navigation', { name: 'Pages' });
    expect(pager).toHaveTextContent(`Page 1 of ${Math.ceil(page.total / 10)} · ${page.total} organisations`);
  });

  it('keeps the reader’s place when the page button pressed is disabled on the last or first page', async () => {
    const page = await client().get('organizations', { region: 'KZ-62', sort: '-volunteers', page: 1, pageSize: 10 });
    const pages = Math.ceil(page.total / 10);
    renderApp(`/regions/KZ-62?lang=en&orgPage=${pages - 1}`);
    const pager = await screen.findByRole('navigation', { name: 'Pages' });
    const next = within(pager).getByRole('button', { name: 'Next page' });
    const previous = within(pager).getByRole('button', { name: 'Previous page' });
    next.focus();
    fireEvent.click(next);
    // Before, focus stayed on the disabled button and fell to the page's body.
    await waitFor(() => expect(next).toBeDisabled());
    await waitFor(() => expect(document.activeElement).toBe(previous));
  });

  it("lists the region's own recent events, asked of the API for that region, not a filter of the national feed, and never another region's", async () => {
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const event = (id: string, region: string, subject: string, minutesAgo: number) => ({
      id,
      type: 'actionCompleted',
      at: at(minutesAgo),
      region,
      direction: 'ecology',
      subject,
    });
    const asked: (string | null)[] = [];
    server.use(
      http.get('*/activity', ({ request }) => {
        const region = new URL(request.url).searchParams.get('region');
        asked.push(region);
        // The national feed's newest 50 are all Almaty's: filtered here, Ulytau would show nothing.
        const events =
          region === 'KZ-62'
            ? // An API that does not filter as asked must not put Almaty's event on Ulytau's page.
              [
                event('u2', 'KZ-62', 'Ulytau clean-up', 5),
                event('x1', 'KZ-75', 'Almaty stray', 20),
                event('u1', 'KZ-62', 'Zhezkazgan food bank', 40),
              ]
            : Array.from({ length: 50 }, (_, i) => event(`a${i}`, 'KZ-75', `Almaty ${i}`, i));
        return HttpResponse.json({
          asOf: at(0),
          events,
          today: { requestOpened: 1, requestClosed: 1, actionCompleted: 2, organisationRegistered: 0 },
        });
      }),
    );
    renderApp('/regions/KZ-62?lang=en');
    const list = await screen.findByTestId('region-activity', {}, { timeout: 10_000 });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.region-activity__subject')?.textContent),
    ).toEqual(['Ulytau clean-up', 'Zhezkazgan food bank']);
    expect(asked).toContain('KZ-62');
  });
});

describe('names of activity events', () => {
  // One event of each type, in Ulytau, for the region page and the live feed alike.
  const TYPES = ['requestOpened', 'requestClosed', 'actionCompleted', 'organisationRegistered'] as const;
  beforeEach(() => {
    server.use(
      http.get('*/activity', () =>
        HttpResponse.json({
          asOf: new Date().toISOString(),
          events: TYPES.map((type, i) => ({
            id: `e${i}`,
            type,
            at: new Date(Date.now() - (i + 1) * 60_000).toISOString(),
            region: 'KZ-62',
            direction: 'ecology',
            subject: `Subject ${i}`,
          })),
          today: { requestOpened: 1, requestClosed: 1, actionCompleted: 1, organisationRegistered: 1 },
        }),
      ),
    );
  });

  it.each([
    ['en', ['Request for help opened', 'Request closed', 'Action completed', 'Organisation registered']],
    ['ru', ['Заявка на помощь открыта', 'Заявка закрыта', 'Акция проведена', 'Организация зарегистрирована']],
    ['kk', ['Көмекке өтінім ашылды', 'Өтінім жабылды', 'Акция өткізілді', 'Ұйым тіркелді']],
  ])('calls each event the same on a region page and on the live feed (%s)', async (lang, names) => {
    const regionPage = renderApp(`/regions/KZ-62?lang=${lang}`);
    const regionList = await screen.findByTestId('region-activity', {}, { timeout: 10_000 });
    const onRegionPage = within(regionList)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('time + span')?.textContent?.split(' · ')[0]);
    regionPage.unmount();

    renderApp(`/activity?lang=${lang}`);
    await waitFor(() => expect(document.querySelectorAll('.activity-event__type')).toHaveLength(TYPES.length));
    const onLiveFeed = [...document.querySelectorAll('.activity-event__type')].map((node) => node.textContent);

    expect(onRegionPage).toEqual(names);
    expect(onLiveFeed).toEqual(names);
  });
});

describe('a region not found, or no longer listed', () => {
  it.each([['/regions/KZ-99?lang=en'], ['/regions/%3Cscript%3E?lang=en']])('offers the 20 regions for %s', async (url) => {
    renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: 'Region not found' })).toBeInTheDocument();
    const links = within(await screen.findByTestId('region-links')).getAllByRole('link');
    expect(links).toHaveLength(20);
    expect(links.map((l) => l.textContent)).toContain('Ulytau Region');
    expect(screen.getByRole('link', { name: 'Ulytau Region' })).toHaveAttribute('href', '/regions/KZ-62?lang=en');
  });
  it('keeps an open region on screen when a later /meta leaves it out, and says so', async () => {
    const [meta, detail] = await Promise.all([
      client().get('meta'),
      client().get('region', { code: 'KZ-62', period: 'ytd', compare: 'previous' }),
    ]);
    const { queryClient } = renderApp('/regions/KZ-62?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ulytau Region' })).toBeInTheDocument();
    const volunteers = detail.kpis.find((k) => k.metric === 'volunteers')?.value ?? -1;
    await waitFor(() => expect(screen.getByTestId('region-kpi-volunteers')).toHaveTextContent(en(volunteers)));
    expect(screen.queryByTestId('region-unlisted')).toBeNull();

    const withoutUlytau = { ...meta, regions: meta.regions.filter((r) => r.code !== 'KZ-62') };
    server.use(http.get('*/api/v1/meta', () => HttpResponse.json(withoutUlytau)));
    await act(() => queryClient.refetchQueries({ queryKey: ['meta'] }));

    expect(await screen.findByTestId('region-unlisted')).toHaveTextContent(
      'The API’s latest list of regions leaves out “Ulytau Region” (KZ-62): the page shows the region as it was last listed.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Ulytau Region' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Region not found' })).toBeNull();
    expect(screen.getByTestId('region-kpi-volunteers')).toHaveTextContent(en(volunteers));
    // Every panel of the page goes on with the region as last listed: none calls its own figures unlisted.
    expect(screen.queryByText(/not in the list of regions/)).toBeNull();

    // Listed again: the notice goes.
    server.use(http.get('*/api/v1/meta', () => HttpResponse.json(meta)));
    await act(() => queryClient.refetchQueries({ queryKey: ['meta'] }));
    await waitFor(() => expect(screen.queryByTestId('region-unlisted')).toBeNull());
  });
});

describe('map panel', () => {
  const mapUnit = async (code: string) => {
    await waitFor(() => expect(document.querySelector(`[data-code="${code}"]`)).not.toBeNull(), { timeout: 5_000 });
    return document.querySelector(`[data-code="${code}"]`) as SVGElement;
  };

  it("says what failed when the map's picture cannot be made (its shapes did not load)", async () => {
    server.use(http.get('*/geo/kz-regions.topo.json', () => new HttpResponse('down', { status: 503 })));
    renderApp('/regions?lang=en');
    const downloads = await screen.findByRole('group', { name: /^Download the map: Volunteers/ }, { timeout: 10_000 });
    fireEvent.click(within(downloads).getByRole('button', { name: 'PNG' }));
    expect(await within(downloads).findByRole('alert')).toHaveTextContent('The picture could not be made: region map: HTTP 503.');
  });

  it('says which regions are highest, lowest and median, and lists all 20 from the highest', async () => {
    const [meta, regions] = await Promise.all([client().get('meta'), client().get('regions', { period: 'ytd', compare: 'previous' })]);
    renderApp('/?lang=en');
    const sorted = [...regions.regions].sort((a, b) => (b.values.volunteers ?? 0) - (a.values.volunteers ?? 0));
    const top = sorted[0]?.values.volunteers ?? 0;
    const bottom = sorted[19]?.values.volunteers ?? 0;
    expect(await screen.findByTestId('map-summary', {}, { timeout: 5_000 })).toHaveTextContent(
      `Highest: Almaty (${en(top)} volunteers). Lowest: Ulytau Region (${en(bottom)} volunteers).`,
    );
    // Twenty regions: the median lies halfway between the 10th and the 11th, and both are named.
    const [tenth, eleventh] = [sorted[9], sorted[10]];
    const nameOf = (code = '') => meta.regions.find((r) => r.code === code)?.name.en ?? code;
    const median = ((tenth?.values.volunteers ?? 0) + (eleventh?.values.volunteers ?? 0)) / 2;
    expect(screen.getByTestId('map-summary')).toHaveTextContent(
      `Median: ${en(Math.round(median))} volunteers (the middle of the ranking: ${nameOf(tenth?.code)} and ${nameOf(eleventh?.code)}).`,
    );
    const list = screen.getByRole('list', { name: 'Regions ranked: Volunteers' });
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(20);
    expect(links[0]).toHaveTextContent('Almaty');
    expect(links[19]).toHaveTextContent('Ulytau Region');
    expect(links[19]).toHaveAttribute('href', '/regions/KZ-62?lang=en');
  });

  it('names every region sharing the highest value, and counts many sharing the lowest (ru)', async () => {
    const regions = await client().get('regions', { period: 'ytd', compare: 'previous' });
    // Three regions at the top with 30 and twelve at the bottom with 5, as the demo's sport organisations had.
    const top = ['KZ-75', 'KZ-35', 'KZ-61'];
    const tied = {
      ...regions,
      regions: regions.regions.map((r, i) => ({
        ...r,
        values: { ...r.values, volunteers: top.includes(r.code) ? 30 : i < 12 + 3 && !top.includes(r.code) ? 5 : 10 + i },
      })),
    };
    const lowest = tied.regions.filter((r) => r.values.volunteers === 5).length;
    server.use(http.get('*/api/v1/regions', () => HttpResponse.json(tied)));
    renderApp('/?lang=ru');
    // Before: "Наибольшее значение: Карагандинская область (30)", one of three, not even the list's first.
    expect(await screen.findByTestId('map-summary', {}, { timeout: 5_000 })).toHaveTextContent(
      new RegExp(
        `^Наибольшее значение: город Алматы, [^,]+ и [^(]+ \\(30 волонтёров\\)\\. Наименьшее: ${lowest} регион(а|ов)? \\(5 волонтёров\\)\\.`,
      ),
    );
  });

  it('names as the middle of the ranking the two regions in the middle of the list shown, where several share the middle value', async () => {
    const regions = await client().get('regions', { period: 'ytd', compare: 'previous' });
    // Six regions tied at 500 across the middle (7th to 12th), the rest apart.
    const tied = {
      ...regions,
      regions: regions.regions.map((r, i) => ({
        ...r,
        values: { ...r.values, volunteers: i >= 6 && i < 12 ? 500 : i < 6 ? 1000 + i : 100 + i },
      })),
    };
    server.use(http.get('*/api/v1/regions', () => HttpResponse.json(tied)));
    renderApp('/?lang=en');
    const list = await screen.findByRole('list', { name: 'Regions ranked: Volunteers' }, { timeout: 5_000 });
    const names = within(list)
      .getAllByRole('link')
      .map((link) => link.querySelector('.fom-rc__name')?.textContent ?? '');
    expect(screen.getByTestId('map-summary')).toHaveTextContent(
      `Median: 500 volunteers (the middle of the ranking: ${names[9]} and ${names[10]}).`,
    );
  });

  it('writes the ranked list in Russian as a column: four-digit values grouped like the five-digit ones above them', async () => {
    renderApp('/?lang=ru');
    const list = await screen.findByRole('list', { name: 'Рейтинг регионов: Волонтёры' }, { timeout: 5_000 });
    const values = [...list.querySelectorAll('.fom-rc__value')].map((value) => value.textContent ?? '');
    expect(values).toHaveLength(20);
    expect(values[0]).toMatch(/^\d{2,3}\u00a0\d{3}$/);
    // "8891" under "11 118" put its thousands under the other's space.
    expect(values.filter((value) => /^\d\u00a0\d{3}$/.test(value)).length).toBeGreaterThan(0);
    for (const value of values) expect(value).toMatch(/^\d{1,3}(\u00a0\d{3})*$/);
    // The legend's bounds are a column too.
    for (const bound of document.querySelector('.fom-legend')?.textContent?.match(/\d[\d\u00a0]*/g) ?? []) {
      expect(bound.trim()).not.toMatch(/^\d{4}$/);
    }
  });

  it('recolours the same map when the metric changes, and keeps the metric in the URL', async () => {
    renderApp('/?lang=en');
    const ulytau = await mapUnit('KZ-62');
    const container = document.querySelector('.leaflet-container');
    const fills = () =>
      [...document.querySelectorAll('[data-code]')].map((el) => `${el.getAttribute('data-code')}:${el.getAttribute('fill')}`);
    const before = fills();
    const legendBefore = document.querySelector('.fom-legend')?.textContent;
    fireEvent.change(screen.getByRole('combobox', { name: 'Indicator' }), { target: { value: 'volunteersPer10k' } });
    // Written as the count and per=10k, the choice the regions table and the directions pages read too.
    expect(new URLSearchParams(window.location.search).get('metric')).toBe('volunteers');
    expect(new URLSearchParams(window.location.search).get('per')).toBe('10k');
    await waitFor(() => expect(document.querySelector('.fom-legend')?.textContent).not.toBe(legendBefore));
    expect(document.querySelector('.leaflet-container')).toBe(container);
    expect(document.querySelector('[data-code="KZ-62"]')).toBe(ulytau);
    expect(fills()).toHaveLength(20);
    expect(fills()).not.toEqual(before);
    expect(screen.getByRole('list', { name: 'Regions ranked: Volunteers per 10,000 residents' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
  });

  it('maps any metric the directions page links with: actions and open requests too, without a notice', async () => {
    renderApp('/directions?lang=en&metric=actions');
    fireEvent.click(await screen.findByRole('link', { name: 'Regions' }));
    await mapUnit('KZ-62');
    // Before, the header's link carried metric=actions to a map that did not know it: "not understood".
    expect(screen.getByRole('combobox', { name: 'Indicator' })).toHaveValue('actions');
    expect(screen.queryByText(/parameter in the link was not understood/)).toBeNull();
    expect(await screen.findByRole('list', { name: 'Regions ranked: Volunteer actions' })).toBeInTheDocument();
  });

  it('maps every count per 10 000 residents: a directions page per 10 000 links to organisations per 10 000, to two decimals', async () => {
    const [meta, regions] = await Promise.all([client().get('meta'), client().get('regions', { period: 'ytd', compare: 'previous' })]);
    renderApp('/directions?lang=en&metric=organisations&per=10k');
    fireEvent.click(await screen.findByRole('link', { name: 'Regions' }));
    await mapUnit('KZ-62');
    const select = screen.getByRole('combobox', { name: 'Indicator' });
    expect(select).toHaveValue('organisationsPer10k');
    const list = await screen.findByRole('list', { name: 'Regions ranked: Volunteer organisations per 10,000 residents' });
    const ulytau = regions.regions.find((r) => r.code === 'KZ-62')?.values.organisations ?? -1;
    const population = meta.regions.find((r) => r.code === 'KZ-62')?.population ?? -1;
    expect(
      within(list)
        .getByRole('link', { name: /Ulytau Region/ })
        .closest('li'),
    ).toHaveTextContent(en((ulytau / population) * 10_000, 2));
    // A count chosen on the map drops per=10k: the map, and the table beside it, show counts again.
    fireEvent.change(select, { target: { value: 'organisations' } });
    expect(new URLSearchParams(window.location.search).get('per')).toBeNull();
    expect(await screen.findByRole('list', { name: 'Regions ranked: Volunteer organisations' })).toBeInTheDocument();
  });

  it('opens a region with Enter on the map, carrying the view', async () => {
    renderApp('/?lang=ru&metric=growth&period=2025');
    fireEvent.keyDown(await mapUnit('KZ-71'), { key: 'Enter' });
    await waitFor(() => expect(window.location.pathname).toBe('/regions/KZ-71'));
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({ lang: 'ru', metric: 'growth', period: '2025' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Город Астана' })).toBeInTheDocument();
  });

  it('shows a hostile region name as text in the list, the summary and the map tooltip', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const meta = await client().get('meta');
    const tampered = {
      ...meta,
      regions: meta.regions.map((r) => (r.code === 'KZ-62' ? { ...r, name: { kk: hostile, ru: hostile, en: hostile } } : r)),
    };
    server.use(http.get('*/api/v1/meta', () => HttpResponse.json(tampered)));
    renderApp('/?lang=en');
    const unit = await mapUnit('KZ-62');
    expect(await screen.findByTestId('map-summary')).toHaveTextContent(`Lowest: ${hostile}`);
    expect(within(screen.getByRole('list', { name: 'Regions ranked: Volunteers' })).getByText(hostile)).toBeInTheDocument();
    fireEvent.focus(unit);
    await waitFor(() => expect(document.querySelector('.fom-tooltip')?.textContent).toContain(hostile));
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(unit.getAttribute('aria-label')).toContain(hostile);
  });
});

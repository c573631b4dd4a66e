import { fireEvent, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { createApiClient } from '../../src/api/client';
import { assessRoadmap, daysLeft } from '../../src/features/roadmap/model/forecast';
import { isOverdue } from '../../src/features/roadmap/model/measures';
import { captureDownloads } from '../capture-downloads';
import { astanaDate } from '../../src/lib/months';
import { renderApp, screen, TEST_API } from '../render-app';

const apiRoadmap = () => createApiClient({ baseUrl: TEST_API, timeoutMs: 5_000 }).get('roadmap');
/** English number formatting as the app writes it: 330,000 / 1.59%. */
const en = (unit: string, v: number) =>
  unit === 'percent' ? `${(Math.round(v * 100) / 100).toFixed(2)}%` : Math.round(v).toLocaleString('en-US');

// The page draws eight cards with charts and tables: slower than most pages in jsdom.
describe('roadmap page', { timeout: 20_000 }, () => {
  it('lists every indicator with its target, latest actual, forecast and status, as the forecast module computes them', async () => {
    const roadmap = await apiRoadmap();
    const { items, counts } = assessRoadmap(roadmap);
    renderApp('/roadmap?lang=en');
    const table = await screen.findByTestId('roadmap-indicators');
    expect(screen.getByRole('heading', { level: 1, name: 'Roadmap to 2026' })).toBeInTheDocument();
    expect(items).toHaveLength(8);
    for (const { indicator, assessment } of items) {
      const row = within(table).getByRole('rowheader', { name: indicator.name.en }).closest('tr');
      if (!row) throw new Error(`no row for ${indicator.id}`);
      expect(within(row).getByTestId(`row-target-${indicator.id}`)).toHaveTextContent(en(indicator.unit, assessment.target ?? NaN));
      expect(within(row).getByTestId(`row-latest-${indicator.id}`)).toHaveTextContent(en(indicator.unit, assessment.current?.value ?? NaN));
      expect(within(row).getByTestId(`row-forecast-${indicator.id}`)).toHaveTextContent(
        en(indicator.unit, assessment.forecast?.value ?? NaN),
      );
      const status = { onTrack: 'On track', atRisk: 'At risk', offTrack: 'Off track', unknown: 'Not enough data' }[assessment.status];
      expect(within(row).getByTestId(`row-status-${indicator.id}`)).toHaveTextContent(status);
      // The card says the same, and explains the status in words.
      expect(screen.getByTestId(`forecast-${indicator.id}`)).toHaveTextContent(en(indicator.unit, assessment.forecast?.value ?? NaN));
      expect(screen.getByTestId(`status-${indicator.id}`)).toHaveTextContent(status);
      expect(screen.getByTestId(`explain-${indicator.id}`).textContent).toMatch(/target/);
    }
    // The demo data is meant to show a mix of verdicts.
    expect(counts.onTrack).toBeGreaterThan(0);
    expect(counts.offTrack).toBeGreaterThan(0);
    expect(screen.getByTestId('roadmap-count-onTrack')).toHaveTextContent(String(counts.onTrack));
    expect(screen.getByTestId('roadmap-count-atRisk')).toHaveTextContent(String(counts.atRisk));
    expect(screen.getByTestId('roadmap-count-offTrack')).toHaveTextContent(String(counts.offTrack));
    expect(screen.getByText(/straight-line trend fitted by least squares to the last 12 complete months/)).toBeInTheDocument();
    expect(screen.getByText(/80% prediction interval/, { selector: '.rm-method p' })).toBeInTheDocument();
    expect(screen.getByTestId('demo-targets')).toHaveTextContent('Demo targets');
    // Two different percentages, each named for what it is: the way from the 2023 baseline on the card's
    // bar, the actual as a share of the target in its table of years (and in the table by region). A yearly
    // total starts again in January: its bar is the total so far against the target, and says so.
    const yearlyTotals = items.filter(({ indicator }) => !indicator.cumulative);
    expect(yearlyTotals.length).toBeGreaterThan(0);
    expect(screen.getAllByText('Way from the 2023 baseline to the 2026 target')).toHaveLength(8 - yearlyTotals.length);
    expect(screen.getAllByText('The 2026 total so far against the 2026 target')).toHaveLength(yearlyTotals.length);
    for (const { indicator } of items)
      expect(screen.getByTestId(`progress-${indicator.id}`)).toHaveTextContent(indicator.cumulative ? /% of the way$/ : /% of the target$/);
    expect(screen.getAllByRole('columnheader', { name: 'Actual as % of target' })).toHaveLength(8 + 1);
    expect(screen.getByTestId('roadmap-days-left')).toHaveTextContent(
      `${daysLeft(new Date())} days left until the end of the roadmap (31 December 2026)`,
    );
  });

  it("agrees with the overview's roadmap card", async () => {
    const { counts } = assessRoadmap(await apiRoadmap());
    const overview = renderApp('/?lang=en');
    const card = (await screen.findByRole('heading', { name: 'Roadmap to 2026' })).closest('section');
    if (!card) throw new Error('no card');
    const onCard = {
      onTrack: (await within(card).findByTestId('roadmap-count-onTrack')).textContent,
      atRisk: within(card).getByTestId('roadmap-count-atRisk').textContent,
      offTrack: within(card).getByTestId('roadmap-count-offTrack').textContent,
    };
    expect(onCard).toEqual({ onTrack: String(counts.onTrack), atRisk: String(counts.atRisk), offTrack: String(counts.offTrack) });
    const link = within(card).getByRole('link', { name: 'Open the roadmap' });
    expect(link).toHaveAttribute('href', '/roadmap?lang=en');
    overview.unmount();

    renderApp('/roadmap?lang=en');
    const panel = (await screen.findByRole('heading', { name: 'Status of the indicators' })).closest('section');
    if (!panel) throw new Error('no panel');
    expect({
      onTrack: (await within(panel).findByTestId('roadmap-count-onTrack')).textContent,
      atRisk: within(panel).getByTestId('roadmap-count-atRisk').textContent,
      offTrack: within(panel).getByTestId('roadmap-count-offTrack').textContent,
    }).toEqual(onCard);
  });

  it('shows the page in Kazakh and Russian with the same numbers', async () => {
    renderApp('/roadmap?lang=ru');
    expect(await screen.findByRole('heading', { level: 1, name: 'Дорожная карта до 2026 года' })).toBeInTheDocument();
    expect((await screen.findByTestId('row-target-volunteers')).textContent).toBe('330\u00a0000');
    expect(screen.getByTestId('row-status-volunteers')).toHaveTextContent('В графике');
    fireEvent.click(screen.getByRole('link', { name: 'Қазақша' }));
    expect(await screen.findByRole('heading', { level: 1, name: '2026 жылға дейінгі жол картасы' })).toBeInTheDocument();
    expect(screen.getByTestId('row-status-volunteers')).toHaveTextContent('Жоспар бойынша');
    // The targets' and latest values' columns hold five- and six-digit figures: their four-digit ones are
    // grouped too, "1 750" under "10 000", not "1750".
    for (const column of ['row-target-', 'row-latest-', 'row-forecast-']) {
      const cells = screen.getAllByTestId(new RegExp(`^${column}`)).map((cell) => cell.textContent ?? '');
      expect(
        cells.some((text) => /^\d{2,3}\u00a0\d{3}$/.test(text)),
        column,
      ).toBe(true);
      for (const text of cells) expect(text, column).not.toMatch(/^\d{4}$/);
    }
  });

  it('names the days a yearly total sums as one range with its year once, to today, in Russian and Kazakh', async () => {
    const roadmap = await apiRoadmap();
    const flow = roadmap.indicators.find((i) => !i.cumulative);
    if (!flow) throw new Error('the demo roadmap has no yearly total');
    const months = () => screen.getByTestId(`row-latest-${flow.id}`).nextElementSibling?.textContent ?? '';
    renderApp('/roadmap?lang=ru');
    await screen.findByTestId(`row-latest-${flow.id}`);
    // "янв. 2026 – дек. 2026" said the year twice, as no other range on screen does; and a total of a year
    // still under way runs to today (the demo's 22 November), not to the end of its month.
    expect(months().replace(/\s/g, ' ')).toBe('1 января – 22 ноября 2026 г.');
    fireEvent.click(screen.getByRole('link', { name: 'Қазақша' }));
    await waitFor(() => expect(months()).toMatch(/^2026\s?ж\.\s?1\s?қаңтар – 22\s?қараша$/));
  });

  it("says a level's target is reached 'for now' before December, and a yearly total's 'met' once reached", async () => {
    const roadmap = await apiRoadmap();
    // Volunteers, a level, above its 2026 target; people helped, a yearly total, above its own.
    const raise = (id: string, by: number) => (i: (typeof roadmap.indicators)[number]) =>
      i.id !== id
        ? i
        : { ...i, actuals: i.actuals.map((p) => (p.month.startsWith('2026-') && p.value !== null ? { ...p, value: p.value * by } : p)) };
    const level = roadmap.indicators.find((i) => i.cumulative);
    const total = roadmap.indicators.find((i) => !i.cumulative);
    if (!level || !total) throw new Error('the demo roadmap lacks a level or a yearly total');
    const raised = { ...roadmap, indicators: roadmap.indicators.map(raise(level.id, 2)).map(raise(total.id, 2)) };
    server.use(http.get('*/api/v1/roadmap', () => HttpResponse.json(raised)));
    renderApp('/roadmap?lang=en');
    const yearRow = async (id: string) => {
      const card = await screen.findByTestId(`explain-${id}`);
      const table = card.closest('.rm-card')?.querySelector('table');
      if (!table) throw new Error(`no table of years for ${id}`);
      return within(table).getByRole('rowheader', { name: '2026' }).closest('tr') as HTMLElement;
    };
    expect(await yearRow(level.id)).toHaveTextContent('target reached for now');
    expect(await yearRow(total.id)).toHaveTextContent(/met$/);
  });

  it("writes a year table's four-digit numbers grouped in a column that has longer ones, as the status table does (ru)", async () => {
    renderApp('/roadmap?lang=ru');
    const card = await screen.findByTestId('explain-silverVolunteers');
    const table = card.closest('.rm-card')?.querySelector('table');
    if (!table) throw new Error('no table of years');
    // Targets 6 500, 8 000 and 10 000: "8000" above "10 000" before.
    const targets = [...table.querySelectorAll('tbody tr')].map((row) => row.querySelectorAll('td')[0]?.textContent ?? '');
    expect(targets.slice(1).map((text) => text.replace(/\s/g, ' '))).toEqual(['6 500', '8 000', '10 000']);
  });

  it('marks overdue measures in words, filters them through the URL and sorts them', async () => {
    const roadmap = await apiRoadmap();
    const overdue = roadmap.measures.filter((m) => isOverdue(m, '2026-11-22'));
    expect(overdue.length).toBeGreaterThan(1);
    renderApp('/roadmap?lang=en');
    const table = await screen.findByTestId('roadmap-measures');
    for (const m of roadmap.measures) {
      const cell = within(table).getByTestId(`measure-status-${m.id}`);
      if (overdue.includes(m)) expect(cell).toHaveTextContent('Overdue');
      else expect(cell).not.toHaveTextContent('Overdue');
    }
    fireEvent.click(screen.getByRole('checkbox', { name: 'Overdue only' }));
    expect(new URLSearchParams(window.location.search).get('overdue')).toBe('1');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual([...overdue].sort((a, b) => (a.deadline < b.deadline ? -1 : 1)).map((m) => m.title.en));
    expect(screen.getByTestId('measures-count')).toHaveTextContent(
      `${overdue.length} of ${roadmap.measures.length} measures shown; ${overdue.length} overdue`,
    );
    fireEvent.click(within(table).getByRole('button', { name: 'Sort by Done' }));
    expect(new URLSearchParams(window.location.search).get('msort')).toBe('-percentDone');
    const done = within(table)
      .getAllByRole('rowheader')
      .map((h) => roadmap.measures.find((m) => m.title.en === h.textContent)?.percentDone ?? -1);
    expect(done).toEqual([...done].sort((a, b) => b - a));
  });

  it('opens with filters from the URL', async () => {
    renderApp('/roadmap?lang=en&mstatus=done');
    const table = await screen.findByTestId('roadmap-measures');
    const statuses = within(table)
      .getAllByTestId(/^measure-status-/)
      .map((c) => c.textContent);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 'Done')).toBe(true);
    // Each with a check mark beside the word (a shape, not a character the font may lack).
    for (const cell of within(table).getAllByTestId(/^measure-status-/)) expect(cell.querySelector('[data-shape="check"]')).not.toBeNull();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('done');
  });

  it('shows progress by region for the indicator chosen in the URL', async () => {
    const roadmap = await apiRoadmap();
    const organisations = roadmap.indicators.find((i) => i.id === 'organisations');
    const astana = organisations?.byRegion?.find((r) => r.code === 'KZ-71');
    if (!astana || astana.actual === null || !astana.target2026) throw new Error('no regional data');
    renderApp('/roadmap?lang=en&indicator=organisations');
    expect(await screen.findByRole('combobox', { name: 'Indicator' })).toHaveValue('organisations');
    const table = screen.getByTestId('roadmap-regions');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(20);
    expect(within(table).getByTestId('region-progress-KZ-71')).toHaveTextContent(
      `${Math.round((astana.actual / astana.target2026) * 1000) / 10}%`,
    );
    // Actual ÷ the region's target (regions have no baseline), named so; the indicators table above measures progress to the target.
    expect(within(table).getByRole('columnheader', { name: 'Actual as % of target' })).toBeInTheDocument();
    expect(within(screen.getByTestId('roadmap-indicators')).getByRole('columnheader', { name: 'Progress to target' })).toBeInTheDocument();
  });

  it('counts the regions that reached their target, in the singular for one', async () => {
    const roadmap = await apiRoadmap();
    const organisations = roadmap.indicators.find((i) => i.id === 'organisations');
    if (!organisations?.byRegion) throw new Error('no regional split of organisations');
    organisations.byRegion = organisations.byRegion.map((r, i) => ({
      ...r,
      actual: r.target2026 === null ? r.actual : i === 0 ? r.target2026 : r.target2026 / 2,
    }));
    server.use(http.get('*/api/v1/roadmap', () => HttpResponse.json(roadmap)));
    renderApp('/roadmap?lang=en&indicator=organisations');
    expect(await screen.findByTestId('regional-met', {}, { timeout: 10_000 })).toHaveTextContent(
      /^1 of 20 regions has reached its target$/,
    );
  });

  it('leaves out, and names, progress for a region not in the list of regions', async () => {
    const roadmap = await apiRoadmap();
    const organisations = roadmap.indicators.find((i) => i.id === 'organisations');
    if (!organisations?.byRegion) throw new Error('no regional split of organisations');
    // A mistyped code, far ahead of every real region: it took the first rank and its own row, named "KZ-99".
    organisations.byRegion.push({ code: 'KZ-99', actual: 900_000, target2026: 1_000 });
    server.use(http.get('*/api/v1/roadmap', () => HttpResponse.json(roadmap)));
    renderApp('/roadmap?lang=en&indicator=organisations');
    const table = await screen.findByTestId('roadmap-regions', {}, { timeout: 10_000 });
    const panel = table.closest<HTMLElement>('[data-panel="roadmap-regions"]');
    if (!panel) throw new Error('no regional panel');
    expect(within(panel).getByTestId('panel-unlisted-regions')).toHaveTextContent(
      'Figures came for 1 region that is not in the list of regions; they are left out: KZ-99.',
    );
    expect(within(table).getAllByRole('rowheader')).toHaveLength(20);
    expect(table).not.toHaveTextContent('KZ-99');
  });

  it("ranks a region's roadmap progress among the listed regions alone, none behind a region not in the list", async () => {
    const roadmap = await apiRoadmap();
    const split = roadmap.indicators.filter((i) => i.byRegion);
    for (const indicator of split) indicator.byRegion?.push({ code: 'KZ-99', actual: 900_000, target2026: 1_000 });
    server.use(http.get('*/api/v1/roadmap', () => HttpResponse.json(roadmap)));
    // The region furthest along in the first split indicator is first of 20, not second behind "KZ-99".
    const first = split[0];
    const leader = [...(first?.byRegion ?? [])]
      .filter((r) => r.code !== 'KZ-99' && r.actual !== null && r.target2026)
      .sort((a, b) => (b.actual ?? 0) / (b.target2026 ?? 1) - (a.actual ?? 0) / (a.target2026 ?? 1))[0];
    if (!first || !leader) throw new Error('no regional split');
    renderApp(`/regions/${leader.code}?lang=en`);
    const table = await screen.findByTestId('region-roadmap', {}, { timeout: 10_000 });
    const row = within(table).getByRole('rowheader', { name: first.name.en }).closest('tr');
    expect(row).toHaveTextContent('1 of 20');
  });

  it('writes the regions’ figures in Russian as columns: four-digit ones grouped where five-digit ones are among them', async () => {
    renderApp('/roadmap?lang=ru&indicator=volunteers');
    const table = await screen.findByTestId('roadmap-regions', {}, { timeout: 10_000 });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent ?? '');
    for (const name of ['Факт', 'Цель на 2026 год']) {
      const column = headers.findIndex((text) => text.trim() === name);
      expect(column, name).toBeGreaterThan(0);
      const cells = within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.children[column]?.textContent ?? '');
      expect(
        cells.some((text) => /^\d{2,3}\u00a0\d{3}$/.test(text)),
        name,
      ).toBe(true);
      // "9441" under "11 119" put its thousands under the other's space.
      expect(
        cells.filter((text) => /^\d{4}$/.test(text)),
        name,
      ).toEqual([]);
    }
  });

  it("shows a region's contribution to the roadmap on the region page", async () => {
    const roadmap = await apiRoadmap();
    const split = roadmap.indicators.filter((i) => i.byRegion);
    renderApp('/regions/KZ-71?lang=en');
    const table = await screen.findByTestId('region-roadmap', {}, { timeout: 10_000 });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(split.map((i) => i.name.en));
    for (const indicator of split) {
      const mine = indicator.byRegion?.find((r) => r.code === 'KZ-71');
      if (!mine || mine.actual === null || !mine.target2026) throw new Error('no data for Astana');
      expect(within(table).getByTestId(`region-roadmap-progress-${indicator.id}`)).toHaveTextContent(
        `${Math.round((mine.actual / mine.target2026) * 1000) / 10}%`,
      );
    }
    // A region has no baseline of its own: its figure is the actual as a share of its target, and says so.
    expect(within(table).getByRole('columnheader', { name: 'Actual as % of target' })).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: /baseline/ })).toBeNull();
    expect(within(table).getByRole('link', { name: split[0]?.name.en ?? '' })).toHaveAttribute(
      'href',
      `/roadmap?lang=en&indicator=${split[0]?.id ?? ''}`,
    );
  });

  it("marks the month under way in an indicator's CSV, where its table marks the value", async () => {
    // 22 November 2026: an indicator counted at the end of each month has November under way.
    const { items } = assessRoadmap(await apiRoadmap());
    const id = items.find(({ assessment }) => assessment.current?.partial)?.indicator.id;
    if (!id) throw new Error('no indicator has a month under way');
    const downloads = captureDownloads();
    renderApp(`/roadmap?lang=en&view-${id}=table`);
    const card = await waitFor(() => {
      const found = document.querySelector<HTMLElement>(`[data-indicator="${id}"]`);
      if (!found) throw new Error(`no card ${id}`);
      return found;
    });
    const marked = await within(card).findByText(/\(month incomplete\)$/);
    expect(marked.closest('tr')?.querySelector('th')).toHaveTextContent('November 2026');
    fireEvent.click(within(card).getByRole('button', { name: 'CSV (as shown)' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    // Dated by its data, as the page's other files: the month under way changes it from day to day.
    expect(downloads.names[0]).toMatch(new RegExp(`^roadmap-${id.toLowerCase()}-2026-11-22-.*demo\\.csv$`));
    const months = (await downloads.rows()).slice(1).map((r) => r[0]);
    expect(months).toContain('2026-10');
    expect(months.filter((m) => m?.includes('incomplete'))).toEqual(['2026-11 (incomplete)']);
  });

  it('reports a failed /roadmap in its panels and keeps the page', async () => {
    server.use(
      http.get('*/api/v1/roadmap', () => HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503 }, { status: 503 })),
    );
    renderApp('/roadmap?lang=en');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts[0]).toHaveTextContent('/roadmap');
    expect(screen.getByRole('heading', { level: 1, name: 'Roadmap to 2026' })).toBeInTheDocument();
  });
  it('downloads the indicators with their 80 % interval as two numbers, not as the text on screen', async () => {
    const { items } = assessRoadmap(await apiRoadmap());
    const downloads = captureDownloads();
    renderApp('/roadmap?lang=en');
    const panel = (await screen.findByTestId('roadmap-indicators')).closest('[data-panel]') as HTMLElement;
    fireEvent.click(within(panel).getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    // Named by the day of its data (the latest actuals change from day to day): the demo clock's, in Astana.
    expect(downloads.names).toEqual([`roadmap-indicators-${astanaDate(new Date((await apiRoadmap()).asOf))}-demo.csv`]);
    const [header = [], ...rows] = await downloads.rows();
    const lower = header.indexOf('80% interval, lower bound');
    const upper = header.indexOf('80% interval, upper bound');
    expect(lower).toBeGreaterThan(0);
    expect(upper).toBe(lower + 1);
    expect(header).not.toContain('80% interval');
    // The progress is a bare number in the file: its header says it is in percent, which on screen its bar does.
    expect(header).toContain('Progress to target, %');
    // Bare numbers in the file: each row says its unit.
    const unit = header.indexOf('Unit');
    expect(unit).toBe(1);
    expect(rows.map((r) => r[unit])).toEqual(
      items.map(({ indicator }) => ({ percent: '%', people: 'people', count: 'number' })[indicator.unit]),
    );
    for (const { indicator, assessment } of items) {
      const row = rows.find((r) => r[0] === indicator.name.en);
      const f = assessment.forecast;
      if (!row || !f) throw new Error(`no row or forecast for ${indicator.id}`);
      const tolerance = indicator.unit === 'percent' ? 0.005 : 0.5;
      expect(Math.abs(Number(row[lower]) - f.lower)).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(Number(row[upper]) - f.upper)).toBeLessThanOrEqual(tolerance);
    }
  });
});

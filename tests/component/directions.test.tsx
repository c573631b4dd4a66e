import { fireEvent, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DIRECTION_NAMES } from '../../mocks/model/meta';
import { server } from '../../mocks/node';
import { createApiClient } from '../../src/api/client';
import { captureDownloads } from '../capture-downloads';
import { renderApp, screen, TEST_API, textOf } from '../render-app';

const NBSP = '\u00a0';
const api = () => createApiClient({ baseUrl: TEST_API, timeoutMs: 5_000 });
/** "17,6" → 17.6; "48 648" → 48648. */
const num = (text: string) =>
  Number(
    text
      .replace(/[\s\u00a0]/g, '')
      .replace('−', '-')
      .replace(',', '.'),
  );

const breakdownPanel = async () => {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Распределение по направлениям' }, { timeout: 10_000 });
  const panel = heading.closest('section');
  if (!panel) throw new Error('no breakdown panel');
  return panel;
};

const breakdownPanelEn = async () => {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Breakdown by direction' }, { timeout: 10_000 });
  const panel = heading.closest('section');
  if (!panel) throw new Error('no breakdown panel');
  return panel;
};

// Whole pages with lazy charts: slower than the 5 s default on a busy two-core machine.
const SLOW = 20_000;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('directions page', () => {
  it(
    'per 10 000 residents, the breakdown gives each direction the country’s rate, its shares and changes as before',
    async () => {
      const [directions, meta] = await Promise.all([api().get('directions'), api().get('meta')]);
      renderApp('/directions?lang=ru&metric=organisations&per=10k&bdtab=table');
      const panel = await breakdownPanel();
      const table = await within(panel).findByTestId('directions-table', {}, { timeout: 10_000 });
      const headers = [...table.querySelectorAll('thead th')].map(textOf);
      const valueColumn = headers.findIndex((h) => h.startsWith('Волонтёрские организации, на 10 000 жителей'));
      expect(valueColumn, headers.join(' | ')).toBeGreaterThan(0);
      const ecology = directions.directions.find((d) => d.id === 'ecology');
      const row = [...table.querySelectorAll('tbody tr')].find((r) => textOf(r.querySelector('th') as Element).includes('Экологическое'));
      const cell = row?.querySelectorAll('th, td')[valueColumn]?.textContent ?? '';
      // Before, the counts (57 921…) stayed whatever the page's choice.
      const rate = ((ecology?.values.organisations ?? NaN) / meta.nationalPopulation) * 10_000;
      expect(num(cell)).toBeCloseTo(rate, 2);
      expect(cell).toMatch(/^\d,\d{2}$/);
    },
    SLOW,
  );

  it(
    'lists all ten directions in Russian with shares that add up to 100, the same in the chart and the table',
    async () => {
      renderApp('/directions?lang=ru');
      const panel = await breakdownPanel();
      // The chart: every direction by its Russian name, with "share · value" at the end of its bar.
      await waitFor(() => expect(panel.querySelectorAll('svg.share-bar-chart__svg text').length).toBeGreaterThanOrEqual(20), {
        timeout: 10_000,
      });
      const texts = [...panel.querySelectorAll('svg.share-bar-chart__svg text')].map((n) => n.childNodes[0]?.textContent ?? '');
      const chartShares = new Map<string, number>();
      for (const [id, name] of Object.entries(DIRECTION_NAMES)) {
        const index = texts.findIndex(
          (s) => s.replace(/^★ /, '') === name.ru || (s.endsWith('…') && name.ru.startsWith(s.replace(/^★ /, '').slice(0, -1))),
        );
        expect(index, `${id} in the chart`).toBeGreaterThanOrEqual(0);
        const end = texts[index + 1] ?? '';
        expect(end).toMatch(new RegExp(`^\\d{1,2},\\d${NBSP}% · [\\d${NBSP}]+$`));
        chartShares.set(name.ru, num(end.split('%')[0] ?? ''));
      }
      const chartTotal = [...chartShares.values()].reduce((s, v) => s + v, 0);
      expect(Math.abs(chartTotal - 100)).toBeLessThan(0.05);
      // Ministry priorities carry a star, the others do not.
      expect(texts.filter((s) => s.startsWith('★ '))).toHaveLength(4);

      // The table: the same ten names, the same shares, a total of exactly 100.
      fireEvent.click(within(panel).getByRole('tab', { name: 'Таблица' }));
      const table = await within(panel).findByTestId('directions-table', {}, { timeout: 10_000 });
      const body = [...table.querySelectorAll('tbody tr')];
      expect(body).toHaveLength(10);
      const headers = [...table.querySelectorAll('thead th')].map(textOf);
      const shareColumn = headers.findIndex((h) => h.startsWith('Доля, %'));
      let tableTotal = 0;
      for (const row of body) {
        const name = (row.querySelector('th')?.textContent ?? '').replace(/^★[ \u00a0]/, '');
        const share = num(row.querySelectorAll('th, td')[shareColumn]?.textContent ?? '');
        expect(chartShares.get(name), name).toBe(share);
        tableTotal += share;
      }
      expect(Math.round(tableTotal * 10) / 10).toBe(100);
      const totals = table.querySelector('tfoot tr');
      expect(totals?.querySelectorAll('th, td')[shareColumn]?.textContent).toBe('100,0');
      expect(new URLSearchParams(window.location.search).get('bdtab')).toBe('table');
    },
    SLOW,
  );

  it(
    'shows the values from the API with their comparison and change',
    async () => {
      const data = await api().get('directions', { period: 'ytd', compare: 'yearAgo' });
      renderApp('/directions?lang=en&compare=yearAgo&bdtab=table');
      const table = await screen.findByTestId('directions-table', {}, { timeout: 10_000 });
      const ecology = data.directions.find((d) => d.id === 'ecology');
      const row = within(table)
        .getByRole('rowheader', { name: /Environmental volunteering/ })
        .closest('tr');
      if (!row || !ecology) throw new Error('no ecology row');
      const cells = [...row.querySelectorAll('td')].map((c) => c.textContent);
      expect(cells).toContain((ecology.values.volunteers ?? 0).toLocaleString('en'));
      expect(cells).toContain((ecology.previous.volunteers ?? 0).toLocaleString('en'));
      const headers = [...table.querySelectorAll('thead th')].map(textOf);
      expect(headers.some((h) => h.startsWith('Volunteers, 1 January – 22 November 2026'))).toBe(true);
      expect(headers.some((h) => h.startsWith('Volunteers, 1 January – 22 November 2025'))).toBe(true);
    },
    SLOW,
  );

  it(
    'says the trend compared with the same period last year in words and numbers',
    async () => {
      const summary = await api().get('summary', { period: 'ytd', compare: 'yearAgo' });
      const kpi = summary.kpis.find((k) => k.metric === 'volunteers');
      renderApp('/directions?lang=en&compare=yearAgo');
      const sentences = await screen.findByTestId('trends-sentences', {}, { timeout: 10_000 });
      const text = textOf(sentences);
      expect(text).toContain(`Kazakhstan: ${(kpi?.value ?? 0).toLocaleString('en')} on 22 November 2026`);
      expect(text).toMatch(/— (up|down) \d+(\.\d)?% \([+−][\d,]+\) on the same period last year \(22 November 2025: [\d,]+\)/);
      expect(text).toContain(`22 November 2025: ${(kpi?.previous ?? 0).toLocaleString('en')}`);
    },
    SLOW,
  );

  it(
    'states in the directions’ trend sentences the totals the breakdown beside them shows: the API’s, not sums of the months',
    async () => {
      const answer = await api().get('directions');
      const elderly = answer.directions.find((d) => d.id === 'elderly');
      if (!elderly) throw new Error('no elderly direction in the demo');
      // Totals the monthly series cannot add up to: the sentence shows which it states. The series' own
      // differed from the API's by a few (1,053 against 1,051) in a period ending today.
      elderly.values.volunteers = 54_321;
      elderly.previous.volunteers = 50_000;
      server.use(
        http.get('*/api/v1/directions', ({ request }) =>
          new URL(request.url).searchParams.get('region') === null ? HttpResponse.json(answer) : undefined,
        ),
      );
      renderApp('/directions?lang=en');
      const sentences = await screen.findByTestId('direction-trends-sentences', {}, { timeout: 10_000 });
      await waitFor(() => expect(sentences).toHaveTextContent(/54,321 .*— up 8\.6% \(\+4,321\) on the previous period \(.*: 50,000\)/));
    },
    SLOW,
  );

  it(
    "says under the trend's table that the month under way is so far and the month it is compared with whole",
    async () => {
      renderApp('/directions?lang=en&dttab=table');
      const table = await screen.findByTestId('direction-trends-table', {}, { timeout: 10_000 });
      const marked = within(table)
        .getAllByRole('rowheader')
        .filter((h) => h.textContent?.endsWith(' *'));
      expect(marked).toHaveLength(1);
      expect(
        screen.getByText(
          `* ${marked[0]?.textContent?.replace(' *', '')} is still under way: the value so far, beside the whole of the month it is compared with.`,
        ),
      ).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'keeps every panel up when the API adds a direction the dashboard does not know yet, and says it is left out',
    async () => {
      const [meta, directions] = await Promise.all([api().get('meta'), api().get('directions')]);
      const [first] = meta.directions;
      const [stats] = directions.directions;
      if (!first || !stats) throw new Error('the demo lacks directions');
      server.use(
        http.get('*/api/v1/meta', () =>
          HttpResponse.json({
            ...meta,
            directions: [...meta.directions, { ...first, id: 'robotics', name: { kk: 'Р', ru: 'Р', en: 'Robotics' } }],
          }),
        ),
        http.get('*/api/v1/directions', () =>
          HttpResponse.json({ ...directions, directions: [...directions.directions, { ...stats, id: 'robotics' }] }),
        ),
      );
      renderApp('/directions?lang=en&bdtab=table');
      const panel = await breakdownPanelEn();
      expect(await within(panel).findByTestId('panel-unknown-directions')).toHaveTextContent(
        '/directions: figures for directions this dashboard does not know yet (1) are left out.',
      );
      expect(within(panel).queryByRole('alert')).toBeNull();
      expect(panel).not.toHaveTextContent('Robotics');
      expect(document.querySelectorAll('[role="alert"]')).toHaveLength(0);
    },
    SLOW,
  );

  it(
    'states in the trend explorer’s sentences the API’s totals of the country within a direction and of each region chosen',
    async () => {
      const [directions, regions] = await Promise.all([api().get('directions'), api().get('regions', { direction: 'elderly' })]);
      const elderly = directions.directions.find((d) => d.id === 'elderly');
      const ulytau = regions.regions.find((r) => r.code === 'KZ-62');
      if (!elderly || !ulytau) throw new Error('the demo lacks elderly or Ulytau');
      elderly.values.volunteers = 54_321;
      elderly.previous.volunteers = 50_000;
      ulytau.values.volunteers = 1_234;
      ulytau.previous.volunteers = 1_000;
      server.use(
        http.get('*/api/v1/directions', () => HttpResponse.json(directions)),
        http.get('*/api/v1/regions', ({ request }) =>
          new URL(request.url).searchParams.get('direction') === 'elderly' ? HttpResponse.json(regions) : undefined,
        ),
      );
      renderApp('/directions?lang=en&direction=elderly&regions=KZ-62&per=10k');
      const sentences = await screen.findByTestId('trends-sentences', {}, { timeout: 10_000 });
      // Per 10,000 residents: Ulytau's 1,234 among its 218,993 residents, the country's 54,321 among 20,000,000 or so.
      await waitFor(() => expect(textOf(sentences)).toMatch(/Ulytau Region: 56\.3\d? .*— up 23\.4% \(\+10\.\d+\)/));
      expect(textOf(sentences)).toMatch(/Kazakhstan: \d+\.\d+ .*— up 8\.6% /);
    },
    SLOW,
  );

  it(
    'marks the month under way in the trend CSVs, as the table marks it with an asterisk, and no other month',
    async () => {
      const downloads = captureDownloads();
      // This year so far, on 22 November 2026: November is under way; compared with the same months of 2025.
      renderApp('/directions?lang=en&compare=yearAgo');
      // The country's trend has one series; the directions' four, the ministry's priorities.
      for (const [panelId, series] of [
        ['trends', 1],
        ['direction-trends', 4],
      ] as const) {
        const panel = await waitFor(() => {
          const found = document.querySelector<HTMLElement>(`[data-panel="${panelId}"]`);
          if (!found) throw new Error(`no ${panelId} panel`);
          return found;
        });
        const before = downloads.blobs.length;
        fireEvent.click(await within(panel).findByRole('button', { name: 'CSV (as shown)' }, { timeout: 10_000 }));
        await waitFor(() => expect(downloads.blobs).toHaveLength(before + 1));
        const [header = [], ...rows] = await downloads.rows();
        expect(header).toHaveLength(2 + 2 * series);
        expect(rows.map((r) => r[0])).toEqual([
          ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'].map((m) => `${m} 2026`),
          'November 2026 (incomplete)',
        ]);
        // The comparison month is a whole one.
        expect(header[1 + series]).toBe('Comparison month');
        expect(rows.at(-1)?.[1 + series]).toBe('November 2025');

        fireEvent.click(within(panel).getByRole('button', { name: 'CSV (full series)' }));
        await waitFor(() => expect(downloads.blobs).toHaveLength(before + 2));
        const full = (await downloads.rows()).slice(1).map((r) => r[0]);
        expect(full.at(-1)).toBe('2026-11 (incomplete)');
        expect(full.filter((m) => m?.includes('incomplete'))).toHaveLength(1);
      }
    },
    SLOW,
  );

  it(
    "names the trends' and the breakdown's files after the months shown and compared with, and the directions chosen",
    async () => {
      const downloads = captureDownloads();
      renderApp('/directions?lang=en&compare=yearAgo&dirs=ecology,elderly');
      // The trends by the months they draw; the breakdown, a total to today (the demo's 22 November), by its days.
      const months = '2026-01-2026-11-vs-2025-01-2025-11';
      for (const [panelId, name] of [
        ['trends', `trend-volunteers-${months}-kz`],
        ['direction-trends', `directions-trend-volunteers-${months}-ecology-elderly`],
        ['directions-breakdown', 'directions-volunteers-2026-01-2026-11-22-vs-2025-01-2025-11-22'],
      ] as const) {
        const panel = await waitFor(() => {
          const found = document.querySelector<HTMLElement>(`[data-panel="${panelId}"]`);
          if (!found) throw new Error(`no ${panelId} panel`);
          return found;
        });
        fireEvent.click(await within(panel).findByRole('button', { name: 'CSV (as shown)' }, { timeout: 10_000 }));
        await waitFor(() => expect(downloads.names.at(-1)).toBe(`${name}-demo.csv`));
      }
    },
    SLOW,
  );

  it(
    'in Russian the region picker and the trend sentences start a region’s official name with a capital',
    async () => {
      renderApp('/directions?lang=ru&regions=KZ-10');
      expect(await screen.findByRole('checkbox', { name: 'Область Абай' }, { timeout: 10_000 })).toBeChecked();
      const sentences = await waitFor(() => {
        const items = [...document.querySelectorAll('[data-testid="trends-sentences"] li')].map((li) => li.textContent ?? '');
        if (!items.some((item) => item.includes('Абай'))) throw new Error('no sentence for Abai yet');
        return items;
      });
      expect(sentences.find((item) => item.includes('Абай'))).toMatch(/^Область Абай: \d/);
    },
    SLOW,
  );

  it(
    'says when the fifth region is the limit, and clearing the choice leaves focus on the list, not the page',
    async () => {
      renderApp('/directions?lang=en&regions=KZ-10,KZ-11,KZ-15,KZ-75');
      const fifth = await screen.findByRole('checkbox', { name: 'Astana' }, { timeout: 10_000 });
      const limit = () => screen.getAllByRole('status').find((s) => s.classList.contains('trend-controls__hint'));
      expect(limit()).toHaveTextContent(/^$/);
      fireEvent.click(fifth);
      // Before, the other boxes fell out of the Tab order with no word said.
      await waitFor(() => expect(limit()).toHaveTextContent('At most 5 regions can be selected.'));
      const clear = screen.getByRole('button', { name: 'Show Kazakhstan as a whole' });
      clear.focus();
      fireEvent.click(clear);
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Show Kazakhstan as a whole' })).toBeNull());
      expect(document.activeElement?.tagName).toBe('SUMMARY');
      expect(limit()).toHaveTextContent(/^$/);
    },
    SLOW,
  );

  it(
    "captions the trend's table as two sentences, the second with its capital",
    async () => {
      renderApp('/directions?lang=en&trtab=table');
      const table = await screen.findByTestId('trends-table', {}, { timeout: 10_000 });
      expect(table.querySelector('caption')?.textContent?.replace(/\u00a0/g, ' ')).toBe(
        // The demo's today is 22 November: the months drawn run to it, not to the end of November.
        'Volunteers by month. All directions; 1 January – 22 November 2026',
      );
    },
    SLOW,
  );

  it(
    'writes a table of small rates per 10,000 to the decimals that show their trend, every cell alike',
    async () => {
      renderApp('/directions?lang=en&trtab=table&per=10k&metric=organisations&direction=ecology');
      const table = await screen.findByTestId('trends-table', {}, { timeout: 10_000 });
      const figures = [...table.querySelectorAll('tbody td')].map((cell) => cell.textContent ?? '').filter((text) => /^\d/.test(text));
      expect(figures.length).toBeGreaterThan(12);
      // About 0.06 ecology organisations per 10,000 residents: "0.06" in every month hid how they grew.
      for (const figure of figures) expect(figure).toMatch(/^0\.\d{3}$/);
      expect(new Set(figures).size).toBeGreaterThan(3);
      // The sentence above the table writes its figures to the table's places.
      expect(textOf(screen.getByTestId('trends-sentences'))).toMatch(/^Kazakhstan: 0\.\d{3} .*\(\+0\.\d{3,4}\).*: 0\.\d{3,4}\)\./);
    },
    SLOW,
  );

  it(
    'lists the leading regions of every direction',
    async () => {
      renderApp('/directions?lang=en');
      const table = await screen.findByTestId('leading-regions-table', {}, { timeout: 10_000 });
      expect(table.querySelectorAll('tbody tr')).toHaveLength(10);
      const first = table.querySelector('tbody tr');
      expect(first?.querySelectorAll('td')).toHaveLength(3);
      expect(first?.querySelector('td')?.textContent).toMatch(/[A-Za-z].*\d/);
    },
    SLOW,
  );

  it(
    'writes the leading regions’ figures as one column: four-digit ones grouped beside five-digit ones (ru)',
    async () => {
      renderApp('/directions?lang=ru');
      const table = await screen.findByTestId('leading-regions-table', {}, { timeout: 10_000 });
      await waitFor(() => expect(table.querySelectorAll('.leading-regions__value')).toHaveLength(30), { timeout: 10_000 });
      const values = [...table.querySelectorAll('.leading-regions__value')].map((v) => v.textContent ?? '');
      expect(values.some((v) => /^\d{2,3}\u00a0\d{3}$/.test(v))).toBe(true);
      // "9497" beside "13 141" before.
      for (const v of values) expect(v).not.toMatch(/^\d{4}$/);
    },
    SLOW,
  );

  it(
    'downloads the leading regions as the screen shows them: regions shown with the same rate share a rank, rates rounded as shown',
    async () => {
      const [meta, ecology] = await Promise.all([
        api().get('meta'),
        api().get('regions', { period: 'ytd', compare: 'previous', direction: 'ecology' }),
      ]);
      // Ecology's three most populous regions lead it: two at rates that differ only past the decimal shown.
      const [a, b, c] = [...meta.regions].sort((x, y) => y.population - x.population);
      if (!a || !b || !c) throw new Error('the demo has fewer than three regions');
      const volunteers = (population: number, rate: number) => Math.round((rate * population) / 10_000);
      const leaders = new Map([
        [a.code, volunteers(a.population, 500.04)],
        [b.code, volunteers(b.population, 500.01)],
        [c.code, volunteers(c.population, 480)],
      ]);
      server.use(
        http.get('*/regions', ({ request }) => {
          if (new URL(request.url).searchParams.get('direction') !== 'ecology') return undefined;
          return HttpResponse.json({
            ...ecology,
            regions: ecology.regions.map((r) => ({
              ...r,
              values: { ...r.values, volunteers: leaders.get(r.code) ?? r.values.volunteers },
            })),
          });
        }),
      );
      const downloads = captureDownloads();
      renderApp('/directions?lang=en&per=10k');
      const table = await screen.findByTestId('leading-regions-table', {}, { timeout: 10_000 });
      await waitFor(() => expect(table.querySelectorAll('.leading-regions__value')).toHaveLength(30), { timeout: 10_000 });
      const row = [...table.querySelectorAll('tbody tr')].find((tr) => textOf(tr).includes(DIRECTION_NAMES.ecology.en));
      const shown = [...(row?.querySelectorAll('.leading-regions__value') ?? [])].map((v) => v.textContent ?? '');
      expect(shown).toEqual(['500.0', '500.0', '480.0']);

      fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
      await waitFor(() => expect(downloads.blobs).toHaveLength(1));
      const [header, ...rows] = await downloads.rows();
      expect(header?.slice(1, 3)).toEqual(['Rank', 'Region']);
      expect(rows.filter((r) => r[0] === DIRECTION_NAMES.ecology.en).map((r) => r.slice(1))).toEqual([
        ['1', a.name.en, '500'],
        ['1', b.name.en, '500'],
        ['3', c.name.en, '480'],
      ]);
      // Every value in the file is the one on screen.
      for (const r of rows) expect(Number(r[3])).toBe(Number(Number(r[3]).toFixed(1)));
    },
    SLOW,
  );

  it(
    'opens one direction with its figures by region',
    async () => {
      renderApp('/directions/elderly?lang=ru');
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Помощь пожилым и одиноким людям' }, { timeout: 10_000 }),
      ).toBeInTheDocument();
      expect(screen.getByText(/Приоритетное направление министерства/)).toBeInTheDocument();
      const table = await screen.findByTestId('direction-regions-table', {}, { timeout: 10_000 });
      expect(table.querySelectorAll('tbody tr')).toHaveLength(20);
      expect(await screen.findByTestId('direction-stats', {}, { timeout: 10_000 })).toHaveTextContent(
        /по всей стране \d{2} \d{3} — \d+,\d % от всех направлений/,
      );
      // The map's picture is named as the regions' map's is: what is mapped, then the direction.
      expect(await screen.findByRole('group', { name: /^Скачать карту: / }, { timeout: 10_000 })).toHaveAccessibleName(
        'Скачать карту: Волонтёры · Помощь пожилым и одиноким людям',
      );
    },
    SLOW,
  );

  it(
    'writes small rates per 10 000 residents with the decimals they need, not as "0,0", and ranks them as shown',
    async () => {
      // Ecology's organisations are a few a region: hundredths or thousandths per 10 000 residents, all "0,1" or "0,0" before.
      const [regions, meta] = await Promise.all([api().get('regions', { direction: 'ecology' }), api().get('meta')]);
      const populationOf = new Map(meta.regions.map((r) => [r.code, r.population]));
      const smallest = Math.min(
        ...regions.regions.map((r) => ((r.values.organisations ?? 0) / (populationOf.get(r.code) ?? NaN)) * 10_000).filter((v) => v > 0),
      );
      // As many decimals as the smallest rate needs for a significant digit: two at least, three at most.
      const decimals = Math.min(3, Math.max(2, Math.ceil(-Math.log10(smallest))));
      renderApp('/directions/ecology?lang=ru&metric=organisations&per=10k');
      const table = await screen.findByTestId('direction-regions-table', {}, { timeout: 10_000 });
      const headers = [...table.querySelectorAll('thead th')].map((th) => textOf(th));
      const rateAt = headers.findIndex((h) => h.startsWith('На 10 000 жителей'));
      const rankAt = headers.findIndex((h) => h.startsWith('Место'));
      const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => textOf(td)));
      expect(rows).toHaveLength(20);
      const rates = rows.map((cells) => cells[rateAt] ?? '');
      for (const rate of rates) expect(rate).toMatch(new RegExp(`^0,\\d{${decimals}}$`));
      expect(rates).not.toContain(`0,${'0'.repeat(decimals)}`);
      // Equal as shown, equal in rank (1, 1, 1, 4…); more than the two ranks that one decimal left.
      const ranks = rows.map((cells) => Number(cells[rankAt]));
      expect(new Set(ranks).size).toBeGreaterThan(2);
      rows.forEach((cells, i) => {
        if (i > 0 && cells[rateAt] === rows[i - 1]?.[rateAt]) expect(ranks[i]).toBe(ranks[i - 1]);
        if (i > 0 && cells[rateAt] !== rows[i - 1]?.[rateAt]) expect(ranks[i]).toBe(i + 1);
      });
    },
    SLOW,
  );

  it(
    'shows a helpful page for an unknown direction',
    async () => {
      renderApp('/directions/knitting?lang=en');
      expect(await screen.findByRole('heading', { level: 1, name: 'Direction not found' }, { timeout: 10_000 })).toBeInTheDocument();
      expect(screen.getByText(/There is no direction “knitting”/)).toBeInTheDocument();
      expect(await screen.findByRole('link', { name: 'Help to elderly and lonely people' })).toHaveAttribute(
        'href',
        expect.stringContaining('/directions/elderly'),
      );
    },
    SLOW,
  );

  it(
    "moves between a chart and its table with the tabs' keys: arrows, Home and End",
    async () => {
      renderApp('/directions?lang=ru');
      const panel = await breakdownPanel();
      const chartTab = await within(panel).findByRole('tab', { name: 'График' }, { timeout: 10_000 });
      const tableTab = within(panel).getByRole('tab', { name: 'Таблица' });
      chartTab.focus();
      fireEvent.keyDown(chartTab, { key: 'End' });
      await waitFor(() => expect(tableTab).toHaveAttribute('aria-selected', 'true'));
      expect(tableTab).toHaveFocus();
      fireEvent.keyDown(tableTab, { key: 'Home' });
      await waitFor(() => expect(chartTab).toHaveAttribute('aria-selected', 'true'));
      expect(chartTab).toHaveFocus();
      fireEvent.keyDown(chartTab, { key: 'ArrowLeft' });
      await waitFor(() => expect(tableTab).toHaveFocus());
    },
    SLOW,
  );
});

describe("the overview's directions panel", () => {
  it(
    'says what its bars count and over which days, having no controls of its own for them (kk, en)',
    async () => {
      renderApp('/?lang=en');
      const subtitle = await screen.findByTestId('directions-compact-subtitle', {}, { timeout: 10_000 });
      // The demo's today is 22 November 2026.
      expect(textOf(subtitle)).toBe('Volunteers: share by direction, 1 January – 22 November 2026');
      fireEvent.click(screen.getByRole('link', { name: 'Қазақша' }));
      await waitFor(() =>
        expect(textOf(screen.getByTestId('directions-compact-subtitle'))).toMatch(/^Еріктілер: бағыттар бойынша үлес, 2026/),
      );
    },
    SLOW,
  );
});

/**
 * Hostile API data in the real app (msw/node): markup in names, free text and problem documents is
 * rendered as text and creates no element; absurd numbers show as "no data" and draw no broken line.
 */
import { waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getModel } from '../../mocks/model/cube';
import { server } from '../../mocks/node';
import { activityBody, metaBody, summaryBody } from '../../mocks/responses';
import { renderApp, screen } from '../render-app';
import { TEST_NOW } from './setup';

const XSS = '<img src=x onerror="window.pwned=1">';
const SCRIPT = '<script>window.pwned=2</script>';
const pwned = () => (window as unknown as { pwned?: number }).pwned;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: TEST_NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('hostile strings', () => {
  it('show literally in KPI names, the feed and its region and direction names, and create no element', async () => {
    // A copy: the demo model's own objects, renamed, would be every later test's names too.
    const meta = structuredClone(metaBody(getModel()));
    for (const r of meta.regions) r.name = { kk: XSS, ru: XSS, en: XSS };
    for (const d of meta.directions) d.name = { kk: SCRIPT, ru: SCRIPT, en: SCRIPT };
    for (const m of meta.metrics) if (m.id === 'volunteers') m.name = { kk: SCRIPT, ru: SCRIPT, en: SCRIPT };
    const feed = activityBody(getModel(), TEST_NOW.getTime() - 2 * 3_600_000);
    for (const e of feed.events) {
      e.subject = `${XSS}<b>bold</b>`;
      if (e.organization) e.organization.name = { kk: `${XSS}<b>bold</b>`, ru: `${XSS}<b>bold</b>` };
    }
    server.use(
      http.get('*/api/v1/meta', () => HttpResponse.json(meta)),
      http.get('*/api/v1/activity', () => HttpResponse.json(feed)),
    );

    const { container, unmount } = renderApp('/?lang=en');
    const tile = (await screen.findByTestId('kpi-volunteers')).closest('li');
    if (!tile) throw new Error('no tile');
    expect(within(tile).getByRole('heading', { level: 3 })).toHaveTextContent(SCRIPT);
    unmount();

    const page = renderApp('/activity?lang=en');
    const list = await screen.findByRole('list', { name: 'Events, newest first' });
    const first = within(list).getAllByRole('listitem')[0];
    expect(first?.querySelector('.activity-event__subject')?.textContent).toBe(`${XSS}<b>bold</b>`);
    expect(first?.querySelector('.activity-event__where')?.textContent).toBe(`${XSS} · ${SCRIPT}`);
    for (const root of [container, page.container]) expect(root.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(pwned()).toBeUndefined();
  });

  it('quotes a problem document full of markup as text', async () => {
    server.use(
      http.get('*/api/v1/summary', () =>
        HttpResponse.json(
          { type: 'about:blank', title: SCRIPT, status: 502, detail: XSS },
          { status: 502, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { container } = renderApp('/?lang=en');
    const panel = (await screen.findByRole('heading', { name: 'National indicators' })).closest('section');
    if (!panel) throw new Error('no KPI panel');
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent(`The server says: “${SCRIPT}: ${XSS}”`);
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
  });
});

describe('absurd numbers', () => {
  it('show as "no data", never as NaN or a broken sparkline, and the rest of the panel stays', async () => {
    const summary = summaryBody(getModel(), { range: { from: '2026-01', to: '2026-11' }, compare: 'previous' }) as unknown as {
      kpis: { metric: string; value?: number | null; previous?: number | null; series: { month: string; value: number | null }[] }[];
    };
    for (const k of summary.kpis) {
      if (k.metric === 'volunteers') {
        k.value = -5;
        k.series = k.series.map((p, i) => ({ ...p, value: i % 2 ? 1e308 : -3 }));
      }
      if (k.metric === 'organisations') k.value = 1e308;
      if (k.metric === 'projects') k.value = null;
      if (k.metric === 'actions') delete k.value;
      if (k.metric === 'peopleHelped') k.value = 5e10;
    }
    server.use(http.get('*/api/v1/summary', () => HttpResponse.json(summary)));
    const { container } = renderApp('/?lang=en');
    for (const metric of ['volunteers', 'organisations', 'projects', 'actions', 'peopleHelped']) {
      await waitFor(() => expect(screen.getByTestId(`kpi-${metric}`)).toHaveTextContent('no data'));
    }
    expect(screen.getByTestId('kpi-openRequests')).toHaveTextContent(/^\d/);
    const panel = container.querySelector<HTMLElement>('[data-panel="kpis"]');
    expect(panel?.textContent).not.toMatch(/NaN|Infinity|e\+/);
    const paths = [...container.querySelectorAll('.sparkline path')].map((p) => p.getAttribute('d') ?? '');
    expect(paths.filter((d) => /NaN|Infinity/.test(d))).toEqual([]);
    expect(within(panel as HTMLElement).queryByRole('alert')).toBeNull();
  });

  it('take more volunteers than the country has residents as "no data", and say why, on the overview and the wall', async () => {
    const summary = summaryBody(getModel(), { range: { from: '2026-01', to: '2026-11' }, compare: 'previous' });
    const volunteers = summary.kpis.find((k) => k.metric === 'volunteers');
    if (!volunteers) throw new Error('no volunteers KPI');
    // A plausible count on its own (under the contract's limit), and "up 3,307,131.8 %" on the tile before.
    volunteers.value = 9_900_000_000;
    server.use(http.get('*/api/v1/summary', () => HttpResponse.json(summary)));
    const { container, unmount } = renderApp('/?lang=en');
    await waitFor(() => expect(screen.getByTestId('kpi-volunteers')).toHaveTextContent('no data'));
    const panel = container.querySelector<HTMLElement>('[data-panel="kpis"]') as HTMLElement;
    expect(within(panel).getByTestId('panel-country-over-population')).toHaveTextContent(
      'More volunteers in the country than residents, which cannot be true: shown as no data.',
    );
    expect(panel).not.toHaveTextContent(/3,307,131|9,900,000,000/);
    expect(screen.getByTestId('kpi-organisations')).toHaveTextContent(/^\d/);
    unmount();

    renderApp('/wall?lang=en&scenes=kpi');
    await waitFor(() => expect(screen.getByTestId('wall-kpi-volunteers')).toHaveTextContent('no data'));
    expect(screen.getByTestId('panel-country-over-population')).toBeInTheDocument();
  });

  it('say which indicators an answer left out, on the overview and the wall; the wall shows no figure without its name', async () => {
    const summary = summaryBody(getModel(), { range: { from: '2026-01', to: '2026-11' }, compare: 'previous' });
    // Volunteers and people helped left out: before, two tiles of "no data" and not a word why.
    const kept = { ...summary, kpis: summary.kpis.filter((k) => k.metric !== 'volunteers' && k.metric !== 'peopleHelped') };
    server.use(http.get('*/api/v1/summary', () => HttpResponse.json(kept)));
    const { unmount } = renderApp('/?lang=en');
    expect(await screen.findByTestId('kpis-missing')).toHaveTextContent(
      'The answer from /summary has no figure for: Volunteers, People helped.',
    );
    unmount();
    const wall = renderApp('/wall?lang=ru&scenes=kpi');
    expect(await screen.findByTestId('kpis-missing')).toHaveTextContent(
      'В ответе /summary нет значений показателей: Волонтёры, Получили помощь.',
    );
    wall.unmount();

    // /meta failing: six numbers without their names were shown; now the scene waits for them.
    server.use(http.get('*/api/v1/meta', () => new HttpResponse('down', { status: 503 })));
    renderApp('/wall?lang=en&scenes=kpi');
    expect(await screen.findByTestId('wall-waiting')).toBeInTheDocument();
    expect(screen.queryByTestId('wall-kpi-organisations')).toBeNull();
  });

  it('turn today\'s absurd counters into "no data" without failing the feed', async () => {
    const feed = activityBody(getModel(), TEST_NOW.getTime() - 2 * 3_600_000) as unknown as { today: Record<string, number | undefined> };
    feed.today = { requestOpened: -3, requestClosed: 1e308, organisationRegistered: 2 };
    server.use(http.get('*/api/v1/activity', () => HttpResponse.json(feed)));
    renderApp('/activity?lang=en');
    await waitFor(() => expect(screen.getByTestId('today-organisationRegistered')).toHaveTextContent('2'));
    for (const type of ['requestOpened', 'requestClosed', 'actionCompleted'])
      expect(screen.getByTestId(`today-${type}`)).toHaveTextContent('no data');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await screen.findByRole('list', { name: 'Events, newest first' })).toBeInTheDocument();
  });
});

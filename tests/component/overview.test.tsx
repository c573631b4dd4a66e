import { fireEvent, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { createApiClient } from '../../src/api/client';
import { renderApp, screen, TEST_API } from '../render-app';

const NBSP = '\u00a0';
const apiSummary = () => createApiClient({ baseUrl: TEST_API, timeoutMs: 5_000 }).get('summary', { period: 'ytd', compare: 'previous' });

describe('overview', () => {
  it('shows the national KPIs from the API, formatted for Kazakh by default, with the demo label', async () => {
    const summary = await apiSummary();
    renderApp('/');
    const volunteers = summary.kpis.find((k) => k.metric === 'volunteers')?.value ?? 0;
    expect(volunteers).toBeGreaterThan(300_000);
    const tile = await screen.findByTestId('kpi-volunteers');
    expect(tile.textContent).toBe(volunteers.toLocaleString('en').replace(/,/g, NBSP));
    expect(screen.getByRole('heading', { level: 2, name: 'Ұлттық көрсеткіштер' })).toBeInTheDocument();
    expect(screen.getAllByText(/Демо деректер/).length).toBeGreaterThan(0);
    for (const id of ['organisations', 'projects', 'actions', 'peopleHelped', 'openRequests']) {
      expect(screen.getByTestId(`kpi-${id}`).textContent).toMatch(/^\d{1,3}(\u00a0\d{3})*$|^\d{1,4}$/);
    }
  });

  it('states each change in words and numbers', async () => {
    // A change of exactly 9 %: written "9.0%", as its neighbours' "10.4%" are.
    const real = await createApiClient({ baseUrl: TEST_API, timeoutMs: 5_000 }).get('summary', { period: 'ytd', compare: 'previous' });
    const kpis = real.kpis.map((k) =>
      k.metric === 'projects'
        ? { ...k, value: 1090, previous: 1000 }
        : k.metric === 'openRequests'
          ? { ...k, value: 1200, previous: 1000 }
          : k.metric === 'organisations'
            ? { ...k, value: 1000, previous: 1000 }
            : k.metric === 'volunteers'
              ? { ...k, value: 315_016, previous: 314_945 }
              : k,
    );
    server.use(http.get('*/api/v1/summary', () => HttpResponse.json({ ...real, kpis })));
    renderApp('/?lang=en');
    const tile = (await screen.findByTestId('kpi-volunteers')).closest('li');
    if (!tile) throw new Error('tile not found');
    // +71 on 314,945 is 0.02 %, "0.0%" once rounded: not "unchanged" beside a different number.
    expect(within(tile).getByText('practically unchanged (+71) on the previous period')).toBeInTheDocument();
    const organisations = (await screen.findByTestId('kpi-organisations')).closest('li');
    expect(organisations).toHaveTextContent('unchanged on the previous period');
    // Tiles read side by side write their changes alike: "9.0%" beside "10.4%", never "9%".
    const projects = (await screen.findByTestId('kpi-projects')).closest('li');
    await waitFor(() => expect(projects).toHaveTextContent(/up 9\.0% \(\+90\)/));
    await waitFor(() => expect(document.querySelectorAll('.kpi-tile__change').length).toBe(6));
    // The arrow's colour is good or bad news: open requests rising is red, as volunteers falling would be.
    const openRequests = (await screen.findByTestId('kpi-openRequests')).closest('li');
    expect(openRequests).toHaveTextContent('up 20.0% (+200) on the previous period');
    expect(openRequests?.querySelector('.kpi-tile__change')).toHaveClass('kpi-tile__change--worse');
    expect(projects?.querySelector('.kpi-tile__change')).toHaveClass('kpi-tile__change--better');
    for (const change of document.querySelectorAll('.kpi-tile__change')) {
      const percents = (change.textContent ?? '').match(/[\d.,]+%/g) ?? [];
      percents.forEach((p) => expect(p).toMatch(/^\d[\d,]*\.\d%$/));
    }
  });

  it('switches language from the header and keeps it in the URL', async () => {
    renderApp('/?lang=en');
    await screen.findByRole('heading', { name: 'National indicators' });
    fireEvent.click(screen.getByRole('link', { name: 'Русский' }));
    expect(await screen.findByRole('heading', { name: 'Национальные показатели' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('ru');
    expect(screen.getByRole('link', { name: 'Обзор' })).toHaveAttribute('href', expect.stringContaining('lang=ru'));
  });

  it('names the endpoint and the field when /summary has the wrong shape, and the header keeps working', async () => {
    server.use(
      http.get('*/api/v1/summary', () =>
        HttpResponse.json({
          asOf: '2026-11-22T09:30:00Z',
          period: { from: '2026-01', to: '2026-11' },
          comparison: { from: '2025-02', to: '2025-12' },
          kpis: [{ metric: 'volunteers' }],
        }),
      ),
    );
    renderApp('/?lang=en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('/summary');
    expect(alert).toHaveTextContent('kpis[0].series');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(await screen.findByTestId('as-of')).toHaveTextContent('22 November 2026');
  });

  it('shows a helpful page for an unknown address', async () => {
    renderApp('/no/such/page?lang=en');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the overview' })).toHaveAttribute('href', '/?lang=en');
  });

  it('reports a period it does not understand instead of breaking', async () => {
    renderApp('/?lang=en&period=last-decade');
    expect(await screen.findByText(/“period” parameter in the link was not understood/)).toBeInTheDocument();
    expect(await screen.findByTestId('kpi-volunteers')).toBeInTheDocument();
  });
});

/**
 * A refresh that changes nothing a chart draws does not draw it again: a recharts chart takes 10–30 ms,
 * and a page renders several times per refresh (queries start and stop fetching, the status light moves).
 * The region page's two charts (its trend in recharts, its direction bars in SVG) are wrapped in React
 * Profilers that count their renders while every query on the page is refetched; then one changed number
 * in the region's answer draws its direction bars again. Likewise /directions' trend lines.
 */
import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { createApiClient } from '../../src/api/client';
import type * as BarsModule from '../../src/components/share-bar-chart';
import type * as TrendModule from '../../src/features/regions/components/trend-line-chart';
import type * as LineChartModule from '../../src/components/line-chart';
import { renderApp, screen, TEST_API } from '../render-app';

const renders = vi.hoisted(() => ({ bars: 0, trend: 0, lines: 0 }));

vi.mock('../../src/components/share-bar-chart', async (importOriginal) => {
  const [actual, { withRenderCount }] = await Promise.all([importOriginal<typeof BarsModule>(), import('../count-renders')]);
  // The bars as the panels draw them (with the key to their stars under them): each render of these draws them anew.
  return { ...actual, ShareBarsWithKey: withRenderCount(actual.ShareBarsWithKey, () => void renders.bars++) };
});

vi.mock('../../src/features/regions/components/trend-line-chart', async (importOriginal) => {
  const [actual, { withRenderCount }] = await Promise.all([importOriginal<typeof TrendModule>(), import('../count-renders')]);
  return { TrendLineChart: withRenderCount(actual.TrendLineChart, () => void renders.trend++) };
});

vi.mock('../../src/components/line-chart', async (importOriginal) => {
  const [actual, { withRenderCount }] = await Promise.all([importOriginal<typeof LineChartModule>(), import('../count-renders')]);
  return { ...actual, LineChart: withRenderCount(actual.LineChart, () => void renders.lines++) };
});

/** Lets renders scheduled in later tasks happen before counting them. */
const afterLateRenders = () => act(() => new Promise<void>((done) => setTimeout(done, 100)));

describe('charts while their page refreshes', () => {
  it("a region page's are not drawn again by refreshes that change nothing they show, and are when their numbers change", async () => {
    const params = { period: 'ytd', compare: 'previous' } as const;
    const body = await createApiClient({ baseUrl: TEST_API, timeoutMs: 5_000 }).get('region', { code: 'KZ-62', ...params });
    // No ETag: every refresh is a full 200 with an equal body, which the page renders anew around the charts.
    let current: object = body;
    server.use(http.get('*/api/v1/regions/KZ-62', () => HttpResponse.json(current)));
    const { queryClient } = renderApp('/regions/KZ-62?lang=en');
    await screen.findByRole('heading', { name: 'Breakdown by direction' });
    await waitFor(() => expect(renders.bars).toBeGreaterThan(0));
    await waitFor(() => expect(renders.trend).toBeGreaterThan(0));
    await afterLateRenders();
    const before = { ...renders };

    for (let i = 0; i < 20; i++) await act(() => queryClient.refetchQueries({ type: 'active' }));
    await afterLateRenders();
    expect(renders).toEqual(before);

    // The measurement is real: a changed direction in the region's answer draws the directions chart again.
    current = {
      ...body,
      directions: body.directions.map((d, i) =>
        i === 0 ? { ...d, values: { ...d.values, volunteers: (d.values.volunteers ?? 0) + 7 } } : d,
      ),
    };
    await act(() => queryClient.refetchQueries({ type: 'active' }));
    await waitFor(() => expect(renders.bars).toBeGreaterThan(before.bars));
  });

  it("on /directions, the trend's lines are not drawn again by refreshes answered 304", async () => {
    const { queryClient } = renderApp('/directions?lang=en');
    await waitFor(() => expect(renders.lines).toBeGreaterThan(0));
    await afterLateRenders();
    const before = renders.lines;
    for (let i = 0; i < 20; i++) await act(() => queryClient.refetchQueries({ type: 'active' }));
    await afterLateRenders();
    expect(renders.lines).toBe(before);
  });
});

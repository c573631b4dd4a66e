/**
 * "An unchanged dataset refreshed 100 times causes no re-render of the charts": the KPI sparklines are
 * wrapped in a React Profiler that counts their renders while the overview refreshes 100 times, once
 * with 304 answers (ETag) and once with identical 200 answers (structural sharing).
 */
import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { createApiClient } from '../../src/api/client';
import type * as SparklineModule from '../../src/components/sparkline';
import { renderApp, screen, TEST_API } from '../render-app';

const renders = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../src/components/sparkline', async (importOriginal) => {
  const [actual, { withRenderCount }] = await Promise.all([importOriginal<typeof SparklineModule>(), import('../count-renders')]);
  // Not memoised itself: it renders exactly when the KPI tile around it renders it.
  return { Sparkline: withRenderCount(actual.Sparkline, () => void renders.count++) };
});

const statuses = (): { list: number[]; stop: () => void } => {
  const list: number[] = [];
  const onResponse = ({ response, request }: { response: Response; request: Request }) => {
    if (new URL(request.url).pathname.endsWith('/summary')) list.push(response.status);
  };
  server.events.on('response:mocked', onResponse);
  return { list, stop: () => server.events.removeListener('response:mocked', onResponse) };
};

/** Lets renders scheduled in later tasks happen before counting them. */
const afterLateRenders = () => act(() => new Promise<void>((done) => setTimeout(done, 100)));

const settle = async () => {
  await screen.findByTestId('kpi-volunteers');
  await waitFor(() => expect(document.querySelectorAll('.kpi-tile .sparkline')).toHaveLength(6));
};

describe('refreshing an unchanged dataset', () => {
  it('re-renders no chart across 100 refreshes answered 304', async () => {
    const { queryClient } = renderApp('/?lang=en');
    await settle();
    const before = renders.count;
    expect(before).toBeGreaterThanOrEqual(6);
    const seen = statuses();
    for (let i = 0; i < 100; i++) await act(() => queryClient.refetchQueries({ queryKey: ['summary'] }));
    seen.stop();
    expect(seen.list).toHaveLength(100);
    expect(seen.list.every((s) => s === 304)).toBe(true);
    await afterLateRenders();
    expect(renders.count - before).toBe(0);
  });

  it('re-renders no chart across 100 identical 200 answers, and does re-render when a number changes', async () => {
    const body = await createApiClient({ baseUrl: TEST_API, timeoutMs: 5_000 }).get('summary', { period: 'ytd', compare: 'previous' });
    // No ETag: every refresh is a full 200 with an equal body.
    let current: object = body;
    server.use(http.get('*/api/v1/summary', () => HttpResponse.json(current)));
    const { queryClient } = renderApp('/?lang=en');
    await settle();
    const before = renders.count;
    for (let i = 0; i < 100; i++) await act(() => queryClient.refetchQueries({ queryKey: ['summary'] }));
    await afterLateRenders();
    expect(renders.count - before).toBe(0);

    // The measurement is real: one changed series re-renders exactly that tile's chart. The render may
    // come a task after the answer (a loaded machine made the check right after it fail in most runs).
    current = {
      ...body,
      kpis: body.kpis.map((k) =>
        k.metric === 'actions' ? { ...k, series: k.series.map((p) => ({ ...p, value: (p.value ?? 0) + 1 })) } : k,
      ),
    };
    await act(() => queryClient.refetchQueries({ queryKey: ['summary'] }));
    await waitFor(() => expect(renders.count - before).toBe(1));
    await afterLateRenders();
    expect(renders.count - before).toBe(1);
  });
});

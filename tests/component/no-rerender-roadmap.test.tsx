/**
 * The roadmap's eight indicator cards (figures, status, years, a 36-row table and a chart each) are not
 * rendered again by a refresh that changes nothing they show: each poll starts and ends a fetch, and the
 * panel around them renders for that (its status line). A card's years table stands in for the card: it
 * renders whenever the card does. Then a changed indicator renders the cards again.
 */
import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { createApiClient } from '../../src/api/client';
import type * as YearsModule from '../../src/features/roadmap/components/indicator-years';
import { renderApp, screen, TEST_API } from '../render-app';

const renders = vi.hoisted(() => ({ years: 0 }));

vi.mock('../../src/features/roadmap/components/indicator-years', async (importOriginal) => {
  const [actual, { withRenderCount }] = await Promise.all([importOriginal<typeof YearsModule>(), import('../count-renders')]);
  return { IndicatorYears: withRenderCount(actual.IndicatorYears, () => void renders.years++) };
});

/** Lets renders scheduled in later tasks happen before counting them. */
const afterLateRenders = () => act(() => new Promise<void>((done) => setTimeout(done, 100)));

describe('the roadmap while it refreshes', () => {
  it('renders its indicator cards again only when an indicator changes', async () => {
    const body = await createApiClient({ baseUrl: TEST_API, timeoutMs: 5_000 }).get('roadmap');
    // No ETag: every refresh is a full 200 with an equal body.
    let current: object = body;
    server.use(http.get('*/api/v1/roadmap', () => HttpResponse.json(current)));
    const { queryClient } = renderApp('/roadmap?lang=en');
    await screen.findByRole('heading', { name: body.indicators[0]?.name.en });
    await waitFor(() => expect(renders.years).toBeGreaterThanOrEqual(body.indicators.length));
    await afterLateRenders();
    const before = renders.years;

    for (let i = 0; i < 10; i++) await act(() => queryClient.refetchQueries({ type: 'active' }));
    await afterLateRenders();
    expect(renders.years).toBe(before);

    // The count is real: one indicator's new figure renders the cards again.
    current = {
      ...body,
      indicators: body.indicators.map((indicator, i) =>
        i === 0 ? { ...indicator, baseline: { ...indicator.baseline, value: (indicator.baseline.value ?? 0) + 1 } } : indicator,
      ),
    };
    await act(() => queryClient.refetchQueries({ type: 'active' }));
    await waitFor(() => expect(renders.years).toBeGreaterThan(before));
  });
});

import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, buildUrl, createApiClient } from '../../src/api/client';
import { MAX_TEXT_CHARACTERS } from '../../src/api/contract';
import { refusedValuesOf, unknownDirectionsLeftOutOf } from '../../src/lib/refused-values';
import { server, withDemoApi } from '../demo-api';

const BASE = 'http://localhost/api/v1';
withDemoApi(new Date('2026-11-22T09:30:00Z'));

const client = () => createApiClient({ baseUrl: BASE, timeoutMs: 300 });
const failure = async (promise: Promise<unknown>): Promise<ApiError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
};

describe('API client', () => {
  it('builds URLs with path and sorted query parameters', () => {
    expect(buildUrl(BASE, 'region', { code: 'KZ-62', period: '2025' })).toBe(`${BASE}/regions/KZ-62?period=2025`);
    expect(buildUrl(BASE, 'regions', { period: 'ytd', direction: null, compare: 'yearAgo' })).toBe(
      `${BASE}/regions?compare=yearAgo&period=ytd`,
    );
  });

  it('returns validated data from the demo API', async () => {
    const meta = await client().get('meta');
    expect(meta.regions).toHaveLength(20);
  });

  it('names the endpoint and the field when the shape is wrong', async () => {
    server.use(
      http.get('*/api/v1/summary', () =>
        HttpResponse.json({
          asOf: '2026-11-22T09:30:00Z',
          period: { from: '2026-01', to: '2026-11' },
          comparison: { from: '2025-02', to: '2025-12' },
          kpis: 'lots',
        }),
      ),
    );
    const error = await failure(client().get('summary', { period: 'ytd' }));
    expect(error.kind).toBe('schema');
    expect(error.endpoint).toBe('/summary');
    expect(error.field).toBe('kpis');
  });

  it('names the path asked for, its parameters filled in and its query left out', async () => {
    server.use(http.get('*/api/v1/regions/:code', () => new HttpResponse('oops', { status: 500 })));
    const error = await failure(client().get('region', { code: 'KZ-62', period: '2025' }));
    expect(error.endpoint).toBe('/regions/KZ-62');
    expect(error.message).toBe('/regions/KZ-62: HTTP 500');
  });

  it('turns invalid JSON, HTTP errors, timeouts and network failures into distinct errors', async () => {
    server.use(http.get('*/api/v1/meta', () => new HttpResponse('{"regions": [', { headers: { 'Content-Type': 'application/json' } })));
    expect((await failure(client().get('meta'))).kind).toBe('invalidJson');

    server.use(
      http.get('*/api/v1/meta', () =>
        HttpResponse.json({ type: 'about:blank', title: 'Maintenance', status: 503, detail: 'Back at 10:00' }, { status: 503 }),
      ),
    );
    const http503 = await failure(client().get('meta'));
    expect([http503.kind, http503.status, http503.problem?.detail]).toEqual(['http', 503, 'Back at 10:00']);

    server.use(http.get('*/api/v1/meta', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })));
    const http502 = await failure(client().get('meta'));
    expect([http502.kind, http502.status, http502.problem]).toEqual(['http', 502, null]);

    server.use(
      http.get('*/api/v1/meta', async () => {
        await delay(2_000);
        return HttpResponse.json({});
      }),
    );
    expect((await failure(client().get('meta'))).kind).toBe('timeout');

    server.use(http.get('*/api/v1/meta', () => HttpResponse.error()));
    expect((await failure(client().get('meta'))).kind).toBe('network');
  });

  it('sends If-None-Match and reuses the same object on 304', async () => {
    const seen: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      seen.push(request.headers.get('If-None-Match'));
    });
    const c = client();
    const first = await c.get('roadmap');
    const second = await c.get('roadmap');
    server.events.removeAllListeners();
    expect(seen[0]).toBeNull();
    expect(seen[1]).toMatch(/^".+"$/);
    expect(second).toBe(first);
  });

  it('maps absurd numbers to null instead of failing', async () => {
    const meta = await client().get('meta');
    const absurd = await client().get('summary', { period: 'ytd' });
    const kpis = absurd.kpis.map((k, i) => ({ ...k, value: [-5, 1e308, null, 3, 4, 5][i] }));
    server.use(http.get('*/api/v1/summary', () => HttpResponse.json({ ...absurd, kpis })));
    const parsed = await client().get('summary', { period: 'ytd' });
    expect(parsed.kpis.map((k) => k.value)).toEqual([null, null, null, 3, 4, 5]);
    // The two that could not be true are counted, for the panel to say so; the API's own null is not.
    expect(refusedValuesOf(parsed)).toEqual({ endpoint: '/summary', count: 2 });
    expect(refusedValuesOf(absurd)).toBeNull();
    expect(meta.demo).toBe(true);
  });

  it("flags the month of the data's time as under way in every monthly series, where the API left the flag out", async () => {
    const unflag = <P extends { partial?: boolean }>(points: P[]) => points.map(({ partial: _, ...p }) => p);
    const summary = await client().get('summary', { period: 'ytd' });
    const region = await client().get('region', { code: 'KZ-62', period: 'ytd' });
    const series = await client().get('timeseries', { metric: 'actions' });
    const roadmap = await client().get('roadmap');
    server.use(
      http.get('*/api/v1/summary', () =>
        HttpResponse.json({ ...summary, kpis: summary.kpis.map((k) => ({ ...k, series: unflag(k.series) })) }),
      ),
      http.get('*/api/v1/regions/KZ-62', () =>
        HttpResponse.json({ ...region, kpis: region.kpis.map((k) => ({ ...k, series: unflag(k.series) })) }),
      ),
      http.get('*/api/v1/timeseries', () => HttpResponse.json({ ...series, points: unflag(series.points) })),
      http.get('*/api/v1/roadmap', () =>
        HttpResponse.json({ ...roadmap, indicators: roadmap.indicators.map((i) => ({ ...i, actuals: unflag(i.actuals) })) }),
      ),
    );
    // The demo clock: 22 November 2026, 14:30 in Astana.
    const underWay = (points: readonly { month: string; partial?: boolean }[]) => points.filter((p) => p.partial).map((p) => p.month);
    const got = {
      summary: await client().get('summary', { period: 'ytd' }),
      region: await client().get('region', { code: 'KZ-62', period: 'ytd' }),
      series: await client().get('timeseries', { metric: 'actions' }),
      roadmap: await client().get('roadmap'),
    };
    for (const k of [...got.summary.kpis, ...got.region.kpis]) expect(underWay(k.series), k.metric).toEqual(['2026-11']);
    expect(underWay(got.series.points)).toEqual(['2026-11']);
    for (const i of got.roadmap.indicators)
      if (i.actuals.some((p) => p.month === '2026-11')) expect(underWay(i.actuals), i.id).toEqual(['2026-11']);
    // Answers that flag it already are passed on as they are.
    expect(underWay(summary.kpis[0]?.series ?? [])).toEqual(['2026-11']);
  });

  it('refuses a list that names one item twice, naming where', async () => {
    const roadmap = await client().get('roadmap');
    server.use(http.get('*/api/v1/roadmap', () => HttpResponse.json({ ...roadmap, measures: [...roadmap.measures, roadmap.measures[0]] })));
    const error = await failure(client().get('roadmap'));
    expect(error.kind).toBe('schema');
    expect(error.message).toBe(`/roadmap: unexpected data at "measures[${roadmap.measures.length}]" (an id already listed above)`);
    const feed = await client().get('activity');
    server.use(http.get('*/api/v1/activity', () => HttpResponse.json({ ...feed, events: [feed.events[0], ...feed.events] })));
    expect((await failure(client().get('activity'))).message).toMatch(/^\/activity: unexpected data at "events\[1\]"/);
  });

  it('drops the characters that would turn the direction of the text around a name', async () => {
    const meta = await client().get('meta');
    const [first, ...rest] = meta.directions;
    if (!first) throw new Error('no directions');
    // An override left open: in a sentence the name was put in, "17,5 %" read ".% 5,71".
    const flipped = { ...first, name: { ...first.name, ru: `\u202E${first.name.ru}`, en: `\u2067${first.name.en}\u200F` } };
    server.use(http.get('*/api/v1/meta', () => HttpResponse.json({ ...meta, directions: [flipped, ...rest] })));
    const parsed = await client().get('meta');
    expect(parsed.directions[0]?.name).toEqual(first.name);
  });

  it('leaves out a direction it does not know yet, and what is said of it, instead of failing the whole answer', async () => {
    const [meta, directions, feed] = await Promise.all([client().get('meta'), client().get('directions'), client().get('activity')]);
    const first = meta.directions[0];
    const stats = directions.directions[0];
    const event = feed.events[0];
    if (!first || !stats || !event) throw new Error('the demo lacks directions or events');
    // The ministry added "robotics": "unexpected data at directions[10].id" stopped every panel before.
    server.use(
      http.get('*/api/v1/meta', () => HttpResponse.json({ ...meta, directions: [...meta.directions, { ...first, id: 'robotics' }] })),
      http.get('*/api/v1/directions', () =>
        HttpResponse.json({ ...directions, directions: [...directions.directions, { ...stats, id: 'robotics' }] }),
      ),
      http.get('*/api/v1/activity', () =>
        HttpResponse.json({ ...feed, events: [{ ...event, id: 'new-1', direction: 'robotics' }, ...feed.events] }),
      ),
    );
    const parsedMeta = await client().get('meta');
    expect(parsedMeta.directions.map((d) => d.id)).toEqual(meta.directions.map((d) => d.id));
    expect(unknownDirectionsLeftOutOf(parsedMeta)).toEqual({ endpoint: '/meta', count: 1 });
    const parsedDirections = await client().get('directions');
    expect(parsedDirections.directions).toHaveLength(directions.directions.length);
    expect(unknownDirectionsLeftOutOf(parsedDirections)).toEqual({ endpoint: '/directions', count: 1 });
    expect((await client().get('activity')).events.map((e) => e.id)).toEqual(feed.events.map((e) => e.id));
    // An answer with none says nothing.
    server.resetHandlers();
    expect(unknownDirectionsLeftOutOf(await client().get('meta'))).toBeNull();
  });

  it('keeps how long a busy or unavailable server asked to be left alone', async () => {
    server.use(http.get('*/api/v1/meta', () => new HttpResponse('busy', { status: 429, headers: { 'Retry-After': '120' } })));
    expect((await failure(client().get('meta'))).retryAfterMs).toBe(120_000);
    server.use(http.get('*/api/v1/meta', () => new HttpResponse('down', { status: 500, headers: { 'Retry-After': '120' } })));
    expect((await failure(client().get('meta'))).retryAfterMs).toBeNull();
  });

  it('cuts a text of any length to 300 characters, whole ones, with "…"', async () => {
    const meta = await client().get('meta');
    const [first, ...rest] = meta.regions;
    if (!first) throw new Error('no regions');
    // 10,000 characters made a region's heading 7,459 px tall; an emoji at the cut stays whole.
    const long = { ...first, name: { ...first.name, en: `${'Ulytau '.repeat(42)}😀${'x'.repeat(10_000)}` } };
    server.use(http.get('*/api/v1/meta', () => HttpResponse.json({ ...meta, regions: [long, ...rest] })));
    const name = (await client().get('meta')).regions[0]?.name.en ?? '';
    expect(Array.from(name)).toHaveLength(MAX_TEXT_CHARACTERS);
    expect(name.endsWith('…')).toBe(true);
    expect(name).toContain('😀');
    expect((await client().get('meta')).regions[0]?.name.ru).toBe(first.name.ru);
  });

  it('takes an answer with a count, metric or rank it does not know, leaving that out', async () => {
    const feed = await client().get('activity');
    server.use(http.get('*/api/v1/activity', () => HttpResponse.json({ ...feed, today: { ...feed.today, volunteersJoined: 12 } })));
    const parsed = await client().get('activity');
    expect(parsed.today).toEqual(feed.today);
    const region = await client().get('region', { code: 'KZ-62' });
    server.use(
      http.get('*/api/v1/regions/KZ-62', () =>
        HttpResponse.json({
          ...region,
          ranks: { ...region.ranks, donations: 3 },
          directions: region.directions.map((d) => ({ ...d, values: { ...d.values, donations: 1 } })),
        }),
      ),
    );
    const detail = await client().get('region', { code: 'KZ-62' });
    expect(detail.ranks).toEqual(region.ranks);
    expect(detail.directions[0]?.values).toEqual(region.directions[0]?.values);
  });

  it('sends requests asked for together one per task, so a page starting its queries is not one long task', async () => {
    vi.useFakeTimers();
    try {
      const sent: string[] = [];
      const recording: typeof fetch = (input) => {
        sent.push(input instanceof Request ? input.url : input.toString());
        return Promise.resolve(new Response('{}', { status: 404 }));
      };
      const c = createApiClient({ baseUrl: BASE, timeoutMs: 1_000, fetch: recording });
      const answers = [c.get('meta'), c.get('roadmap'), c.get('activity')].map((p) => p.catch(() => 'failed'));
      // Nothing is sent in the task that asked, microtasks included; each request waits for a task of its own.
      await Promise.resolve();
      expect(sent).toEqual([]);
      expect(vi.getTimerCount()).toBe(3);
      await vi.advanceTimersByTimeAsync(0);
      expect(await Promise.all(answers)).toEqual(['failed', 'failed', 'failed']);
      expect(sent).toEqual([`${BASE}/meta`, `${BASE}/roadmap`, `${BASE}/activity`]);
    } finally {
      vi.useRealTimers();
    }
  });
});

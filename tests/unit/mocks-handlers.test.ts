// @vitest-environment node
// The demo API over msw and over real HTTP: every endpoint fits the contract, conditional requests, problems, CORS.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENDPOINTS, METRIC_IDS, Problem } from '../../src/api/contract';
import { compareText } from '../../src/lib/i18n/collate';
import { shareOfMonthElapsed } from '../../src/lib/months';
import type { EndpointId } from '../../src/api/contract';
import { setDemoNow } from '../../mocks/clock';
import { server } from '../../mocks/node';
import { startDemoApiServer } from '../../mocks/http-server';

const BASE = 'http://localhost/api/v1';
const NOW = new Date('2026-11-22T09:30:00Z');

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => setDemoNow(NOW));
afterAll(() => {
  server.close();
  setDemoNow(null);
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${BASE}${path}`, { headers });

const CASES: ReadonlyArray<readonly [EndpointId, string]> = [
  ['meta', '/meta'],
  ['summary', '/summary'],
  ['summary', '/summary?period=2025&compare=yearAgo'],
  ['regions', '/regions?period=12m&direction=ecology'],
  ['region', '/regions/KZ-71?period=2025-Q2'],
  ['directions', '/directions?region=KZ-23&period=2024'],
  ['directions', '/directions'],
  ['timeseries', '/timeseries?metric=actions&region=KZ-27&direction=emergencies&from=2018-06&to=2030-01'],
  ['roadmap', '/roadmap'],
  ['organizations', '/organizations?region=KZ-71&sort=name&page=2&pageSize=10'],
  ['organizations', '/organizations?q=%D0%BC%D0%B5%D0%B9%D1%96%D1%80'],
  ['activity', '/activity'],
  ['activity', '/activity?since=2026-11-22T09:00:00Z'],
];

describe('every endpoint answers within the contract', () => {
  it('the cases cover every endpoint of the contract', () => {
    expect(new Set(CASES.map(([id]) => id))).toEqual(new Set(Object.keys(ENDPOINTS)));
  });

  it.each(CASES)('%s %s', async (endpoint, path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(res.headers.get('ETag')).toMatch(/^"[0-9a-f]{16}"$/);
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
    const parsed = ENDPOINTS[endpoint].response.safeParse(await res.json());
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('summary: KPIs in METRIC_IDS order, 24-month series, ytd by default', async () => {
    const body = ENDPOINTS.summary.response.parse(await (await get('/summary')).json());
    // The month under way: the period runs to today, its comparison to the same day (see below).
    expect(body.period).toEqual({ from: '2026-01', to: '2026-11', through: '2026-11-22' });
    expect(body.comparison).toEqual({ from: '2025-02', to: '2025-12', through: '2025-12-22' });
    expect(body.kpis.map((k) => k.metric)).toEqual(['volunteers', 'organisations', 'projects', 'actions', 'peopleHelped', 'openRequests']);
    for (const kpi of body.kpis) expect(kpi.series).toHaveLength(24);
    expect(body.kpis[0]?.series.at(-1)?.month).toBe('2026-11');
  });

  it('compares this year so far with last year to the same day, not with the whole of last year', async () => {
    const body = ENDPOINTS.summary.response.parse(await (await get('/summary?compare=yearAgo')).json());
    expect(body.comparison).toEqual({ from: '2025-01', to: '2025-11', through: '2025-11-22' });
    const monthly = async (metric: string) =>
      ENDPOINTS.timeseries.response
        .parse(await (await get(`/timeseries?metric=${metric}&from=2025-01&to=2025-11`)).json())
        .points.map((p) => p.value ?? Number.NaN);
    const previous = (metric: string) => body.kpis.find((k) => k.metric === metric)?.previous;
    const share = shareOfMonthElapsed(NOW);
    // 14:30 in Astana on 22 November: 21 days and 14½ hours of November's 30 days.
    expect(share).toBeCloseTo((21 * 24 + 14.5) / (30 * 24), 9);
    // A flow: January to October 2025, and November 2025 as far as November 2026 has gone.
    const actions = await monthly('actions');
    expect(previous('actions')).toBe(actions.slice(0, 10).reduce((a, b) => a + b, 0) + Math.round((actions[10] ?? 0) * share));
    // A stock: that far from October's end towards November's.
    const volunteers = await monthly('volunteers');
    const [october = 0, november = 0] = volunteers.slice(9);
    expect(previous('volunteers')).toBe(Math.round(october + (november - october) * share));
    // A period that has ended is whole months, and so is its comparison.
    const past = ENDPOINTS.summary.response.parse(await (await get('/summary?period=2025&compare=yearAgo')).json());
    expect(past.period).toEqual({ from: '2025-01', to: '2025-12' });
    expect(past.comparison).toEqual({ from: '2024-01', to: '2024-12' });
  });

  it('region detail: ranks 1–20 by period value; regions list sums to the nation', async () => {
    const regions = ENDPOINTS.regions.response.parse(await (await get('/regions?period=2025')).json());
    const summary = ENDPOINTS.summary.response.parse(await (await get('/summary?period=2025')).json());
    const nationalActions = summary.kpis.find((k) => k.metric === 'actions')?.value;
    expect(regions.regions.reduce((a, r) => a + (r.values.actions ?? 0), 0)).toBe(nationalActions);
    const top = [...regions.regions].sort((a, b) => (b.values.volunteers ?? 0) - (a.values.volunteers ?? 0))[0];
    const detail = ENDPOINTS.region.response.parse(await (await get(`/regions/${top?.code}?period=2025`)).json());
    expect(detail.ranks.volunteers).toBe(1);
    const ulytau = ENDPOINTS.region.response.parse(await (await get('/regions/KZ-62?period=2025')).json());
    expect(ulytau.ranks.volunteers).toBe(20);
  });

  it('region detail: equal figures share a rank, as the map’s ranking has them, for every metric', async () => {
    const regions = ENDPOINTS.regions.response.parse(await (await get('/regions?period=2025')).json());
    const details = await Promise.all(
      regions.regions.map(async (r) => ENDPOINTS.region.response.parse(await (await get(`/regions/${r.code}?period=2025`)).json())),
    );
    let ties = 0;
    for (const metric of METRIC_IDS) {
      const value = (code: string) => regions.regions.find((r) => r.code === code)?.values[metric] ?? -1;
      for (const detail of details) {
        const own = value(detail.code);
        expect({ metric, code: detail.code, rank: detail.ranks[metric] }).toEqual({
          metric,
          code: detail.code,
          rank: 1 + regions.regions.filter((r) => (r.values[metric] ?? -1) > own).length,
        });
        if (regions.regions.some((r) => r.code !== detail.code && value(r.code) === own)) ties++;
      }
    }
    // 2025's demo figures have ties (54 projects in both Akmola and Jetisu): the check meets some.
    expect(ties).toBeGreaterThan(0);
  });

  it('a comparison cut part-way through its month has one total: the summary’s, the regions’ and the directions’', async () => {
    for (const query of ['', '?compare=yearAgo', '?period=2026']) {
      const summary = ENDPOINTS.summary.response.parse(await (await get(`/summary${query}`)).json());
      const regions = ENDPOINTS.regions.response.parse(await (await get(`/regions${query}`)).json());
      const directions = ENDPOINTS.directions.response.parse(await (await get(`/directions${query}`)).json());
      expect(summary.comparison.through).toBeDefined();
      for (const metric of METRIC_IDS) {
        const previous = summary.kpis.find((k) => k.metric === metric)?.previous;
        expect({ metric, total: regions.regions.reduce((a, r) => a + (r.previous[metric] ?? 0), 0) }).toEqual({ metric, total: previous });
        expect({ metric, total: directions.directions.reduce((a, d) => a + (d.previous[metric] ?? 0), 0) }).toEqual({
          metric,
          total: previous,
        });
      }
    }
    // And each region's own directions add up to its previous value.
    const almaty = ENDPOINTS.region.response.parse(await (await get('/regions/KZ-75')).json());
    for (const metric of METRIC_IDS) {
      const previous = almaty.kpis.find((k) => k.metric === metric)?.previous;
      expect(almaty.directions.reduce((a, d) => a + (d.previous[metric] ?? 0), 0)).toBe(previous);
    }
  });

  it('organizations: a region lists no more projects, nor organisations in a direction, than its own page states', async () => {
    const codes = ENDPOINTS.regions.response.parse(await (await get('/regions')).json()).regions.map((r) => r.code);
    expect(codes).toHaveLength(20);
    for (const code of codes) {
      // The list has no period: it is held to the region's figures for the default one (year to date).
      const region = ENDPOINTS.region.response.parse(await (await get(`/regions/${code}`)).json());
      const listed: Array<{ direction: string; activeProjects: number | null }> = [];
      for (let page = 1; ; page++) {
        const body = ENDPOINTS.organizations.response.parse(
          await (await get(`/organizations?region=${code}&pageSize=100&page=${page}`)).json(),
        );
        listed.push(...body.items);
        if (body.items.length === 0 || listed.length >= body.total) break;
      }
      const projectsOf = (list: typeof listed) => list.reduce((a, o) => a + (o.activeProjects ?? 0), 0);
      expect(projectsOf(listed), `${code} projects`).toBeLessThanOrEqual(region.kpis.find((k) => k.metric === 'projects')?.value ?? 0);
      for (const d of region.directions) {
        const inDirection = listed.filter((o) => o.direction === d.id);
        expect(inDirection.length, `${code} ${d.id} organisations`).toBeLessThanOrEqual(d.values.organisations ?? 0);
        expect(projectsOf(inDirection), `${code} ${d.id} projects`).toBeLessThanOrEqual(d.values.projects ?? 0);
      }
    }
  });

  it('organizations: searches kk and ru names, pages, and caps pageSize', async () => {
    const all = ENDPOINTS.organizations.response.parse(await (await get('/organizations?pageSize=100')).json());
    expect(all.total).toBeGreaterThan(800);
    expect(all.items[0]?.volunteers ?? 0).toBeGreaterThanOrEqual(all.items[1]?.volunteers ?? 0);
    const hit = ENDPOINTS.organizations.response.parse(await (await get('/organizations?q=%D0%96%D0%90%D0%A1%D0%AB%D0%9B')).json());
    expect(hit.total).toBeGreaterThan(0);
    for (const o of hit.items) expect(`${o.name.kk} ${o.name.ru}`.toLowerCase()).toContain('жасыл');
    expect((await get('/organizations?pageSize=101')).status).toBe(400);
  });

  it('organizations: a search typed without Kazakh letters finds names written with them, and the other way round', async () => {
    const search = async (q: string) =>
      ENDPOINTS.organizations.response.parse(await (await get(`/organizations?pageSize=100&q=${encodeURIComponent(q)}`)).json());
    // «Қамқор» keeps its Kazakh letters in the Russian name too: no name holds "камкор" as written.
    const russianKeyboard = await search('камкор');
    expect(russianKeyboard.total).toBeGreaterThan(0);
    for (const o of russianKeyboard.items) expect(`${o.name.kk} ${o.name.ru}`).toMatch(/Қамқор/);
    expect((await search('ҚАМҚОР')).total).toBe(russianKeyboard.total);
    // "Ізгілік" is registered in Russian as "Изгилик": either spelling finds the same organisations.
    const kazakhSpelling = await search('ізгілік');
    expect(kazakhSpelling.total).toBeGreaterThan(0);
    expect((await search('изгилик')).total).toBe(kazakhSpelling.total);
  });

  it('organizations: sorts by name in the alphabet of the names the reader sees', async () => {
    const byName = async (lang: 'kk' | 'ru') =>
      ENDPOINTS.organizations.response.parse(
        await (await get(`/organizations?region=KZ-71&sort=name&nameLang=${lang}&pageSize=100`)).json(),
      ).items;
    const kk = await byName('kk');
    const ru = await byName('ru');
    for (const [lang, items] of [
      ['kk', kk],
      ['ru', ru],
    ] as const) {
      const names = items.map((o) => o.name[lang]);
      expect(names.length).toBeGreaterThan(5);
      expect(names).toEqual([...names].sort(compareText(lang)));
    }
    // The first letters follow the Kazakh alphabet as written here, not the browser's collation (Debian's
    // Chromium, where the demo API runs, has none for Kazakh: і came right after и, ү before ұ).
    const KAZAKH = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
    // Names in quotes («Ізгілік» …) come first, as punctuation does in every collation: each group in turn.
    const letterRanks = (quoted: boolean) =>
      kk
        .map((o) => o.name.kk.toLowerCase())
        .filter((name) => name.startsWith('«') === quoted)
        .map((name) => KAZAKH.indexOf(name[quoted ? 1 : 0] ?? ''));
    for (const ranks of [letterRanks(true), letterRanks(false)]) {
      expect(ranks.length).toBeGreaterThan(3);
      expect(ranks).not.toContain(-1);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    // Kazakh and Russian names of one organisation start differently, so the two orders differ.
    expect(kk.map((o) => o.id)).not.toEqual(ru.map((o) => o.id));
    expect((await get('/organizations?nameLang=en')).status).toBe(400);
  });

  it('activity: newest first, at most 50, counts for today', async () => {
    const body = ENDPOINTS.activity.response.parse(await (await get('/activity?since=2026-11-21T00:00:00Z')).json());
    expect(body.events.length).toBeLessThanOrEqual(50);
    const times = body.events.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(Object.values(body.today).reduce<number>((a, b) => a + (b ?? 0), 0)).toBeGreaterThan(0);
  });

  it("activity?region=: only that region's events and today's counts, which the regions' counts add up to", async () => {
    const since = '/activity?since=2026-11-21T00:00:00Z';
    const national = ENDPOINTS.activity.response.parse(await (await get(since)).json());
    const almaty = ENDPOINTS.activity.response.parse(await (await get(`${since}&region=KZ-75`)).json());
    expect(almaty.events.length).toBeGreaterThan(0);
    expect(almaty.events.every((e) => e.region === 'KZ-75')).toBe(true);
    const regions = ENDPOINTS.meta.response.parse(await (await get('/meta')).json()).regions.map((r) => r.code);
    const perRegion = await Promise.all(
      regions.map(async (code) => ENDPOINTS.activity.response.parse(await (await get(`${since}&region=${code}`)).json())),
    );
    // Every kind of event has a region, so each of today's counts is the sum of the regions'.
    const types = Object.keys(national.today) as (keyof typeof national.today)[];
    expect(types).toHaveLength(4);
    for (const type of types) {
      expect(
        perRegion.reduce((sum, feed) => sum + (feed.today[type] ?? 0), 0),
        type,
      ).toBe(national.today[type]);
    }
  });

  it('serves the OpenAPI document', async () => {
    const res = await get('/openapi.json');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { openapi?: string }).openapi).toMatch(/^3\.1/);
  });
});

describe('conditional requests', () => {
  it('answers 304 without a body when If-None-Match matches the ETag', async () => {
    const first = await get('/summary?period=2025');
    const etag = first.headers.get('ETag') ?? '';
    const second = await get('/summary?period=2025', { 'If-None-Match': etag });
    expect(second.status).toBe(304);
    expect(second.headers.get('ETag')).toBe(etag);
    expect(await second.text()).toBe('');
    const other = await get('/summary?period=2025', { 'If-None-Match': '"0000000000000000"' });
    expect(other.status).toBe(200);
  });

  it('a new minute in the current month changes the body and the ETag', async () => {
    const a = (await get('/summary')).headers.get('ETag');
    setDemoNow(new Date('2026-11-22T10:30:00Z'));
    const b = (await get('/summary')).headers.get('ETag');
    expect(b).not.toBe(a);
  });
});

describe('problems', () => {
  const expectProblem = async (res: Response, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = Problem().parse(await res.json());
    expect(problem.status).toBe(status);
    expect(problem.type).toBeTruthy();
    expect(problem.detail).toBeTruthy();
    expect(problem.instance).toContain('/api/v1/');
  };

  it.each([
    '/summary?period=bad',
    '/summary?period=2030',
    '/summary?compare=lastWeek',
    '/regions?direction=knitting',
    '/timeseries',
    '/timeseries?metric=volunteers&from=2025-13',
    '/timeseries?metric=volunteers&from=2026-05&to=2025-01',
    '/organizations?sort=size',
    '/organizations?page=0',
    '/activity?since=yesterday',
    '/activity?region=Almaty',
    '/directions?region=Astana',
  ])('400 for %s', async (path) => {
    await expectProblem(await get(path), 400);
  });

  it.each([
    '/regions/KZ-99',
    '/regions/astana',
    '/directions?region=KZ-98',
    '/organizations?region=KZ-01',
    '/activity?region=KZ-01',
    '/nothing-here',
  ])('404 for %s', async (path) => {
    await expectProblem(await get(path), 404);
  });
});

describe('HTTP server', () => {
  // msw/node would answer these requests itself (its handlers match any origin): step aside for real sockets.
  beforeAll(() => server.close());
  afterAll(() => server.listen({ onUnhandledRequest: 'error' }));

  it('answers on a random port with CORS, preflight and conditional requests', async () => {
    const http = startDemoApiServer(0);
    try {
      await once(http, 'listening');
      const { port } = http.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}/api/v1`;
      const res = await fetch(`${base}/meta`, { headers: { Origin: 'http://example.test' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(res.headers.get('Access-Control-Expose-Headers')).toBe('ETag, Retry-After');
      expect(ENDPOINTS.meta.response.safeParse(await res.json()).success).toBe(true);

      const etag = res.headers.get('ETag') ?? '';
      const again = await fetch(`${base}/meta`, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);

      const preflight = await fetch(`${base}/summary`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://example.test',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'if-none-match',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/If-None-Match/i);

      const missing = await fetch(`http://127.0.0.1:${port}/elsewhere`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('Content-Type')).toBe('application/problem+json');
    } finally {
      http.close();
      await once(http, 'close');
    }
  });
});

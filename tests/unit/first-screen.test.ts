/**
 * The first screen rendered on the server (src/app/render-first-screen.tsx) against the demo API through
 * msw/node: its numbers are the API's, in the reader's language; the answers travel with the page as
 * the server validated them and are used once by the app's client; hostile strings stay text; and whenever
 * the screen cannot be rendered completely the server gets null (and sends the plain page).
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from '../../src/api/client';
import { FIRST_SCREEN_ID, readFirstScreen, serializeFirstScreen } from '../../src/app/first-screen';
import {
  isFirstScreen,
  plainPageStatus,
  renderFirstScreen,
  type FirstScreenHtml,
  type FirstScreenRequest,
} from '../../src/app/render-first-screen';
import { localeFromCookie } from '../../src/lib/i18n/i18n-context';
import { createFormatter } from '../../src/lib/i18n/format';
import { getModel } from '../../mocks/model/cube';
import { metaBody } from '../../mocks/responses';
import { server, withDemoApi } from '../demo-api';

const BASE = 'http://api.test/api/v1';
const CONFIG = { apiBaseUrl: BASE, demo: false };
const HOSTILE = '</script><img src=x onerror="window.pwned=1">';

withDemoApi(new Date('2026-11-22T09:30:00Z'));

/** The rendered screen for `request`, or null where the server sends the plain page. */
const firstScreen = async (request: FirstScreenRequest): Promise<FirstScreenHtml | null> => {
  const page = await renderFirstScreen(request);
  return page && isFirstScreen(page) ? page : null;
};

const volunteersNow = async (): Promise<number> => {
  const summary = await createApiClient({ baseUrl: BASE, timeoutMs: 2_000 }).get('summary', { period: 'ytd', compare: 'previous' });
  const value = summary.kpis.find((k) => k.metric === 'volunteers')?.value;
  if (typeof value !== 'number') throw new Error('no volunteers figure');
  return value;
};

/** Every request the API gets while `run` runs: its path and its If-None-Match header. */
const requestsDuring = async <T>(
  run: () => Promise<T>,
): Promise<{ result: T; requests: { path: string; ifNoneMatch: string | null }[] }> => {
  const requests: { path: string; ifNoneMatch: string | null }[] = [];
  const record = ({ request }: { request: Request }) => {
    requests.push({ path: new URL(request.url).pathname, ifNoneMatch: request.headers.get('If-None-Match') });
  };
  server.events.on('request:start', record);
  try {
    return { result: await run(), requests };
  } finally {
    server.events.removeListener('request:start', record);
  }
};

describe('first screen rendered on the server', () => {
  it('shows the national KPI numbers from the API, in Kazakh by default and in the language of ?lang= or the cookie', async () => {
    const volunteers = await volunteersNow();
    const kk = await firstScreen({ url: '/', config: CONFIG });
    expect(kk?.lang).toBe('kk');
    expect(kk?.html).toContain(createFormatter('kk').number(volunteers));
    expect(kk?.html).toContain('Ұлттық көрсеткіштер');

    const ru = await firstScreen({ url: '/?lang=ru', config: CONFIG });
    expect(ru?.lang).toBe('ru');
    expect(ru?.html).toContain(createFormatter('ru').number(volunteers));

    const en = await firstScreen({ url: '/', cookie: 'other=1; fom_lang=en', config: CONFIG });
    expect(en?.lang).toBe('en');
    expect(en?.html).toContain(createFormatter('en').number(volunteers));
  });

  it("renders a region's page (KZ-62, Ulytau) with its name and the answers it used, keyed as the client asks", async () => {
    const screen = await firstScreen({ url: '/regions/KZ-62?lang=en', config: CONFIG });
    if (!screen) throw new Error('not rendered');
    expect(screen.html).toContain('<h1 tabindex="-1">Ulytau Region</h1>');
    const embedded = readFirstScreen(documentWith(screen.script));
    expect(Object.keys(embedded?.answers ?? {}).sort()).toEqual([
      '/meta',
      '/regions/KZ-62?compare=previous&period=ytd',
      '/summary?compare=previous&period=ytd',
    ]);
    // Each with its ETag, so the app's first poll of it is a conditional request.
    expect(Object.keys(embedded?.etags ?? {}).sort()).toEqual(Object.keys(embedded?.answers ?? {}).sort());
    expect(embedded?.config).toEqual(CONFIG);
    expect(embedded?.locale).toBe('en');
  });

  it("renders with the clock the browser will hydrate with, the moment it embeds: the roadmap's days left", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const lastDay = new Date('2026-12-31T10:00:00Z');
      vi.setSystemTime(lastDay);
      const screen = await firstScreen({ url: '/roadmap?lang=en', config: CONFIG });
      if (!screen) throw new Error('not rendered');
      expect(readFirstScreen(documentWith(screen.script))?.renderedAt).toBe(lastDay.getTime());
      expect(screen.html).toMatch(/data-testid="roadmap-days-left" data-days="0"/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('draws placeholders, not the map or charts, whose code the browser has not loaded yet', async () => {
    const screen = await firstScreen({ url: '/roadmap', config: CONFIG });
    expect(screen?.html).not.toContain('recharts');
    expect(screen?.html).not.toContain('leaflet');
  });

  it('keeps hostile strings from the API as text, in the screen and in the embedded answers', async () => {
    const meta = metaBody(getModel());
    for (const r of meta.regions) r.name = { kk: HOSTILE, ru: HOSTILE, en: HOSTILE };
    server.use(http.get('*/api/v1/meta', () => HttpResponse.json(meta)));
    const screen = await firstScreen({ url: '/regions/KZ-62', config: CONFIG });
    if (!screen) throw new Error('not rendered');
    expect(screen.html).not.toContain('<img');
    expect(screen.html).toContain('&lt;img src=x onerror=');
    // The only "</script>" in the embedded data is the element's own end.
    expect(screen.script.match(/<\/script/gi)).toHaveLength(1);
    expect(screen.script).not.toContain('<img');
    const embedded = readFirstScreen(documentWith(screen.script));
    expect(JSON.stringify(embedded?.answers['/meta'])).toContain(HOSTILE.replace(/"/g, '\\"'));
  });

  it('tells the server to answer 404 where the page says "not found", and 200 elsewhere', async () => {
    const status = async (url: string) => (await firstScreen({ url, config: CONFIG }))?.status;
    expect(await status('/regions/KZ-62?lang=en')).toBe(200);
    expect(await status('/directions')).toBe(200);
    // A well-formed code /meta does not list, a malformed one, an unknown direction, an unknown address.
    const missing = await firstScreen({ url: '/regions/KZ-99?lang=en', config: CONFIG });
    expect(missing?.status).toBe(404);
    expect(missing?.html).toContain('Region not found');
    expect(await status('/regions/nope')).toBe(404);
    expect(await status('/directions/nope')).toBe(404);
    expect(await status('/nope')).toBe(404);
    // Sent without its first screen, the page is judged without /meta: only what is certain is a 404.
    expect(plainPageStatus('/nope?lang=ru')).toBe(404);
    expect(plainPageStatus('/regions/nope')).toBe(404);
    expect(plainPageStatus('/regions/KZ-99')).toBe(200);
    expect(plainPageStatus('/wall?scenes=map')).toBe(200);
  });

  it('dresses only the wall as the wall: /wall/x is a page not found in the ordinary page, not in the wall’s dark, screen-sized one', async () => {
    const wall = await firstScreen({ url: '/wall?lang=en', config: CONFIG });
    expect(wall?.htmlClass).toBe('wall-mode');
    const missing = await firstScreen({ url: '/wall/x?lang=en', config: CONFIG });
    expect(missing?.status).toBe(404);
    expect(missing?.html).toContain('Page not found');
    expect(missing?.htmlClass).toBeNull();
    // It waits for the page's main content to paint, as every other page, not for the wall's first scene.
    expect(missing?.head).toContain('href="#main"');
  });

  it("gives up (the plain page is sent) when the API fails or answers nonsense, and says why in the reader's language", async () => {
    server.use(http.get('*/api/v1/summary', () => new HttpResponse('oops', { status: 503 })));
    expect(await renderFirstScreen({ url: '/?lang=en', config: CONFIG })).toEqual({
      unavailable: [
        'The figures could not be loaded: the server is temporarily unavailable (error 503, /summary).',
        'Reload the page in a while. With JavaScript on, the page tries again by itself.',
      ],
      lang: 'en',
      title: 'Overview — Front-Office Monitor',
    });
    server.use(http.get('*/api/v1/summary', () => HttpResponse.json({ kpis: 'none' })));
    const kk = await renderFirstScreen({ url: '/', config: CONFIG });
    expect(kk && !isFirstScreen(kk) ? kk.unavailable[0] : null).toBe(
      'Деректер жүктелмеді: деректер «asOf» өрісінде күтілген құрылымға сәйкес емес (/summary).',
    );
    expect(kk?.lang).toBe('kk');
  });

  it('is not attempted in demo mode or with a relative API address', async () => {
    expect(await renderFirstScreen({ url: '/', config: { demo: true } })).toBeNull();
    expect(await renderFirstScreen({ url: '/', config: { apiBaseUrl: '/api/v1', demo: false } })).toBeNull();
  });
});

describe('a page rendered before', () => {
  it('is sent again, not rendered, while the API answers 304 Not Modified to each request it was rendered from', async () => {
    const first = await firstScreen({ url: '/directions?lang=en', config: CONFIG });
    if (!first) throw new Error('not rendered');
    const { result: again, requests } = await requestsDuring(() => firstScreen({ url: '/directions?lang=en', config: CONFIG }));
    expect(again).toBe(first);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.ifNoneMatch !== null)).toBe(true);
    // Another language is another page.
    const ru = await firstScreen({ url: '/directions?lang=ru', config: CONFIG });
    expect(ru).not.toBe(first);
    expect(ru?.lang).toBe('ru');
  });

  it('is rendered afresh, with the new number, once an answer has changed', async () => {
    const before = await firstScreen({ url: '/?lang=en', config: CONFIG });
    const summary = await createApiClient({ baseUrl: BASE, timeoutMs: 2_000 }).get('summary', { period: 'ytd', compare: 'previous' });
    const changed = { ...summary, kpis: summary.kpis.map((k) => (k.metric === 'volunteers' ? { ...k, value: 123_456 } : k)) };
    server.use(http.get('*/api/v1/summary', () => HttpResponse.json(changed, { headers: { ETag: '"changed"' } })));
    const after = await firstScreen({ url: '/?lang=en', config: CONFIG });
    expect(after).not.toBe(before);
    expect(before?.html).not.toContain('123,456');
    expect(after?.html).toContain('123,456');
  });

  it("is rendered afresh once it is older than one refresh interval, so its clock is never older than an open dashboard's", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const renderedAt = new Date('2026-11-22T09:40:00Z').getTime();
      vi.setSystemTime(renderedAt);
      const request = { url: '/roadmap?lang=ru', config: { ...CONFIG, refreshSeconds: 30 } };
      const first = await firstScreen(request);
      vi.setSystemTime(renderedAt + 29_000);
      expect(await firstScreen(request)).toBe(first);
      vi.setSystemTime(renderedAt + 30_000);
      const later = await firstScreen(request);
      expect(later).not.toBe(first);
      expect(readFirstScreen(documentWith(later?.script ?? ''))?.renderedAt).toBe(renderedAt + 30_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is not sent when the API cannot confirm it: the page is rendered again, or sent plain when the API fails', async () => {
    const first = await firstScreen({ url: '/regions?lang=en', config: CONFIG });
    expect(first).not.toBeNull();
    server.use(http.get('*/api/v1/regions', () => new HttpResponse('down', { status: 503 })));
    const failed = await renderFirstScreen({ url: '/regions?lang=en', config: CONFIG });
    expect(failed && !isFirstScreen(failed) ? failed.unavailable[0] : failed).toMatch(/\(error 503, \/regions\)\.$/);
  });
});

describe('answers embedded in the page', () => {
  it('survive the trip through a <script> element whatever they contain', () => {
    const first = {
      config: { demo: false },
      answers: { '/meta': { name: HOSTILE, line: 'a\u2028b' } },
      etags: { '/meta': '"a1"' },
      locale: 'ru' as const,
      renderedAt: 1_700_000_000_000,
    };
    const text = serializeFirstScreen(first);
    expect(text).not.toMatch(/[<>\u2028]/);
    expect(JSON.parse(text)).toEqual(first);
    expect(readFirstScreen(documentWith(`<script>${text}</script>`))).toEqual(first);
  });

  it('are ignored when missing or unreadable', () => {
    expect(readFirstScreen(documentWith(''))).toBeNull();
    expect(readFirstScreen(documentWith('<script>{not json</script>'))).toBeNull();
    expect(readFirstScreen(documentWith('<script>{"answers":[]}</script>'))).toBeNull();
    expect(readFirstScreen(documentWith('<script>{"answers":{},"locale":"xx","renderedAt":1}</script>'))).toBeNull();
    // An ETag that is no string is left out: that answer is then asked for in full.
    const oddTags = '<script>{"answers":{},"etags":{"/meta":7,"/roadmap":"r1"},"locale":"en","renderedAt":1}</script>';
    expect(readFirstScreen(documentWith(oddTags))?.etags).toEqual({ '/roadmap': 'r1' });
  });

  it("carry their ETags: the app's next request for one is conditional, and a 304 hands back the same answer", async () => {
    const etag = (await fetch(`${BASE}/meta`)).headers.get('ETag');
    if (!etag) throw new Error('the demo API sent no ETag');
    const client = createApiClient({
      baseUrl: BASE,
      timeoutMs: 2_000,
      firstAnswers: { '/meta': metaBody(getModel()) },
      firstAnswerEtags: { '/meta': etag },
    });
    const { result: first, requests: none } = await requestsDuring(() => client.get('meta'));
    expect(none.map((r) => r.ifNoneMatch)).toEqual([]);
    const { result: again, requests } = await requestsDuring(() => client.get('meta'));
    expect(again).toBe(first);
    expect(requests.map((r) => r.ifNoneMatch)).toEqual([etag]);
  });

  it('stand in for one request each, used as the server validated them; the next poll asks the API and validates', async () => {
    let requests = 0;
    server.events.on('request:start', () => void requests++);
    const meta = metaBody(getModel());
    const client = createApiClient({ baseUrl: BASE, timeoutMs: 2_000, firstAnswers: { '/meta': meta } });
    expect(await client.get('meta')).toBe(meta);
    expect(requests).toBe(0);
    // Used once: the next poll asks the API, whose answers are validated as ever.
    expect((await client.get('meta')).regions).toHaveLength(20);
    expect(requests).toBe(1);
    server.use(http.get(`${BASE}/meta`, () => HttpResponse.json({ regions: 'nonsense' })));
    await expect(client.get('meta')).rejects.toBeInstanceOf(ApiError);
    server.events.removeAllListeners();
  });

  it('are embedded as the server validated them: an absurd count from the API travels as "no data", as the screen shows it', async () => {
    const sent = (await (await fetch(`${BASE}/summary?compare=previous&period=ytd`)).json()) as {
      kpis: { metric: string; value: unknown }[];
    };
    for (const kpi of sent.kpis) if (kpi.metric === 'volunteers') kpi.value = -5;
    server.use(http.get(`${BASE}/summary`, () => HttpResponse.json(sent)));
    const screen = await firstScreen({ url: '/?lang=en', config: CONFIG });
    if (!screen) throw new Error('not rendered');
    const summary = readFirstScreen(documentWith(screen.script))?.answers['/summary?compare=previous&period=ytd'] as {
      kpis: { metric: string; value: unknown }[];
    };
    expect(summary.kpis.find((k) => k.metric === 'volunteers')?.value).toBeNull();
    expect(summary.kpis.find((k) => k.metric === 'projects')?.value).toEqual(expect.any(Number));
    expect(screen.html).toContain('kpi-tile__no-data');
  });

  it('remembered language is read from the Cookie header', () => {
    expect(localeFromCookie('fom_lang=ru')).toBe('ru');
    expect(localeFromCookie('a=1; fom_lang=en; b=2')).toBe('en');
    expect(localeFromCookie('fom_lang=xx')).toBeNull();
    expect(localeFromCookie('xfom_lang=ru')).toBeNull();
    expect(localeFromCookie(undefined)).toBeNull();
  });
});

/** Just enough of a Document for readFirstScreen: the text of the one `<script>` in `markup`, if any. */
function documentWith(markup: string): Document {
  const text = /<script[^>]*>([\s\S]*)<\/script>/.exec(markup)?.[1] ?? null;
  return {
    getElementById: (id: string) => (id === FIRST_SCREEN_ID && text !== null ? { textContent: text } : null),
  } as unknown as Document;
}

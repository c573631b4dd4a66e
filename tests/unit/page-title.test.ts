/**
 * The document's title (WCAG 2.4.2): each page named in the reader's language, a region or direction by
 * its name from /meta; and the server's page carries the same title in its <title>, escaped.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { AVAILABLE_PATHS } from '../../src/app/app';
import { pageStatus, pageTitle } from '../../src/app/page-title';
import { isFirstScreen, renderFirstScreen, type FirstScreenHtml, type FirstScreenRequest } from '../../src/app/render-first-screen';
import { getModel } from '../../mocks/model/cube';
import { metaBody } from '../../mocks/responses';
import { withFirstScreen } from '../tools/serve-dist';
import { server, withDemoApi } from '../demo-api';

/** The rendered screen for `request`, or null where the server sends the plain page. */
const firstScreen = async (request: FirstScreenRequest): Promise<FirstScreenHtml | null> => {
  const page = await renderFirstScreen(request);
  return page && isFirstScreen(page) ? page : null;
};

const BASE = 'http://api.test/api/v1';
const CONFIG = { apiBaseUrl: BASE, demo: false };
const HOSTILE = '</title><script>window.pwned=1</script> & co';
const TEMPLATE = '<!doctype html><html lang="kk"><head><title>Front-Office Monitor</title></head><body><div id="root"></div></body></html>';

withDemoApi(new Date('2026-11-22T09:30:00Z'));

const meta = () => metaBody(getModel());

describe('page title', () => {
  it('names every page in the reader’s language, then the product', () => {
    const m = meta();
    expect(pageTitle('/', 'en', m)).toBe('Overview — Front-Office Monitor');
    expect(pageTitle('/regions', 'ru', m)).toBe('Регионы — Front-Office Monitor');
    expect(pageTitle('/regions/', 'kk', m)).toBe('Өңірлер — Front-Office Monitor');
    expect(pageTitle('/regions/KZ-62', 'kk', m)).toBe('Ұлытау облысы — Front-Office Monitor');
    // The title starts with the official name, so with a capital: «область Ұлытау» is written so mid-sentence.
    expect(pageTitle('/regions/KZ-62', 'ru', m)).toBe('Область Ұлытау — Front-Office Monitor');
    expect(pageTitle('/directions', 'kk', m)).toBe('Бағыттар — Front-Office Monitor');
    expect(pageTitle('/directions/ecology', 'ru', m)).toBe('Экологическое волонтёрство — Front-Office Monitor');
    expect(pageTitle('/roadmap', 'en', m)).toBe('Roadmap — Front-Office Monitor');
    expect(pageTitle('/activity', 'ru', m)).toBe('События — Front-Office Monitor');
    expect(pageTitle('/wall', 'kk', m)).toBe('Экран режимі — Front-Office Monitor');
  });

  it('says when a page is not found, as the page does', () => {
    const m = meta();
    expect(pageTitle('/nowhere', 'en', m)).toBe('Page not found — Front-Office Monitor');
    expect(pageTitle('/nowhere', 'kk', undefined)).toBe('Бет табылмады — Front-Office Monitor');
    expect(pageTitle('/regions/KZ-99', 'ru', m)).toBe('Регион не найден — Front-Office Monitor');
    expect(pageTitle('/regions/%3Cscript%3E', 'en', undefined)).toBe('Region not found — Front-Office Monitor');
    expect(pageTitle('/directions/astrology', 'kk', m)).toBe('Бағыт табылмады — Front-Office Monitor');
  });

  it('names a region or direction by its section until /meta has arrived', () => {
    expect(pageTitle('/regions/KZ-62', 'en', undefined)).toBe('Regions — Front-Office Monitor');
    expect(pageTitle('/directions/ecology', 'en', undefined)).toBe('Directions — Front-Office Monitor');
  });

  it('has a name for every route of the app', () => {
    const m = meta();
    const notFound = pageTitle('/nowhere', 'en', m);
    const example = (path: string) => path.replace(':code', 'KZ-62').replace(':id', 'ecology');
    for (const path of AVAILABLE_PATHS) expect(pageTitle(example(path), 'en', m), path).not.toBe(notFound);
  });

  it('answers 200 for every route of the app, with /meta or without, and 404 only where the page says so', () => {
    const m = meta();
    const example = (path: string) => path.replace(':code', 'KZ-62').replace(':id', 'ecology');
    for (const path of AVAILABLE_PATHS) {
      expect(pageStatus(example(path), m), path).toBe(200);
      expect(pageStatus(example(path), undefined), path).toBe(200);
    }
    expect(pageStatus('/nowhere', m)).toBe(404);
  });
});

describe('title of a page rendered on the server', () => {
  it('is the page’s, in the language the page is rendered in', async () => {
    expect((await firstScreen({ url: '/regions/KZ-62', config: CONFIG }))?.title).toBe('Ұлытау облысы — Front-Office Monitor');
    expect((await firstScreen({ url: '/regions?lang=ru', config: CONFIG }))?.title).toBe('Регионы — Front-Office Monitor');
    expect((await firstScreen({ url: '/', cookie: 'fom_lang=en', config: CONFIG }))?.title).toBe('Overview — Front-Office Monitor');
  });

  it('replaces the template’s <title>, with data from the API kept as text', async () => {
    const hostile = meta();
    for (const r of hostile.regions) r.name = { kk: HOSTILE, ru: HOSTILE, en: HOSTILE };
    server.use(http.get('*/api/v1/meta', () => HttpResponse.json(hostile)));
    const screen = await firstScreen({ url: '/regions/KZ-62?lang=en', config: CONFIG });
    if (!screen) throw new Error('not rendered');
    expect(screen.title).toBe(`${HOSTILE} — Front-Office Monitor`);
    const page = withFirstScreen(TEMPLATE, screen, null);
    const head = /<head>([\s\S]*)<\/head>/.exec(page)?.[1] ?? '';
    expect(head).toBe(
      '<title>&lt;/title&gt;&lt;script&gt;window.pwned=1&lt;/script&gt; &amp; co — Front-Office Monitor</title>' +
        '<link rel="expect" href="#region-kpis-title" blocking="render">',
    );
  });

  it('goes into the template with the page’s language', () => {
    const screen: FirstScreenHtml = {
      html: '<h1>x</h1>',
      script: '',
      head: '',
      lang: 'ru',
      htmlClass: null,
      title: 'Обзор — Front-Office Monitor',
      status: 200,
    };
    expect(withFirstScreen(TEMPLATE, screen, null)).toContain('<html lang="ru"><head><title>Обзор — Front-Office Monitor</title></head>');
  });

  it('gives the wall’s <html> the class that sizes it from the screen, and no other page’s', async () => {
    const wall = await firstScreen({ url: '/wall?scenes=kpi', config: CONFIG });
    const overview = await firstScreen({ url: '/', config: CONFIG });
    if (!wall || !overview) throw new Error('no first screen');
    expect(withFirstScreen(TEMPLATE, wall, null)).toContain('<html lang="kk" class="wall-mode">');
    expect(withFirstScreen(TEMPLATE, overview, null)).toContain('<html lang="kk"><head>');
  });

  it('holds the first paint until the parts that would move if drawn half-parsed are whole: the header and the selects, or the wall', async () => {
    const wall = await firstScreen({ url: '/wall?scenes=kpi', config: CONFIG });
    if (!wall) throw new Error('no first screen');
    // Only what the page has: a part that never comes would hold the paint until the document ends.
    expect(wall.head).toBe('<link rel="expect" href="#fom-first-screen" blocking="render">');
    expect(withFirstScreen(TEMPLATE, wall, null)).toMatch(
      /<div id="root">.*<\/div><script type="application\/json" id="fom-first-screen">/,
    );
    // Named by the first element with an id after each (Chromium lifts the hold at the start of the element
    // named): on the overview, after the period and comparison in its page header; on /regions, after the map
    // panel's metric and direction (the id React gave its legend); on the roadmap, whose selects are all in
    // the part the app draws later, after the header.
    const held: Record<string, string | null> = { '/?lang=en': 'kpis-title', '/regions?lang=en': null, '/roadmap?lang=en': 'main' };
    for (const url of Object.keys(held)) {
      const screen = await firstScreen({ url, config: CONFIG });
      if (!screen) throw new Error(`${url}: no first screen`);
      const named = /<link rel="expect" href="#([^"]+)" blocking="render">/.exec(screen.head)?.[1] ?? '';
      const at = screen.html.search(new RegExp(`<[a-z][^>]*\\sid="${named}"`));
      const below = screen.html.indexOf('<div class="below-first-screen"');
      const selects = [...screen.html.slice(0, below === -1 ? undefined : below).matchAll(/<\/select>/g)].map((m) => m.index);
      expect(at, `${url}: #${named}`).toBeGreaterThan(screen.html.indexOf('<main id="main"') - 1);
      expect(at, `${url}: #${named} after every select`).toBeGreaterThan(Math.max(...selects));
      if (below !== -1) expect(at, `${url}: #${named} before the part drawn later`).toBeLessThan(below);
      if (held[url]) expect(named, url).toBe(held[url]);
      // The first such element: nothing with an id between the last select (or the header) and it.
      const from = Math.max(screen.html.indexOf('<main id="main"') + 1, ...selects);
      expect(screen.html.slice(from, at), url).not.toMatch(/<[a-z][^>]*\sid="/);
      if (url.startsWith('/regions')) expect(screen.html.lastIndexOf('data-testid="map-direction"', at), url).toBeGreaterThan(-1);
    }
  });
});

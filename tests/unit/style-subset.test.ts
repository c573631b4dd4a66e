/**
 * A served page carries inline only the rules of the app's style sheet that its elements can match
 * (src/app/style-subset.ts); the whole sheet is listed, inert, for the app to apply after the first paint.
 */
import { describe, expect, it, vi } from 'vitest';
import { APP_STYLE_REL, applyListedStyleSheet } from '../../src/app/app-code';
import type { FirstScreenHtml } from '../../src/app/render-first-screen';
import { classesInMarkup, indexStyleSheet, styleSubset } from '../../src/app/style-subset';
import { withFirstScreen, type StyleSheet } from '../tools/serve-dist';

const cut = (css: string, classes: string[]): string => styleSubset(indexStyleSheet(css), new Set(classes));

describe('the rules a page can use', () => {
  it('keeps the rules of the classes on the page, in the sheet’s order, and drops the rest', () => {
    const css = '.a{color:red}.b{color:blue}.a .c{margin:0}.c{padding:0}.a>.b{top:0}';
    expect(cut(css, ['a', 'b'])).toBe('.a{color:red}.b{color:blue}.a>.b{top:0}');
    expect(cut(css, ['c'])).toBe('.c{padding:0}');
    expect(cut(css, [])).toBe('');
  });

  it('keeps a rule when any of its selectors can match', () => {
    expect(cut('.a,.b .c{color:red}.d,.e{color:blue}', ['b', 'c'])).toBe('.a,.b .c{color:red}');
  });

  it('needs no class named inside :not(), :is() or :has(), nor in an attribute’s value', () => {
    const css = '.a:not(.x){color:red}.a:has(.y){top:0}:is(.p,.q) .a{left:0}a[href$=".svg"]{right:0}.b[data-x=".a"]{margin:0}';
    expect(cut(css, ['a'])).toBe('.a:not(.x){color:red}.a:has(.y){top:0}:is(.p,.q) .a{left:0}a[href$=".svg"]{right:0}');
  });

  it('always keeps rules that need no class: elements, :root, the universal selector', () => {
    const css = ':root{--ink:#000}*,:before{box-sizing:border-box}body{margin:0}select{max-width:100%}.gone{color:red}';
    expect(cut(css, [])).toBe(':root{--ink:#000}*,:before{box-sizing:border-box}body{margin:0}select{max-width:100%}');
  });

  it('filters inside @media, @supports and @container, leaves out a group left empty, and keeps @keyframes whole', () => {
    const css =
      '@media print{.a{color:#000}.gone{display:none}}@media (width<=40rem){.gone{top:0}}@supports (display:grid){.a{display:grid}}' +
      '@container (width>=30rem){.gone{left:0}}@keyframes spin{to{transform:rotate(1turn)}}';
    expect(cut(css, ['a'])).toBe(
      '@media print{.a{color:#000}}@supports (display:grid){.a{display:grid}}@keyframes spin{to{transform:rotate(1turn)}}',
    );
  });

  it('is not misled by braces or commas inside strings and comments', () => {
    const css = '/* .a{ */.a:before{content:"}, .b{"}.b{color:red}.c:after{content:\'{\'}';
    expect(cut(css, ['a'])).toBe('.a:before{content:"}, .b{"}');
    expect(cut(css, ['c'])).toBe(".c:after{content:'{'}");
  });

  it('keeps @layer blocks and statements whole: the order layers first appear in ranks them', () => {
    const css = '@layer base,app;@layer base{.gone{top:0}}@layer app{.a{left:0}}.gone{color:red}';
    expect(cut(css, ['a'])).toBe('@layer base,app;@layer base{.gone{top:0}}@layer app{.a{left:0}}');
  });

  it('keeps a rule whose class name it could misread: escaped or not ASCII', () => {
    expect(cut('.sm\\:flex{display:flex}.kpi-é{top:0}.gone{left:0}', ['sm:flex', 'kpi-é'])).toBe('.sm\\:flex{display:flex}.kpi-é{top:0}');
  });

  it('needs no class named inside :where()', () => {
    expect(cut(':where(.x,.y) .a{top:0}', ['a'])).toBe(':where(.x,.y) .a{top:0}');
  });

  it('comes to an end on a comment left open', () => {
    expect(cut('.a{top:0}.b /* x', ['a', 'b'])).toBe('.a{top:0}');
    expect(cut('.a{top:0/* x', ['a'])).toBe('.a{top:0/* x}');
  });

  it('gives back the whole sheet when the page has every class', () => {
    const css = ':root{color:#000}.a{top:0}@media print{.b{left:0}}.c,.d:not(.e){right:0}@keyframes k{0%{opacity:0}}';
    expect(cut(css, ['a', 'b', 'c'])).toBe(css);
  });

  it('reads every class of the markup, on any element', () => {
    expect([...classesInMarkup('<html lang="kk" class="wall-mode"><p class="a  b"><svg class="mark"></svg><i class="">')]).toEqual([
      'wall-mode',
      'a',
      'b',
      'mark',
    ]);
  });
});

describe('a served page’s style', () => {
  const TEMPLATE =
    '<html lang="kk"><head><title>Front-Office Monitor</title><link rel="stylesheet" crossorigin href="/assets/style-1.css"></head><body><div id="root"></div></body></html>';
  const sheet: StyleSheet = {
    link: '<link rel="stylesheet" crossorigin href="/assets/style-1.css">',
    index: indexStyleSheet('body{margin:0}.kpi{font-size:2rem}.leaflet-pane{z-index:400}.wall-mode .kpi{font-size:4rem}'),
  };
  const screen = (html: string, htmlClass: string | null = null): FirstScreenHtml => ({
    html,
    head: '',
    script: '',
    title: 'Шолу',
    lang: 'kk',
    status: 200,
    htmlClass,
  });

  it('carries the rules its elements can match inline, and lists the whole sheet, inert, right after them', () => {
    const page = withFirstScreen(TEMPLATE, screen('<p class="kpi">330 360</p>'), sheet);
    expect(page).toContain(
      `<style>body{margin:0}.kpi{font-size:2rem}</style><link rel="${APP_STYLE_REL}" crossorigin href="/assets/style-1.css"></head>`,
    );
    expect(page).not.toContain('rel="stylesheet"');
    expect(page).not.toContain('leaflet');
  });

  it('under a Content-Security-Policy, gives the inline rules the response’s nonce, before the rules moved from style attributes', () => {
    const page = withFirstScreen(TEMPLATE, screen('<p class="kpi" style="width:40%">330 360</p>'), sheet, 'n0nce');
    expect(page).toMatch(
      new RegExp(
        `<style nonce="n0nce">body\\{margin:0\\}\\.kpi\\{font-size:2rem\\}</style><link rel="${APP_STYLE_REL}" crossorigin href="/assets/style-1.css"><style nonce="n0nce">[^<]*width:40%`,
      ),
    );
  });

  it('counts the class on <html> (the wall’s) among the page’s', () => {
    const page = withFirstScreen(TEMPLATE, screen('<p class="kpi">330 360</p>', 'wall-mode'), sheet);
    expect(page).toContain('<style>body{margin:0}.kpi{font-size:2rem}.wall-mode .kpi{font-size:4rem}</style>');
  });
});

describe('the whole sheet a served page lists', () => {
  const pageListing = (listed: boolean) => {
    const link = Object.assign(new EventTarget(), { rel: APP_STYLE_REL, href: '/assets/style-1.css' });
    const doc = { querySelector: (selector: string) => (listed && selector === `link[rel="${APP_STYLE_REL}"]` ? link : null) };
    return { link, doc: doc as unknown as Document };
  };
  const settled = async (promise: Promise<void>): Promise<boolean> => {
    let done = false;
    void promise.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    return done;
  };

  it('is applied, and the app may start once it has loaded', async () => {
    const { link, doc } = pageListing(true);
    const applied = applyListedStyleSheet(doc, 1_000);
    expect(link.rel).toBe('stylesheet');
    expect(await settled(applied)).toBe(false);
    link.dispatchEvent(new Event('load'));
    expect(await settled(applied)).toBe(true);
  });

  it('lets the app start, with a warning, when it fails to load or takes too long', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failed = pageListing(true);
    const afterError = applyListedStyleSheet(failed.doc, 1_000);
    failed.link.dispatchEvent(new Event('error'));
    expect(await settled(afterError)).toBe(true);
    const slow = pageListing(true);
    expect(await settled(applyListedStyleSheet(slow.doc, 5))).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      "The app's style sheet did not load: /assets/style-1.css",
      "The app's style sheet took over 5 ms: /assets/style-1.css",
    ]);
    warn.mockRestore();
  });

  it('is nothing to wait for on a page that lists none (a static host’s, which links it)', async () => {
    expect(await settled(applyListedStyleSheet(pageListing(false).doc))).toBe(true);
  });
});

/**
 * A served page carries inline only the rules of the app's style sheet that its elements can match
 * (src/app/style-subset.ts), with a stand-in for each run of the others; the whole sheet is listed, inert,
 * and the app puts those runs in their stand-ins' places after the first paint (src/app/style-sheet-completion.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { APP_STYLE_LENGTH, APP_STYLE_REL } from '../../src/app/app-code';
import { completeListedStyleSheet } from '../../src/app/style-sheet-completion';
import type { FirstScreenHtml } from '../../src/app/render-first-screen';
import { leftOutRange, splitRules } from '../../src/app/css-blocks';
import { classesInMarkup, indexStyleSheet, styleSubset } from '../../src/app/style-subset';
import { withFirstScreen, type StyleSheet } from '../tools/serve-dist';

/** A stand-in for rules left out of a page's cut (`leftOutRules`). */
const STAND_IN = /#fom-rest-\d+-\d+\{\}/g;
/** A page's cut with each stand-in replaced by the text it names, as the app puts it back. */
const filledBack = (css: string, subset: string): string =>
  subset.replace(STAND_IN, (standIn) => {
    const range = leftOutRange(standIn.slice(0, -2));
    if (!range) throw new Error(`not a stand-in: ${standIn}`);
    return css.slice(range.from, range.to);
  });
/** The rules a page keeps, without the stand-ins for those it leaves out. */
const cut = (css: string, classes: string[]): string => styleSubset(indexStyleSheet(css), new Set(classes)).replace(STAND_IN, '');

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

  it('filters inside @media, @supports and @container, keeps every such group, even left empty, and keeps @keyframes whole', () => {
    const css =
      '@media print{.a{color:#000}.gone{display:none}}@media (width<=40rem){.gone{top:0}}@supports (display:grid){.a{display:grid}}' +
      '@container (width>=30rem){.gone{left:0}}@keyframes spin{to{transform:rotate(1turn)}}';
    expect(cut(css, ['a'])).toBe(
      '@media print{.a{color:#000}}@media (width<=40rem){}@supports (display:grid){.a{display:grid}}@container (width>=30rem){}@keyframes spin{to{transform:rotate(1turn)}}',
    );
  });

  it('leaves one stand-in for each run of rules it leaves out, naming where they stand in the sheet: put back, they make the whole sheet', () => {
    const css =
      ':root{--ink:#000}.a{top:0}.gone{left:0}.gone2,.gone3{right:0}.b{color:red}@media print{.gone{display:none}.a{color:#000}.gone4 .a{top:1px}}' +
      '@layer base{.gone{top:0}}.gone5{content:"}"}@keyframes k{to{opacity:0}}.gone6{margin:0}';
    const subset = styleSubset(indexStyleSheet(css), new Set(['a', 'b']));
    expect(subset).toBe(
      ':root{--ink:#000}.a{top:0}#fom-rest-26-61{}.b{color:red}@media print{#fom-rest-87-106{}.a{color:#000}#fom-rest-120-138{}}' +
        '@layer base{.gone{top:0}}#fom-rest-164-183{}@keyframes k{to{opacity:0}}#fom-rest-210-226{}',
    );
    expect(filledBack(css, subset)).toBe(css);
    // What the app inserts for a stand-in: its rules one by one.
    expect(splitRules(css.slice(26, 61))).toEqual(['.gone{left:0}', '.gone2,.gone3{right:0}']);
    expect(filledBack(css, styleSubset(indexStyleSheet(css), new Set()))).toBe(css);
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

  it('gives back the whole sheet, with no stand-in, when the page has every class', () => {
    const css = ':root{color:#000}.a{top:0}@media print{.b{left:0}}.c,.d:not(.e){right:0}@keyframes k{0%{opacity:0}}';
    expect(styleSubset(indexStyleSheet(css), new Set(['a', 'b', 'c']))).toBe(css);
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

  it('carries the rules its elements can match inline, a stand-in for the rest, and lists the whole sheet, inert, right after them', () => {
    const page = withFirstScreen(TEMPLATE, screen('<p class="kpi">330 360</p>'), sheet);
    expect(page).toContain(
      `<style>body{margin:0}.kpi{font-size:2rem}#fom-rest-34-91{}</style><link rel="${APP_STYLE_REL}" data-length="91" crossorigin href="/assets/style-1.css"></head>`,
    );
    expect(page).not.toContain('rel="stylesheet"');
    expect(page).not.toContain('leaflet');
  });

  it('under a Content-Security-Policy, gives the inline rules the response’s nonce, before the rules moved from style attributes', () => {
    const page = withFirstScreen(TEMPLATE, screen('<p class="kpi" style="width:40%">330 360</p>'), sheet, 'n0nce');
    expect(page).toMatch(
      new RegExp(
        `<style nonce="n0nce">body\\{margin:0\\}\\.kpi\\{font-size:2rem\\}#fom-rest-34-91\\{\\}</style><link rel="${APP_STYLE_REL}" data-length="91" crossorigin href="/assets/style-1.css"><style nonce="n0nce">[^<]*width:40%`,
      ),
    );
  });

  it('counts the class on <html> (the wall’s) among the page’s', () => {
    const page = withFirstScreen(TEMPLATE, screen('<p class="kpi">330 360</p>', 'wall-mode'), sheet);
    expect(page).toContain('<style>body{margin:0}.kpi{font-size:2rem}#fom-rest-34-60{}.wall-mode .kpi{font-size:4rem}</style>');
  });
});

describe('the whole sheet a served page lists, when no inline sheet comes before it: linked, as a fallback', () => {
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
    const applied = completeListedStyleSheet(doc, { waitMs: 1_000 });
    expect(link.rel).toBe('stylesheet');
    expect(await settled(applied)).toBe(false);
    link.dispatchEvent(new Event('load'));
    expect(await settled(applied)).toBe(true);
  });

  it('lets the app start, with a warning, when it fails to load or takes too long', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failed = pageListing(true);
    const afterError = completeListedStyleSheet(failed.doc, { waitMs: 1_000 });
    failed.link.dispatchEvent(new Event('error'));
    expect(await settled(afterError)).toBe(true);
    const slow = pageListing(true);
    expect(await settled(completeListedStyleSheet(slow.doc, { waitMs: 5 }))).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      "The app's style sheet did not load: /assets/style-1.css",
      "The app's style sheet took over 5 ms: /assets/style-1.css",
    ]);
    warn.mockRestore();
  });

  it('is nothing to wait for on a page that lists none (a static host’s, which links it)', async () => {
    expect(await settled(completeListedStyleSheet(pageListing(false).doc))).toBe(true);
  });
});

describe('a served page’s inline sheet, completed', () => {
  /** A sheet's rules as the CSSOM keeps them, enough for completeListedStyleSheet: style rules and @media groups. */
  interface FakeRule {
    cssText: string;
    selectorText?: string;
    prelude?: string;
    cssRules?: FakeRule[];
    insertRule?: (text: string, index: number) => number;
    deleteRule?: (index: number) => void;
  }
  const container = (css: string) => {
    const rules: FakeRule[] = [];
    return {
      cssRules: rules,
      insertRule(text: string, index: number): number {
        // A rule the browser cannot read is refused, as Chromium refuses Firefox's pseudo-elements.
        if (text.includes('::-moz-')) throw new DOMException(`cannot read ${text}`, 'SyntaxError');
        if (text.includes('.refused')) throw new DOMException(`will not take ${text}`, 'HierarchyRequestError');
        if (index < 0 || index > rules.length) throw new DOMException(`no index ${index}`, 'IndexSizeError');
        rules.splice(index, 0, ruleOf(text));
        return index;
      },
      deleteRule(index: number): void {
        rules.splice(index, 1);
      },
      fill(): void {
        for (const text of splitRules(css)) rules.push(ruleOf(text));
      },
    };
  };
  const ruleOf = (text: string): FakeRule => {
    const open = text.indexOf('{');
    const prelude = text.slice(0, open);
    if (!prelude.startsWith('@media')) return { cssText: text, selectorText: prelude };
    const group = container(text.slice(open + 1, -1));
    group.fill();
    return Object.assign(group, { prelude, cssText: text });
  };
  const textOf = (rules: FakeRule[]): string =>
    rules.map((rule) => (rule.prelude ? `${rule.prelude}{${textOf(rule.cssRules ?? [])}}` : rule.cssText)).join('');

  const WHOLE =
    ':root{--ink:#000}.a{top:0}.gone{left:0}.gone2::-moz-focus-inner{border:0}.gone3{right:0}.b{color:red}' +
    '@media print{.gone{display:none}.a{color:#000}.gone4 .a{top:1px}}@media (width<=40rem){.gone5{top:0}}.gone6{margin:0}';
  /** A page served with the cut of `css` for these classes, completed with `read`; its link gives the length it was cut from. */
  const served = (classes: string[], read: (url: string) => Promise<string>, css = WHOLE, waitMs = 1_000) => {
    const index = indexStyleSheet(css);
    const sheet = container(styleSubset(index, new Set(classes)));
    sheet.fill();
    const link = Object.assign(new EventTarget(), {
      rel: APP_STYLE_REL,
      href: '/assets/style-1.css',
      previousElementSibling: { tagName: 'STYLE', sheet },
      getAttribute: (name: string) => (name === APP_STYLE_LENGTH ? String(index.length) : null),
    });
    const doc = { querySelector: (selector: string) => (selector === `link[rel="${APP_STYLE_REL}"]` ? link : null) } as unknown as Document;
    return { sheet, link, completed: completeListedStyleSheet(doc, { waitMs, read }) };
  };
  const warnings = () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    return () => warn.mock.calls.map(([message]) => String(message));
  };

  it('puts every rule left out back where it stood, leaving out only what the browser cannot read', async () => {
    const { sheet, link, completed } = served(['a', 'b'], () => Promise.resolve(WHOLE));
    expect(textOf(sheet.cssRules)).toContain('#fom-rest-');
    await completed;
    expect(textOf(sheet.cssRules)).toBe(WHOLE.replace('.gone2::-moz-focus-inner{border:0}', ''));
    expect(link.rel).toBe(APP_STYLE_REL);
  });

  it('links the whole sheet instead when its text cannot be read, and the app starts once it has loaded', async () => {
    const warned = warnings();
    const { link, completed } = served(['a'], () => Promise.reject(new Error('HTTP 503')));
    await vi.waitFor(() => expect(link.rel).toBe('stylesheet'));
    link.dispatchEvent(new Event('load'));
    await completed;
    expect(warned()).toEqual(["The app's style sheet could not be read (HTTP 503): /assets/style-1.css linked whole instead"]);
  });

  it('links the whole sheet instead when a stand-in is no longer where it was', async () => {
    const warned = warnings();
    let sheetOfPage: ReturnType<typeof container> | null = null;
    // Something else takes the sheet's first stand-in away while its text is on the way.
    const { sheet, link, completed } = served(['a'], async () => {
      await Promise.resolve();
      sheetOfPage?.cssRules.splice(
        sheetOfPage.cssRules.findIndex((rule) => rule.selectorText?.startsWith('#fom-rest-')),
        1,
      );
      return WHOLE;
    });
    sheetOfPage = sheet;
    await vi.waitFor(() => expect(link.rel).toBe('stylesheet'));
    link.dispatchEvent(new Event('load'));
    await completed;
    expect(String(warned()[0])).toMatch(
      /^The app's style sheet could not be completed \(stand-in \d+-\d+ is gone\): \/assets\/style-1.css linked whole instead$/,
    );
  });

  it('links the whole sheet instead when its text is not the one the page was cut from', async () => {
    const warned = warnings();
    const { sheet, link, completed } = served(['a'], () => Promise.resolve(`${WHOLE}.added{top:0}`));
    await vi.waitFor(() => expect(link.rel).toBe('stylesheet'));
    link.dispatchEvent(new Event('load'));
    await completed;
    // Nothing was put in from the other text.
    expect(textOf(sheet.cssRules)).toContain('#fom-rest-');
    expect(warned()).toEqual([
      `The app's style sheet is not the text the page was cut from (${WHOLE.length + 13} characters, not ${WHOLE.length}): /assets/style-1.css linked whole instead`,
    ]);
  });

  it('links the whole sheet instead, once, when the browser refuses a rule for another reason than not reading it', async () => {
    const warned = warnings();
    const css = `${WHOLE}.refused{top:0}.gone7{top:0}`;
    const { link, completed } = served(['a'], () => Promise.resolve(css), css);
    await vi.waitFor(() => expect(link.rel).toBe('stylesheet'));
    link.dispatchEvent(new Event('load'));
    await completed;
    expect(warned()).toEqual([
      "The app's style sheet could not be completed (will not take .refused{top:0}): /assets/style-1.css linked whole instead",
    ]);
  });

  it('lets the app start after its wait, once and with one warning, when the text does not come', async () => {
    const warned = warnings();
    const { link, completed } = served(['a'], () => new Promise<string>(() => undefined), WHOLE, 5);
    await completed;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(warned()).toEqual(["The app's style sheet took over 5 ms: /assets/style-1.css"]);
    expect(link.rel).toBe(APP_STYLE_REL);
  });

  it('names runs the app can put back whatever the sheet holds: strings, comments, nested groups, statements, nested rules', () => {
    const css =
      '.a{top:0}/* {.gone */.gone{content:"}{"}/* } */.gone2{left:0}@import url(x.css);.gone3{top:0}' +
      '@media print{@supports (display:grid){.gone4{display:grid}.a{color:red}}.gone5{top:0}}.gone6{&:hover{color:red}}.a:hover{top:1px}';
    for (const classes of [['a'], [], ['a', 'gone', 'gone4']]) {
      const subset = styleSubset(indexStyleSheet(css), new Set(classes));
      expect(filledBack(css, subset).replace(/\/\*.*?\*\//g, ''), classes.join()).toBe(css.replace(/\/\*.*?\*\//g, ''));
    }
    expect(splitRules('/* {.gone */.gone{content:"}{"}/* } */.gone2{left:0}')).toEqual([
      '/* {.gone */.gone{content:"}{"}',
      '/* } */.gone2{left:0}',
    ]);
  });
});

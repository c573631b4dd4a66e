/**
 * The part of the app's style sheet a server-rendered page can use before the app starts.
 *
 * A served page carries its styles inline (a linked sheet is a round trip before the first paint), but
 * the one sheet holds every page's rules, Leaflet's and the wall's among them (~50 KB). The browser parsed
 * all of it before it went on with the page, and matched every element against it. So the server inlines
 * only the rules that can match an element the page has (4–15 KB), and the page lists the whole sheet,
 * inert; src/main.tsx applies it once the first screen is painted, and starts the app only once it is in.
 * Measured with the benchmark's loads, 11 interleaved each at 1× CPU: the first numbers came 8–24 ms
 * sooner on `/regions`, KZ-62, `/directions`, `/roadmap` and `/wall`; `/` was within noise. (`/roadmap`
 * was then timed by the end of its first frame's main-thread work, not its paint: see the README.)
 *
 * "Can match" is decided by class names alone, conservatively: a selector needs every class named in it
 * outside parentheses and attribute brackets (`:not(.a)`, `:is(.a, .b)`, `:has(.a)`, `[data-x=".a"]` need
 * nothing), on some element of the page; a rule is kept when any of its selectors can match. No script
 * changes a class before the whole sheet is in (src/main.tsx starts the app after it), so an element
 * matches the same rules in the subset as in the whole sheet: its style does not change when the whole
 * sheet arrives (an e2e test compares every element's computed style).
 *
 * Written for our own build's minified output (lightningcss): rules and `@media`, `@supports` and
 * `@container` blocks are filtered; other at-rules (`@keyframes`, `@font-face`, `@layer`, whose order of
 * first appearance ranks the layers) are kept whole, and so is a rule whose selector names a class this
 * reading could get wrong (an escaped or non-ASCII name).
 */

/** A rule of the sheet, with what it needs to be able to match anything. */
type Piece =
  /** A rule kept whatever the page: an at-rule such as `@keyframes`, or a selector needing no class. */
  | { kind: 'always'; text: string }
  /** A style rule: kept when every class of at least one of its selectors is on the page. */
  | { kind: 'rule'; text: string; selectors: readonly (readonly string[])[] }
  /** A conditional group (`@media …{…}`): kept with those of its rules that are kept, if any. */
  | { kind: 'group'; prelude: string; pieces: readonly Piece[] };

/** A style sheet read once, to be cut to each page. */
export interface IndexedStyleSheet {
  readonly pieces: readonly Piece[];
}

const GROUP_AT_RULES = /^@(media|supports|container)\b/i;

/** The index just past the end of a string starting at `start` (its opening quote). */
const skipString = (css: string, start: number): number => {
  const quote = css[start];
  let i = start + 1;
  while (i < css.length && css[i] !== quote) i += css[i] === '\\' ? 2 : 1;
  return i + 1;
};

/** The index just past the end of a comment starting at `start` (its `/*`); the end of the text if it is left open. */
const skipComment = (css: string, start: number): number => {
  const close = css.indexOf('*/', start + 2);
  return close < 0 ? css.length : close + 2;
};

/** The index of the `}` closing the block whose `{` is at `open`. */
const blockEnd = (css: string, open: number): number => {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") i = skipString(css, i) - 1;
    else if (c === '/' && css[i + 1] === '*') i = skipComment(css, i) - 1;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return css.length;
};

/** Visits each character of a selector (list) that stands outside strings, parentheses and attribute brackets. */
const forEachTopLevel = (text: string, visit: (c: string, index: number) => void): void => {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"' || c === "'") i = skipString(text, i) - 1;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0) visit(c, i);
  }
};

/** Splits a selector list at its top-level commas. */
const splitSelectors = (list: string): string[] => {
  const out: string[] = [];
  let from = 0;
  forEachTopLevel(list, (c, i) => {
    if (c !== ',') return;
    out.push(list.slice(from, i));
    from = i + 1;
  });
  out.push(list.slice(from));
  return out;
};

/** The classes a selector needs: those named outside parentheses and attribute brackets. */
const neededClasses = (selector: string): string[] => {
  let outside = '';
  forEachTopLevel(selector, (c) => (outside += c));
  return [...outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] as string);
};

const parsePieces = (css: string): Piece[] => {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < css.length) {
    // The prelude runs to the rule's `{`, or to the `;` of a statement at-rule (`@import …;`).
    let j = i;
    while (j < css.length && css[j] !== '{' && css[j] !== ';') {
      if (css[j] === '"' || css[j] === "'") j = skipString(css, j);
      else if (css[j] === '/' && css[j + 1] === '*') j = skipComment(css, j);
      else j++;
    }
    const prelude = css
      .slice(i, j)
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .trim();
    // What trails the last rule without a block or a `;` is no rule at all.
    if (j >= css.length) break;
    if (css[j] === ';') {
      if (prelude) pieces.push({ kind: 'always', text: `${prelude};` });
      i = j + 1;
      continue;
    }
    const end = blockEnd(css, j);
    const body = css.slice(j + 1, end);
    if (GROUP_AT_RULES.test(prelude) && body.includes('{')) {
      pieces.push({ kind: 'group', prelude, pieces: parsePieces(body) });
    } else if (prelude.startsWith('@')) {
      pieces.push({ kind: 'always', text: `${prelude}{${body}}` });
    } else {
      const selectors = splitSelectors(prelude).map(neededClasses);
      const text = `${prelude}{${body}}`;
      // An escaped or non-ASCII class name would be cut short by the reading above: keep its rule.
      const unsure = /[\\\u0080-\uffff]/.test(prelude);
      pieces.push(unsure || selectors.some((needs) => needs.length === 0) ? { kind: 'always', text } : { kind: 'rule', text, selectors });
    }
    i = end + 1;
  }
  return pieces;
};

/** Reads a style sheet once, for `styleSubset` to cut to each page. */
export const indexStyleSheet = (css: string): IndexedStyleSheet => ({ pieces: parsePieces(css) });

/** Every class named in the markup's `class` attributes (React writes them in double quotes). */
export const classesInMarkup = (html: string): Set<string> => {
  const classes = new Set<string>();
  for (const [, value] of html.matchAll(/\sclass="([^"]*)"/g))
    for (const name of (value as string).split(/\s+/)) if (name) classes.add(name);
  return classes;
};

const keptText = (pieces: readonly Piece[], classes: ReadonlySet<string>): string => {
  let out = '';
  for (const piece of pieces) {
    if (piece.kind === 'always') out += piece.text;
    else if (piece.kind === 'rule') {
      if (piece.selectors.some((needs) => needs.every((name) => classes.has(name)))) out += piece.text;
    } else {
      const inner = keptText(piece.pieces, classes);
      if (inner) out += `${piece.prelude}{${inner}}`;
    }
  }
  return out;
};

/** The sheet's rules that can match an element of a page whose elements have these classes, in order. */
export const styleSubset = (sheet: IndexedStyleSheet, classes: ReadonlySet<string>): string => keptText(sheet.pieces, classes);

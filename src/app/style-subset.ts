/**
 * The part of the app's style sheet a server-rendered page can use before the app starts.
 *
 * A served page carries its styles inline (a linked sheet is a round trip before the first paint), but
 * the one sheet holds every page's rules, Leaflet's and the wall's among them (~50 KB). The browser parsed
 * all of it before it went on with the page, and matched every element against it. So the server inlines
 * only the rules that can match an element the page has (4–15 KB), with an empty stand-in for each run
 * of the others that names where the run stands in the sheet's text, and the page lists the whole sheet,
 * inert. Once the first screen is painted, src/main.tsx reads that text and puts each run where its
 * stand-in is (`completeListedStyleSheet`, src/app/style-sheet-completion.ts), and starts the app only once it is whole.
 * Measured with the benchmark's loads, 11 interleaved each at 1× CPU: the first numbers came 8–24 ms
 * sooner on `/regions`, KZ-62, `/directions`, `/roadmap` and `/wall`; `/` was within noise. (`/roadmap`
 * was then timed by the end of its first frame's main-thread work, not its paint: see the README.)
 *
 * "Can match" is decided by class names alone, conservatively: a selector needs every class named in it
 * outside parentheses and attribute brackets (`:not(.a)`, `:is(.a, .b)`, `:has(.a)`, `[data-x=".a"]` need
 * nothing), on some element of the page; a rule is kept when any of its selectors can match. No script
 * changes a class before the whole sheet is in (src/main.tsx starts the app after it), so an element
 * matches the same rules in the subset as in the whole sheet: its style does not change when the rest
 * arrives (an e2e test compares every element's computed style, and the completed sheet with the whole).
 *
 * Written for our own build's minified output (lightningcss): rules and `@media`, `@supports` and
 * `@container` blocks are filtered; other at-rules (`@keyframes`, `@font-face`, `@layer`, whose order of
 * first appearance ranks the layers) are kept whole, and so is a rule whose selector names a class this
 * reading could get wrong (an escaped or non-ASCII name).
 */
import { cssBlocks, leftOutRules, skipString } from './css-blocks';

/** A rule of the sheet, with what it needs to be able to match anything. */
type Piece =
  /** A rule kept whatever the page: an at-rule such as `@keyframes`, or a selector needing no class. */
  | { kind: 'always'; text: string }
  /** A style rule: kept when every class of at least one of its selectors is on the page. `from` and `to`: where it stands in the sheet's text. */
  | { kind: 'rule'; text: string; selectors: readonly (readonly string[])[]; from: number; to: number }
  /** A conditional group (`@media …{…}`): kept with those of its rules that are kept, and stand-ins for the rest. */
  | { kind: 'group'; prelude: string; pieces: readonly Piece[] };

/** A style sheet read once, to be cut to each page. */
export interface IndexedStyleSheet {
  readonly pieces: readonly Piece[];
  /** The length of the text the stand-ins' places are counted in: the app checks it has the same text. */
  readonly length: number;
}

const GROUP_AT_RULES = /^@(media|supports|container)\b/i;

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

/** The pieces of the sheet's text from `from` to `to`, with where each rule stands in it. */
const parsePieces = (css: string, from: number, to: number): Piece[] => {
  const pieces: Piece[] = [];
  for (const { start, open, end } of cssBlocks(css, from, to)) {
    const prelude = css
      .slice(start, open)
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .trim();
    if (css[open] === ';') {
      if (prelude) pieces.push({ kind: 'always', text: `${prelude};` });
      continue;
    }
    const body = css.slice(open + 1, end);
    if (GROUP_AT_RULES.test(prelude) && body.includes('{')) {
      pieces.push({ kind: 'group', prelude, pieces: parsePieces(css, open + 1, end) });
    } else if (prelude.startsWith('@')) {
      pieces.push({ kind: 'always', text: `${prelude}{${body}}` });
    } else {
      const selectors = splitSelectors(prelude).map(neededClasses);
      const text = `${prelude}{${body}}`;
      // An escaped or non-ASCII class name would be cut short by the reading above: keep its rule.
      const unsure = /[\\\u0080-\uffff]/.test(prelude);
      pieces.push(
        unsure || selectors.some((needs) => needs.length === 0)
          ? { kind: 'always', text }
          : { kind: 'rule', text, selectors, from: start, to: end + 1 },
      );
    }
  }
  return pieces;
};

/** Reads a style sheet once, for `styleSubset` to cut to each page. */
export const indexStyleSheet = (file: string): IndexedStyleSheet => {
  // Counted in the text as the browser hands it to the app (Response.text() drops a byte order mark).
  const css = file.replace(/^\uFEFF/, '');
  return { pieces: parsePieces(css, 0, css.length), length: css.length };
};

/** Every class named in the markup's `class` attributes (React writes them in double quotes). */
export const classesInMarkup = (html: string): Set<string> => {
  const classes = new Set<string>();
  for (const [, value] of html.matchAll(/\sclass="([^"]*)"/g))
    for (const name of (value as string).split(/\s+/)) if (name) classes.add(name);
  return classes;
};

const keptText = (pieces: readonly Piece[], classes: ReadonlySet<string>): string => {
  let out = '';
  /** The run of rules left out since the last one kept: one stand-in for them all. */
  let leftOut = null as { from: number; to: number } | null;
  const endRun = () => {
    if (leftOut) out += leftOutRules(leftOut.from, leftOut.to);
    leftOut = null;
  };
  for (const piece of pieces) {
    if (piece.kind === 'rule' && !piece.selectors.some((needs) => needs.every((name) => classes.has(name)))) {
      leftOut = { from: leftOut?.from ?? piece.from, to: piece.to };
      continue;
    }
    endRun();
    if (piece.kind === 'group') out += `${piece.prelude}{${keptText(piece.pieces, classes)}}`;
    else out += piece.text;
  }
  endRun();
  return out;
};

/**
 * The sheet's rules that can match an element of a page whose elements have these classes, in order;
 * each run of rules left out between them is one empty rule that names the run's place in the sheet's
 * text (`leftOutRules`), for the app to put them back where they were. Every conditional group comes,
 * with at least such a stand-in: the app puts rules into a group, never a group into the sheet (a rule
 * added into a group is matched against the page alone; an added group, against every rule of the sheet).
 */
export const styleSubset = (sheet: IndexedStyleSheet, classes: ReadonlySet<string>): string => keptText(sheet.pieces, classes);

/**
 * Reading a style sheet's text block by block, as the server does to cut it to a page
 * (src/app/style-subset.ts) and the app does to fill that page's cut back in (src/app/style-sheet-completion.ts).
 * Enough of CSS's syntax to find where rules end: strings, comments and nested braces.
 */

/** The index just past the end of a string starting at `start` (its opening quote). */
export const skipString = (css: string, start: number): number => {
  const quote = css[start];
  let i = start + 1;
  while (i < css.length && css[i] !== quote) i += css[i] === '\\' ? 2 : 1;
  return i + 1;
};

/** The index just past the end of a comment starting at `start` (its `/*`); the end of the text if it is left open. */
export const skipComment = (css: string, start: number): number => {
  const close = css.indexOf('*/', start + 2);
  return close < 0 ? css.length : close + 2;
};

/** The index of the `}` closing the block whose `{` is at `open`; the end of the text if it is left open. */
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

/** The index where the prelude starting at `start` ends: its rule's `{`, the `;` of a statement at-rule (`@import …;`), or `end`. */
const preludeEnd = (css: string, start: number, end: number): number => {
  let j = start;
  while (j < end && css[j] !== '{' && css[j] !== ';') {
    if (css[j] === '"' || css[j] === "'") j = skipString(css, j);
    else if (css[j] === '/' && css[j + 1] === '*') j = skipComment(css, j);
    else j++;
  }
  return j;
};

/** A rule or statement in a style sheet's text: where it starts, its `{` (a statement's `;`), and its closing `}` (that `;`). */
export interface CssBlock {
  start: number;
  open: number;
  end: number;
}

/**
 * The rules and statements of the text from `from` to `to`, in order. What trails the last one without
 * a block or a `;` is none; a block left open ends at `to`.
 */
export function* cssBlocks(css: string, from = 0, to = css.length): Generator<CssBlock> {
  let start = from;
  while (start < to) {
    const open = preludeEnd(css, start, to);
    if (open >= to) return;
    const end = css[open] === ';' ? open : Math.min(blockEnd(css, open), to);
    yield { start, open, end };
    start = end + 1;
  }
}

/** The rules and statements of a piece of style sheet, each as its text (what `insertRule` takes), in order. */
export const splitRules = (css: string): string[] =>
  Array.from(cssBlocks(css), ({ start, end }) => css.slice(start, end + 1).trim()).filter((text) => text !== ';');

/**
 * Where a served page's inline style sheet leaves out a run of the whole sheet's rules (src/app/style-subset.ts):
 * an empty rule for an id no element has, naming the run's place in the whole sheet's text, from and to.
 * The app puts those rules in its stead (src/app/style-sheet-completion.ts), each where it stood in the whole sheet.
 */
const LEFT_OUT_ID = 'fom-rest-';
const LEFT_OUT_SELECTOR = new RegExp(`^#${LEFT_OUT_ID}(\\d+)-(\\d+)$`);

/** The stand-in for the whole sheet's text from `from` to `to`. */
export const leftOutRules = (from: number, to: number): string => `#${LEFT_OUT_ID}${from}-${to}{}`;

/** The part of the whole sheet a rule stands in for, by its selector; null for any other rule. */
export const leftOutRange = (selectorText: string): { from: number; to: number } | null => {
  const match = LEFT_OUT_SELECTOR.exec(selectorText);
  return match ? { from: Number(match[1]), to: Number(match[2]) } : null;
};

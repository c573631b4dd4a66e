/**
 * Completing a served page's style sheet after its first paint: its own chunk, imported by src/main.tsx
 * then, since none of it is needed for the page's first paint.
 */
import { runInSlices, type SliceOptions } from '../lib/in-slices';
import { APP_STYLE_LENGTH, APP_STYLE_REL, STYLE_SHEET_WAIT_MS } from './app-code';
import { leftOutRange, splitRules } from './css-blocks';

/** A sheet or a conditional group (`@media`, `@supports`, `@container`): what rules are inserted into. */
type RuleContainer = Pick<CSSStyleSheet, 'cssRules' | 'insertRule' | 'deleteRule'>;

/** A stand-in of the inline sheet, in the sheet or group it stands in, and the part of the whole sheet's text it stands for. */
interface StandIn {
  container: RuleContainer;
  rule: CSSRule;
  from: number;
  to: number;
}

const isContainer = (rule: CSSRule): rule is CSSRule & RuleContainer => 'cssRules' in rule && 'insertRule' in rule;

/** The stand-ins of a sheet, in the sheet's order. */
const standInsOf = (container: RuleContainer, found: StandIn[] = []): StandIn[] => {
  for (const rule of Array.from(container.cssRules)) {
    const range = 'selectorText' in rule ? leftOutRange(String(rule.selectorText)) : null;
    if (range) found.push({ container, rule, ...range });
    else if (isContainer(rule)) standInsOf(rule, found);
  }
  return found;
};

/**
 * Puts a stand-in's rules where it stands, and takes it away. Each rule goes just before the stand-in, so
 * they keep the whole sheet's order. A rule this browser cannot read is left out, as it would be from the
 * sheet itself; anything else going wrong is reported to `failed`.
 */
const fillIn = (standIn: StandIn, css: string, failed: (why: string) => void): void => {
  const { container, rule, from, to } = standIn;
  let at = Array.prototype.indexOf.call(container.cssRules, rule);
  if (at < 0) return failed(`stand-in ${from}-${to} is gone`);
  // A run begins where a rule, a statement or a group's block ended or began, and ends with a rule's `}`.
  const rules = splitRules(css.slice(from, to));
  if (rules.length === 0 || (from > 0 && !'{};'.includes(css[from - 1] ?? '')) || css[to - 1] !== '}')
    return failed(`stand-in ${from}-${to} does not fit the sheet's text`);
  for (const text of rules) {
    try {
      container.insertRule(text, at);
      at++;
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'SyntaxError'))
        failed(error instanceof Error ? error.message : 'a rule was refused');
    }
  }
  if (container.cssRules[at] !== rule) return failed(`stand-in ${from}-${to} moved`);
  container.deleteRule(at);
};

/** Applies the listed sheet as a linked style sheet; resolves once it has loaded (with null) or failed (with what went wrong). */
const linkWhole = (link: HTMLLinkElement): Promise<string | null> =>
  new Promise((loaded) => {
    link.addEventListener('load', () => loaded(null), { once: true });
    link.addEventListener('error', () => loaded('did not load'), { once: true });
    link.rel = 'stylesheet';
  });

const fetchText = async (url: string): Promise<string> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
};

export interface CompleteOptions {
  waitMs?: number;
  /** Reads the whole sheet's text (fetch; replaceable in tests). */
  read?: (url: string) => Promise<string>;
  later?: SliceOptions['later'];
}

/**
 * Completes a served page's style sheet and resolves once it is whole; at once when no sheet is listed
 * (a static host's page links the sheet itself).
 *
 * The whole sheet is read as text and each stand-in of the inline sheet is replaced by the rules it
 * stands for, a few at a time in short tasks, so the inline sheet becomes the whole sheet, in its order.
 * Linking the whole sheet after the inline one did the same in two long tasks: parsing ~59 KB, then
 * styling every element of the page again, since a new sheet's rules for elements (`body`, `*`) may
 * change any of them (on a phone-sized page at 1× CPU, 22 and 28–47 ms, which Lighthouse's four times
 * slower phone counts as 80–190 ms each). A rule inserted into a sheet is matched against the page on its
 * own, and no element of the page matches the rules inserted here.
 *
 * Should the text not be the one the page was cut from (its length, on the link, differs), not come, or
 * not fit a stand-in, or a stand-in not be where it was, the sheet is linked whole, after the inline one
 * (the whole sheet then decides every element's style, whatever the inline one has). After `waitMs` the
 * app starts anyway, rather than not at all: the page stays styled, but what the app draws that the page
 * did not have (the map, charts, other pages, the print layout) may be unstyled until the rest is in; if
 * that then fails, the sheet is linked whole while the app runs, with a second warning.
 */
export const completeListedStyleSheet = (doc: Document, options: CompleteOptions = {}): Promise<void> => {
  const { waitMs = STYLE_SHEET_WAIT_MS, read = fetchText, later } = options;
  const link = doc.querySelector<HTMLLinkElement>(`link[rel="${APP_STYLE_REL}"]`);
  if (!link) return Promise.resolve();
  return new Promise((whole) => {
    let settled = false;
    const finish = (problem?: string | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (problem) console.warn(`The app's style sheet ${problem}: ${link.href}`);
      whole();
    };
    const timer = setTimeout(() => finish(`took over ${waitMs} ms`), waitMs);
    const linkInstead = (why?: string): void => {
      if (why) console.warn(`The app's style sheet ${why}: ${link.href} linked whole instead`);
      void linkWhole(link).then(finish);
    };
    const inline = link.previousElementSibling;
    const sheet = inline?.tagName === 'STYLE' ? (inline as HTMLStyleElement).sheet : null;
    if (!sheet) return linkInstead();
    const standIns = standInsOf(sheet);
    if (standIns.length === 0) return finish();
    read(link.href).then(
      (css) => {
        const expected = link.getAttribute(APP_STYLE_LENGTH);
        if (expected !== null && css.length !== Number(expected))
          return linkInstead(`is not the text the page was cut from (${css.length} characters, not ${expected})`);
        let stopped = false;
        const stop = (why: string): void => {
          if (stopped) return;
          stopped = true;
          linkInstead(`could not be completed (${why})`);
        };
        // A stand-in a step (the longest stands for Leaflet's rules, 16 KB), as many as fit in a slice.
        const steps = standIns.map((standIn) => () => {
          if (stopped) return;
          try {
            fillIn(standIn, css, stop);
          } catch (error) {
            stop(error instanceof Error ? error.message : 'a step failed');
          }
        });
        runInSlices(steps, { later, onDone: () => stopped || finish() });
      },
      (error: unknown) => linkInstead(`could not be read (${error instanceof Error ? error.message : 'no text'})`),
    );
  });
};

/**
 * The app's code and its whole style sheet on a page whose first screen the server rendered.
 *
 * The code: such a page does not preload it — compiling it competed with the first paint — but lists it,
 * inert: the server renames index.html's `<link rel="modulepreload">` tags to this rel
 * (tests/tools/serve-dist.ts), which the browser ignores. src/main.tsx makes them preloads again once the
 * page has been painted: all of the app's code is then fetched at once, although it is evaluated in
 * stages (each stage would otherwise be a round trip of its own).
 */
import { ONE_STEP_PER_TASK, runInSlices, type SliceOptions } from '../lib/in-slices';

export const APP_CODE_REL = 'fom-app-code';

/**
 * Makes the listed links preloads again, one per task: each starts a request there and then, which costs
 * the main thread about a millisecond and several with DevTools watching the network (as Lighthouse
 * does); the thirteen in one go took 20 ms of one task on a phone-sized page at 1× CPU (traced with the
 * CPU profiler on). The stages' own imports do not wait for them: an import of a module whose preload
 * has not started yet fetches it.
 */
export const preloadListedAppCode = (doc: Document, later?: SliceOptions['later']): void => {
  const listed = [...doc.querySelectorAll<HTMLLinkElement>(`link[rel="${APP_CODE_REL}"]`)];
  runInSlices(
    listed.map((link) => () => (link.rel = 'modulepreload')),
    { sliceMs: ONE_STEP_PER_TASK, later },
  );
};

/**
 * The app's whole style sheet on a page whose first screen the server rendered: the page carries inline
 * only the rules its own elements can match (src/app/style-subset.ts) and lists the sheet with this rel,
 * which the browser ignores, right after those rules.
 */
export const APP_STYLE_REL = 'fom-style-sheet';

/** How long the app waits at most for the listed style sheet before it starts regardless. */
export const STYLE_SHEET_WAIT_MS = 8_000;

/**
 * Applies the listed style sheet and resolves once it is in; at once when none is listed (a static host's
 * page links the sheet itself). The sheet's rules are those inline and the rest, in the same order, so the
 * server's elements keep their style as it arrives. If it fails or takes over `waitMs`, the app starts
 * anyway, rather than not at all: the page stays styled, but what the app draws that the page did not
 * have (the map, charts, other pages, the print layout) is then unstyled until a reload.
 */
export const applyListedStyleSheet = (doc: Document, waitMs = STYLE_SHEET_WAIT_MS): Promise<void> => {
  const link = doc.querySelector<HTMLLinkElement>(`link[rel="${APP_STYLE_REL}"]`);
  if (!link) return Promise.resolve();
  return new Promise((applied) => {
    const done = (problem?: string): void => {
      clearTimeout(timer);
      if (problem) console.warn(`The app's style sheet ${problem}: ${link.href}`);
      applied();
    };
    const timer = setTimeout(() => done(`took over ${waitMs} ms`), waitMs);
    link.addEventListener('load', () => done(), { once: true });
    link.addEventListener('error', () => done('did not load'), { once: true });
    link.rel = 'stylesheet';
  });
};

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
 * only the rules its own elements can match, with a stand-in for each run of the others
 * (src/app/style-subset.ts), and lists the sheet with this rel, which the browser ignores, right after them;
 * src/app/style-sheet-completion.ts puts the rest in.
 */
export const APP_STYLE_REL = 'fom-style-sheet';
/** The listed sheet's attribute with the length of the text its stand-ins count in (`IndexedStyleSheet.length`). */
export const APP_STYLE_LENGTH = 'data-length';

/** How long the app waits at most for the listed style sheet before it starts regardless. */
export const STYLE_SHEET_WAIT_MS = 8_000;

/**
 * The app's code on a page whose first screen the server rendered. Such a page does not preload it —
 * compiling it competed with the first paint — but lists it, inert: the server renames index.html's
 * `<link rel="modulepreload">` tags to this rel (tests/tools/serve-dist.ts), which the browser ignores.
 * src/main.tsx makes them preloads again once the page has been painted: all of the app's code is then
 * fetched at once, although it is evaluated in stages (each stage would otherwise be a round trip of
 * its own).
 */
import { runInSlices, type SliceOptions } from '../lib/in-slices';

export const APP_CODE_REL = 'fom-app-code';

/** Slices of no length: each link starts its request in a task of its own. */
const ONE_STEP_PER_TASK = 0;

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
 * Runs `ask` — a dynamic import through Vite's module loader — with the `<link rel="modulepreload">`
 * tags the loader adds to `<head>` for the chunk's dependencies appended one per task instead of all at
 * once. Each starts a request there and then: a region page's chunk needs 18 modules a served page does
 * not list, and appending them took 12–38 ms in one task on a phone-sized page at 1× CPU (an INP-sized
 * pause when a click opens that page). The import does not wait for them (the loader waits only for
 * style sheets), and a module the import reaches first is not fetched twice. Where the loader appends
 * nothing, or elsewhere than to `<head>`, this changes nothing.
 */
export const withSpreadPreloads = <T>(ask: () => T, doc: Document | undefined = globalThis.document, later?: SliceOptions['later']): T => {
  const head = doc?.head;
  if (!head) return ask();
  const append = (node: Node): void => void Node.prototype.appendChild.call(head, node);
  const held: Node[] = [];
  head.appendChild = <N extends Node>(node: N): N => {
    const link = node as unknown as Partial<HTMLLinkElement>;
    if (link.localName === 'link' && link.rel === 'modulepreload') held.push(node);
    else append(node);
    return node;
  };
  try {
    return ask();
  } finally {
    // The element's own property goes; its prototype's method is back.
    delete (head as Partial<HTMLHeadElement>).appendChild;
    runInSlices(
      held.map((node) => () => append(node)),
      { sliceMs: ONE_STEP_PER_TASK, later, startLater: true },
    );
  }
};

/** Asking for a chunk without one long task of preload links: for pages (src/app) and panels and charts alike. */
import { ONE_STEP_PER_TASK, runInSlices, type SliceOptions } from './in-slices';

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

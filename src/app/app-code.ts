/**
 * The app's code on a page whose first screen the server rendered. Such a page does not preload it —
 * compiling it competed with the first paint — but lists it, inert: the server renames index.html's
 * `<link rel="modulepreload">` tags to this rel (tests/tools/serve-dist.ts), which the browser ignores.
 * src/main.tsx makes them preloads again once the page has been painted: all of the app's code is then
 * fetched at once, although it is evaluated in stages (each stage would otherwise be a round trip of
 * its own).
 */
export const APP_CODE_REL = 'fom-app-code';

/**
 * Makes the listed links preloads again, one per task: each starts a request there and then, which costs
 * the main thread about a millisecond and several with DevTools watching the network (as Lighthouse
 * does); the thirteen in one go were a 20 ms task on a phone-sized page at 1× CPU. The stages' own
 * imports do not wait for them: an import of a module whose preload has not started yet fetches it.
 */
export const preloadListedAppCode = (doc: Document, later: (next: () => void) => void = (next) => setTimeout(next, 0)): void => {
  const listed = [...doc.querySelectorAll<HTMLLinkElement>(`link[rel="${APP_CODE_REL}"]`)];
  const preloadNext = (): void => {
    const link = listed.shift();
    if (!link) return;
    link.rel = 'modulepreload';
    if (listed.length > 0) later(preloadNext);
  };
  preloadNext();
};

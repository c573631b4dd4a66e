/**
 * The app's code on a page whose first screen the server rendered. Such a page does not preload it —
 * compiling it competed with the first paint — but lists it, inert: the server renames index.html's
 * `<link rel="modulepreload">` tags to this rel (tests/tools/serve-dist.ts), which the browser ignores.
 * src/main.tsx makes them preloads again once the page has been painted: all of the app's code is then
 * fetched at once, although it is evaluated in stages (each stage would otherwise be a round trip of
 * its own).
 */
export const APP_CODE_REL = 'fom-app-code';

export const preloadListedAppCode = (doc: Document): void => {
  for (const link of doc.querySelectorAll<HTMLLinkElement>(`link[rel="${APP_CODE_REL}"]`)) link.rel = 'modulepreload';
};

/**
 * Entry. The app (src/start.tsx) is downloaded alongside — index.html preloads its code (see
 * `preloadApp` in vite.config.ts; the one style sheet comes with this file); a page the server rendered
 * lists it instead, preloaded once painted (src/app/app-code.ts), and with it the whole style sheet, of
 * which it carries inline only the rules its own elements use — but evaluated only after the browser has
 * painted once (for a server-rendered screen: once that paint is on screen).
 * A first screen rendered by the server, numbers included, is then on screen before ~140 KB of
 * JavaScript ties up the main thread; evaluated at once, the code went first and the numbers that had
 * arrived with the HTML waited 200–400 ms for it.
 */
import './styles.css';
import { preloadListedAppCode } from './app/app-code';
import { isWallPath } from './lib/wall-path';
import { keepEarlyKeys } from './lib/early-keys';
import { followInPageLinks } from './lib/in-page-links';
import { nextTask } from './lib/in-slices';

/** The server rendered the first screen: it is on screen before the app's code runs (a static host's page is empty). */
const serverRendered = document.getElementById('root')?.firstElementChild != null;

// A served wall is on screen before its code runs: the presenter's keys meanwhile are kept for it.
if (serverRendered && isWallPath(window.location.pathname)) keepEarlyKeys();

// A served page's in-page links (the roadmap's indicators, the skip links) are there from its first paint.
followInPageLinks();

/** How long a server-rendered page waits at most for the browser to report its first paint. */
const FIRST_PAINT_WAIT_MS = 1000;

/**
 * Resolves once the browser has shown the page: for a screen the server rendered, when its first
 * contentful paint has been presented (the paint timing entry comes with the frame's presentation);
 * otherwise, or where paint timing is missing, after the first frame's work on the main thread.
 * Waiting only for that frame's main-thread work (an animation frame) was not enough: the app's code
 * was then fetched and compiled while the frame was still being rasterised, on a machine with two cores,
 * and the numbers came up 50–100 ms later than with no script at all (served overview, 1× CPU, 11 loads
 * each: 348 ms against 248 ms; waiting for the paint entry: 248 ms).
 */
const afterFirstPaint = (): Promise<void> =>
  new Promise((painted) => {
    // A hidden tab (a wall display behind another window) paints no frames: do not wait for one.
    if (document.visibilityState === 'hidden') return painted();
    if (!serverRendered || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(() => setTimeout(painted, 0));
      return;
    }
    // Either way the app starts in a task of its own (the observer's callback or the timer), once: the
    // promise settles once, and each way stops the other.
    const go = (): void => {
      observer.disconnect();
      clearTimeout(fallback);
      painted();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) go();
    });
    observer.observe({ type: 'paint', buffered: true });
    // A page may be shown without its contentful paint being reported (a tab hidden before it painted, a
    // browser that leaves the entry out): the app must start regardless.
    const fallback = setTimeout(go, FIRST_PAINT_WAIT_MS);
  });

/**
 * The app's code is evaluated in three tasks, not one: React, then the API contract (zod's own code and
 * the parameters' schemas, built as the module runs), then — once a served page's whole style sheet is
 * in — the app. Evaluating a module graph is one uninterruptible task, and in one piece it was the
 * longest of start-up (~45 ms here, four times that on a phone). Each import evaluates only what no
 * earlier one did.
 */
const evaluateApp = async (): Promise<unknown> => {
  // A served page carries inline only the rules its own elements match (src/app/style-subset.ts): they
  // are complete only until the app changes a class or draws something new, so the app starts once the
  // rest, fetched alongside its code, is in. What puts it in is a chunk of its own: the first paint needs none of it.
  const styled = import('./app/style-sheet-completion').then(({ completeListedStyleSheet }) => completeListedStyleSheet(document));
  preloadListedAppCode(document);
  await import('react-dom/client');
  await nextTask();
  await import('./api/contract');
  await nextTask();
  await styled;
  return import('./start');
};

void afterFirstPaint()
  .then(evaluateApp)
  .catch((error: unknown) => {
    // The app's code did not arrive (a deploy replaced it, the network dropped): say so, never a blank page.
    console.error('Loading the app failed', error);
    const root = document.getElementById('root');
    if (root && !root.firstChild) {
      root.textContent =
        'Front-Office Monitor could not be loaded: reload the page. · Front-Office Monitor жүктелмеді: бетті қайта жүктеңіз. · Не удалось загрузить Front-Office Monitor: перезагрузите страницу.';
    }
  });

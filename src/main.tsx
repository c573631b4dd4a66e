/**
 * Entry. The app (src/start.tsx) is downloaded alongside — index.html preloads its code (see
 * `preloadApp` in vite.config.ts; the one style sheet comes with this file); a page the server rendered
 * lists it instead, preloaded once painted (src/app/app-code.ts) — but evaluated only after the browser
 * has painted once.
 * A first screen rendered by the server, numbers included, is then on screen before ~140 KB of
 * JavaScript ties up the main thread; evaluated at once, the code went first and the numbers that had
 * arrived with the HTML waited 200–400 ms for it.
 */
import './styles.css';
import { preloadListedAppCode } from './app/app-code';
import { nextTask } from './lib/in-slices';

const afterFirstPaint = (): Promise<void> =>
  new Promise((painted) => {
    // A hidden tab (a wall display behind another window) paints no frames: do not wait for one.
    if (document.visibilityState === 'hidden') return painted();
    requestAnimationFrame(() => setTimeout(painted, 0));
  });

/**
 * The app's code is evaluated in three tasks, not one: React, then the API contract (zod builds its
 * schemas as the module runs), then the app. Evaluating a module graph is one uninterruptible task,
 * and in one piece it was the longest of start-up (~45 ms here, four times that on a phone). Each
 * import evaluates only what no earlier one did.
 */
const evaluateApp = async (): Promise<unknown> => {
  preloadListedAppCode(document);
  await import('react-dom/client');
  await nextTask();
  await import('./api/contract');
  await nextTask();
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

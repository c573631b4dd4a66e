/** Starts the embedded demo API (msw service worker). Imported dynamically, only when config says demo. */
import { worker } from '../../mocks/browser';

/**
 * msw asks the browser to update a worker it finds already registered without waiting for the answer
 * (`getWorkerInstance` in msw 2.15). When the update cannot run, e.g. a page of the same site started
 * another one a moment before, Chromium rejects it ("Failed to update a ServiceWorker … Not found") as an
 * unhandled rejection, though the registered worker goes on answering: nothing the reader would see failed.
 */
const ignoreWorkerUpdateRace = (event: PromiseRejectionEvent) => {
  const reason: unknown = event.reason;
  if (reason instanceof Error && reason.message.startsWith('Failed to update a ServiceWorker')) event.preventDefault();
};

export const startDemoWorker = async (): Promise<void> => {
  window.addEventListener('unhandledrejection', ignoreWorkerUpdateRace);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    // The app's own files and the map geometry are real requests; only /api/v1 is answered here.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
};

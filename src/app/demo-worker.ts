/** Starts the embedded demo API (msw service worker). Imported dynamically, only when config says demo. */
import { worker } from '../../mocks/browser';

export const startDemoWorker = async (): Promise<void> => {
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    // The app's own files and the map geometry are real requests; only /api/v1 is answered here.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
};

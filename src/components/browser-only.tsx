/**
 * Lazily loaded content drawn only in the browser. The server, and the browser while it hydrates the
 * server's HTML, draw `fallback` in its place: the content's code is not there (Leaflet cannot even be
 * imported on the server), and suspending there would make React redraw that part with an error.
 */
import { Suspense, type ReactNode } from 'react';
import { useInBrowser } from '../lib/use-in-browser';

export const BrowserOnly = ({ fallback, children }: { fallback: ReactNode; children: ReactNode }) => (
  <Suspense fallback={fallback}>{useInBrowser() ? children : fallback}</Suspense>
);

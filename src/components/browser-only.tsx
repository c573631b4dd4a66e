/**
 * Lazily loaded content drawn only in the browser. The server, and the browser while it hydrates the
 * server's HTML, draw `fallback` in its place: the content's code is not there (Leaflet cannot even be
 * imported on the server), and suspending there would make React redraw that part with an error.
 *
 * Given `ready` (the content's chunk, LazyLoadable.load), the fallback stays until the chunk is here
 * and the content then renders without suspending. Content that suspends in place of the fallback it
 * replaced makes React keep that fallback hidden in the page beside the boundary's own copy.
 */
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useInBrowser } from '../lib/use-in-browser';
import { afterReady } from './lazy-loadable';

interface BrowserOnlyProps {
  fallback: ReactNode;
  ready?: () => Promise<void>;
  children: ReactNode;
}

export const BrowserOnly = ({ fallback, ready, children }: BrowserOnlyProps) => {
  const inBrowser = useInBrowser();
  const [loaded, setLoaded] = useState(false);
  useEffect(() => (inBrowser && ready ? afterReady(ready, () => setLoaded(true)) : undefined), [inBrowser, ready]);
  const show = inBrowser && (!ready || loaded);
  return <Suspense fallback={fallback}>{show ? children : fallback}</Suspense>;
};

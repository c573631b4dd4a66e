/**
 * False while the first screen is rendered on the server (src/app/render-first-screen.tsx), true in the
 * browser from the first render on. For what must never run on the server, such as loading Leaflet,
 * which touches `window` as soon as it is imported.
 */
import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => undefined;

export const useInBrowser = (): boolean =>
  useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );

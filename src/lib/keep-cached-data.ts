/**
 * Keeps every answer in the cache for as long as the page using this is shown. A wall shows each scene
 * for seconds and then leaves it for minutes; with the app's five minutes of `gcTime`, an outage longer
 * than that dropped the last good data of the scenes off screen (and from the copy saved for a reboot),
 * and they came back as a map of "no data" under "No data received yet". The wall asks for a fixed set of
 * answers (its scenes, the 20 regions in turn), so the cache stays bounded.
 */
import type { DefaultOptions, QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/** Each client's defaults from before it was told to keep everything, to be put back. */
const before = new WeakMap<QueryClient, DefaultOptions>();

const keepEverything = (client: QueryClient): void => {
  if (!before.has(client)) before.set(client, client.getDefaultOptions());
  const defaults = before.get(client) ?? {};
  client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, gcTime: Infinity } });
};

const putBack = (client: QueryClient): void => {
  const defaults = before.get(client);
  if (!defaults) return;
  client.setDefaultOptions(defaults);
  before.delete(client);
};

export const useKeepCachedData = (client: QueryClient): void => {
  // Set while rendering, before the scenes below first render and create their queries with the defaults.
  useState(() => keepEverything(client));
  // And for as long as the page is shown, put back when it goes. Idempotent both ways, and the defaults put
  // back are always the ones from before: React's strict mode renders and mounts twice in development, and a
  // value kept by the first call put the wall's own defaults back, or the app's while the wall was still up.
  useEffect(() => {
    keepEverything(client);
    return () => putBack(client);
  }, [client]);
};

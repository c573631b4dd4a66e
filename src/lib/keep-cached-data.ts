/**
 * Keeps every answer in the cache for as long as the page using this is shown. A wall shows each scene
 * for seconds and then leaves it for minutes; with the app's five minutes of `gcTime`, an outage longer
 * than that dropped the last good data of the scenes off screen (and from the copy saved for a reboot),
 * and they came back as a map of "no data" under "No data received yet". The wall asks for a fixed set of
 * answers (its scenes, the 20 regions in turn), so the cache stays bounded.
 */
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

export const useKeepCachedData = (client: QueryClient): void => {
  // Set while rendering, before the scenes below create their queries with the defaults; restored on leaving.
  const [previous] = useState(() => {
    const defaults = client.getDefaultOptions();
    client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, gcTime: Infinity } });
    return defaults;
  });
  useEffect(() => () => client.setDefaultOptions(previous), [client, previous]);
};

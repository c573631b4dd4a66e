/**
 * Whether polling runs right now, and the wall display's way to keep it running in a hidden tab.
 *
 * TanStack Query polls only while its focusManager says the page is focused, which by default means
 * "the tab is visible": a hidden tab stops polling and refetches at once when shown again (InfluxDB
 * #18868). An unattended wall screen must keep polling regardless (a TV browser may report the page
 * hidden while it is on the wall), so `/wall` calls `useBackgroundPolling()`: while any component
 * holding it is mounted, the focusManager reports "focused" and every query keeps its interval.
 */
import { focusManager } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';

let holders = 0;

/** Keeps auto-refresh running while the tab is hidden, for as long as the caller is mounted. */
export const useBackgroundPolling = (enabled = true): void => {
  useEffect(() => {
    if (!enabled) return;
    holders++;
    focusManager.setFocused(true);
    return () => {
      holders--;
      // Back to the default check (document visibility), which also fires a refetch if visible.
      if (holders === 0) focusManager.setFocused(undefined);
    };
  }, [enabled]);
};

const subscribe = (onChange: () => void) => focusManager.subscribe(onChange);
const getSnapshot = () => focusManager.isFocused();

/** True while queries poll: the tab is visible, or a wall display asked to poll in the background. */
export const usePollingActive = (): boolean => useSyncExternalStore(subscribe, getSnapshot, () => true);

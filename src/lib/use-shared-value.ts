/**
 * A value derived anew on every render (a chart's rows, built from the answers) that keeps its identity
 * while it says the same: the previous value when the new one is deep-equal to it, unchanged parts of
 * it shared otherwise, as TanStack Query shares the answers themselves. Elements memoised on it are
 * then the same element across renders that change nothing it holds (see ChartFrame's `chart`).
 *
 * For JSON-like data (objects, arrays, strings, finite numbers, booleans, null): anything else (a Date,
 * a function, NaN) never equals its previous self, so it simply comes back new each render.
 */
import { replaceEqualDeep } from '@tanstack/react-query';
import { useLayoutEffect, useRef } from 'react';

export const useSharedValue = <T>(value: T): T => {
  const previous = useRef(value);
  // Read during render on purpose: comparing with what the last committed render returned is the point,
  // and it only decides which of two equal values to hand out.
  // eslint-disable-next-line react-hooks/refs
  const shared = replaceEqualDeep(previous.current, value);
  useLayoutEffect(() => {
    previous.current = shared;
  });
  return shared;
};

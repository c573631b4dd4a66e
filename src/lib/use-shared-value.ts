/**
 * A value derived anew on every render (a chart's rows, built from the answers) that keeps its identity
 * while it says the same: the previous value when the new one is deep-equal to it, unchanged parts of
 * it shared otherwise, as TanStack Query shares the answers themselves. Elements memoised on it are
 * then the same element across renders that change nothing it holds (see ChartFrame's `chart`).
 * For plain data (objects, arrays, numbers, strings); anything else is compared by identity.
 */
import { replaceEqualDeep } from '@tanstack/react-query';
import { useState } from 'react';

export const useSharedValue = <T>(value: T): T => {
  const [previous, setPrevious] = useState(value);
  const shared = replaceEqualDeep(previous, value);
  // Kept for the next render (React's pattern for information from previous renders): set only on a change.
  if (shared !== previous) setPrevious(shared);
  return shared;
};

/** The current time, updated every `ms`: enough for clocks and "delayed" checks without re-rendering on every tick. */
import { useEffect, useState } from 'react';

export const useNow = (ms: number): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), ms);
    return () => window.clearInterval(timer);
  }, [ms]);
  return now;
};

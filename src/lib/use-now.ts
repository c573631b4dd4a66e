/** The current time, updated every `ms`: enough for clocks and "delayed" checks without re-rendering on every tick. */
import { useEffect, useState } from 'react';

/**
 * While a first screen rendered on the server is being hydrated, "now" is the moment the server rendered
 * it, on both sides: text that depends on the clock (ages, the wall clock, days left) then matches the
 * server's HTML, which hydration requires. Each clock catches up right after.
 */
let renderedAt: number | null = null;

/** Sets (a time) or ends (null) the hydration clock: by the server renderer and by start-up. */
export const setFirstScreenClock = (time: number | null): void => {
  renderedAt = time;
};

export const useNow = (ms: number): number => {
  const [now, setNow] = useState(() => renderedAt ?? Date.now());
  const [fromFirstScreen] = useState(() => renderedAt !== null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    // Started on the server's time: catch up in the next task, once hydration is done.
    const catchUp = fromFirstScreen ? window.setTimeout(tick, 0) : undefined;
    const timer = window.setInterval(tick, ms);
    return () => {
      window.clearTimeout(catchUp);
      window.clearInterval(timer);
    };
  }, [ms, fromFirstScreen]);
  return now;
};

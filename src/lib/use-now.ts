/** The current time, updated every `ms`: enough for clocks and "delayed" checks without re-rendering on every tick. */
import { useEffect, useState, useSyncExternalStore } from 'react';

/**
 * While a first screen rendered on the server is being hydrated, "now" is the moment the server rendered
 * it, on both sides: text that depends on the clock (ages, the wall clock, days left) then matches the
 * server's HTML, which hydration requires. Each clock catches up right after.
 */
let renderedAt: number | null = null;

/** Sets (a time) or ends (null) the first screen's clock: by the server renderer and by start-up. */
export const setFirstScreenClock = (time: number | null): void => {
  renderedAt = time;
};

const noSubscription = () => () => undefined;

/**
 * True while React renders on the server or hydrates what the server rendered, for every part of the
 * page, however late it is hydrated (React reads the server snapshot then). The first screen's clock was
 * ended once the root had hydrated, and a part hydrated after it, a minute later, showed another minute
 * than the server had: React threw that part away and drew it anew (the wall at 04:17:59, CI).
 */
const useHydrating = (): boolean =>
  useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );

export const useNow = (ms: number): number => {
  const hydrating = useHydrating();
  const [fromFirstScreen] = useState(() => hydrating && renderedAt !== null);
  const [now, setNow] = useState(() => (fromFirstScreen && renderedAt !== null ? renderedAt : Date.now()));
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

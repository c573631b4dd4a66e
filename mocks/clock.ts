// The demo API's only source of "now": injectable so tests and recorded demos can pin the time.

let pinned: Date | null = null;

/** Current time for the demo data: the pinned instant if one is set, the real time otherwise. */
export const demoNow = (): Date => (pinned ? new Date(pinned.getTime()) : new Date());

/** Pins the demo clock to `date` (tests, DEMO_NOW), or back to real time with null. */
export const setDemoNow = (date: Date | null): void => {
  // Copy, so a caller mutating its Date later cannot move our clock.
  pinned = date ? new Date(date.getTime()) : null;
};

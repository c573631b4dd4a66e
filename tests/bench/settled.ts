/**
 * When one page load of the benchmark is over (tests/bench/load-run.ts): a pure function of what the
 * page shows, so the rule is unit-tested.
 */
import type { PageMarks, PageState } from './harness';

/** What a load must show before it counts as done (the first, probing load of a route decides). */
export interface Expectation {
  kpi: boolean;
  map: boolean;
  chart: boolean;
}

/** How long a quiet network must last before a map or chart the page has not begun is taken as not coming. */
export const NOT_COMING_AFTER_QUIET_MS = 3_000;

/**
 * Without an expectation (the probing load): rendered, every map and chart on the page drawn, and the
 * network quiet for a second. With one: what it names is on screen and the network quiet for 300 ms.
 * A map or chart the page has not even begun to draw while the network stays quiet for 3 s is not
 * coming: below the fold it is created only when it comes near the viewport, which at the same window
 * size it does in some loads and not in others (the overview's breakdown), and waiting for it timed the
 * load out, 20–40 s each.
 */
export const loadSettled = (
  state: Pick<PageState, 'rendered' | 'loadingPage' | 'hasMap' | 'hasChart'> & { marks: PageMarks },
  expect: Expectation | undefined,
  quietFor: (ms: number) => boolean,
): boolean => {
  const { marks } = state;
  if (!expect) {
    const drawn = (!state.hasMap || marks.map !== undefined) && (!state.hasChart || marks.chart !== undefined);
    return state.rendered && !state.loadingPage && drawn && quietFor(1000);
  }
  const arrived = (mark: number | undefined, begun: boolean) => mark !== undefined || (!begun && quietFor(NOT_COMING_AFTER_QUIET_MS));
  return (
    (!expect.kpi || marks.kpi !== undefined) &&
    (!expect.map || arrived(marks.map, state.hasMap)) &&
    (!expect.chart || arrived(marks.chart, state.hasChart)) &&
    quietFor(300)
  );
};

/**
 * What the benchmark times as a route's "first numbers", and the window it times them in. No imports:
 * the e2e tests check these selectors against the served first screen (tests/e2e/first-screen.spec.ts).
 */

/** The window of the desktop runs (1× and 4× CPU); the headline numbers must be on screen in it. */
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 } as const;

/**
 * Where each route shows its headline numbers — the "first KPI numbers" the benchmark times. Pages
 * without KPI tiles have their own first figures (the map's summary, the roadmap's latest actuals);
 * any route not listed uses the overview's tiles.
 */
export const HEADLINE_NUMBERS: Record<string, string> = {
  '/': '[data-testid^="kpi-"]',
  // The map panel's summary sentence (highest, lowest and median region, with their values) is the page's
  // first figures; the regions table starts below the fold at 1280×800, where it was timed until 2026-12-04.
  '/regions': '[data-testid^="kpi-"], [data-testid="map-summary"], main table td',
  '/regions/KZ-62': '[data-testid^="kpi-"], [data-testid^="region-kpi-"]',
  // The breakdown's summary sentence (largest direction, priority share, fastest and slowest change) is the page's first numbers.
  '/directions': '[data-testid^="kpi-"], main table td, [data-testid="direction-stats"], main .chart-frame__summary',
  // The indicators table at the top of the page (its latest actuals); each indicator's card below repeats them.
  '/roadmap': '[data-testid^="kpi-"], [data-testid^="row-latest-"]',
  '/wall': '[data-testid^="kpi-"], [data-testid^="wall-kpi-"]',
};

export const headlineSelector = (path: string): string => HEADLINE_NUMBERS[new URL(path, 'http://x').pathname] ?? '[data-testid^="kpi-"]';

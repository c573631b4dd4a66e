/**
 * How much larger than drawn at the usual 16 px chart text is to be: the reader's default font size (a
 * browser setting low-vision readers raise: Chrome's Settings → Appearance → Font size, Firefox's "Zoom
 * text only") over 16 px. HTML text is sized in rem and follows that setting by itself; SVG text sized in
 * px does not, nor do the widths the charts estimate to place it (lib/axis-ticks.ts), so a chart multiplies
 * its text sizes, and every distance that holds text, by this. Read by lib/use-text-scale.ts.
 */

/** The root font size browsers give by default, at which the charts' sizes in px were chosen. */
export const DEFAULT_ROOT_FONT_PX = 16;

/**
 * The scale of a computed root font size ("24px" gives 1.5). What cannot be read ("" in jsdom, a server
 * with no styles) is the default's 1: the charts as they always were.
 */
export const textScaleOf = (rootFontSize: string): number => {
  const px = Number.parseFloat(rootFontSize);
  return Number.isFinite(px) && px > 0 ? px / DEFAULT_ROOT_FONT_PX : 1;
};

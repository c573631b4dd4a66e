/**
 * Sizes the monthly charts share, in px at the usual 16 px root font size; a chart multiplies them by the
 * reader's text scale (lib/text-scale.ts), as its box in rem grows.
 */

/** The axes' ticks (and a line chart's names at the lines' ends). */
export const CHART_FONT_PX = 12;
/** Room a value label takes along the vertical axis: a line of 12 px text. */
export const VALUE_LINE_PX = 14;
/** Recharts' default height of the month axis. */
export const X_AXIS_HEIGHT_PX = 30;

/** The small month charts' frame: a region's trend and a roadmap indicator's forecast. */
export const SMALL_CHART = {
  /** The top margin holds half the highest value's label. */
  margin: { top: 8, bottom: 4, left: 0 },
  /** At least this much right of the plot, and room for half the last month's label, centred on its edge. */
  rightMargin: 16,
  /**
   * A tick's line and its gap to the label (recharts' defaults), and a little air; grown with the text as
   * the labels are: recharts wraps a label it finds wider than the axis, measuring it in the page's HTML
   * font size rather than at the size it draws it ("210 мың" broke in two at a 24 px root).
   */
  tickRoom: 14,
} as const;

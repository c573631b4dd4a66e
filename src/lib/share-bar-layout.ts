/**
 * Where the bars of a breakdown by direction go (src/components/share-bar-chart.tsx
 * draws them): a pure function of the bars and the chart's width, so it is tested without a DOM.
 */
import { estimateTextWidth } from './axis-ticks';
import { truncateToWidth } from './time-series';

export interface ShareBar {
  id: string;
  /** The direction's name, already with the priority mark when it has one. */
  label: string;
  priority: boolean;
  /** Share in percent: the bar's length. */
  share: number;
  /** "23,4 % · 48 648", shown at the end of the bar. */
  endLabel: string;
}

/**
 * Width of a bar's name, 13 px, bold for the ministry's priorities (a flat 7.2 px a character let a
 * Kazakh one run 22 px past a phone's edge).
 */
const nameWidth = (bold: boolean) => (text: string) => estimateTextWidth(text, 13, bold);
const END_LABEL_CHAR_PX = 7;
/** Thickness of a bar. */
export const BAR_PX = 14;
/** Height of a bar's row unless a chart asks for another: its name above, the bar below. */
export const ROW_PX = 46;
const TOP_PX = 8;

/** The name a bar shows: the ministry's priority directions starred (the common `priorityLegend` says why). */
export const barLabel = (name: string, priority: boolean): string => (priority ? `★ ${name}` : name);

/** Height of a chart of `count` bars: what its placeholder keeps, so nothing moves when the bars come. */
export const shareBarsHeight = (count: number, rowHeight = ROW_PX): number => count * rowHeight + TOP_PX;
const LEFT_PX = 2;
const MIN_WIDTH_PX = 260;

export interface ShareBarShape {
  bar: ShareBar;
  /** The bar's top edge; its name sits 6 px above it. */
  y: number;
  /** The bar's length; it starts at `x`. */
  width: number;
  /** The shown name, shortened to fit the chart's width. */
  name: string;
}

export interface ShareBarLayout {
  width: number;
  height: number;
  x: number;
  /** Length of the longest possible bar: the track behind every bar. */
  trackWidth: number;
  shapes: ShareBarShape[];
}

/**
 * Where every bar goes in a chart `width` pixels wide: one row per bar, the bar centred in the lower
 * part of its row, the largest share as long as the track, room on the right for the longest end label.
 */
export const layoutShareBars = (bars: readonly ShareBar[], width: number, rowHeight: number): ShareBarLayout => {
  const chartWidth = Math.max(width, MIN_WIDTH_PX);
  const longestEnd = Math.max(0, ...bars.map((b) => b.endLabel.length));
  const right = Math.round(longestEnd * END_LABEL_CHAR_PX) + 12;
  const trackWidth = Math.max(0, chartWidth - LEFT_PX - right);
  const max = Math.max(0, ...bars.map((b) => b.share));
  return {
    width: chartWidth,
    height: shareBarsHeight(bars.length, rowHeight),
    x: LEFT_PX,
    trackWidth,
    shapes: bars.map((bar, i) => ({
      bar,
      y: TOP_PX + i * rowHeight + (rowHeight - BAR_PX) / 2,
      width: max > 0 ? Math.max(0, (bar.share / max) * trackWidth) : 0,
      name: truncateToWidth(bar.label, chartWidth - LEFT_PX - 6, nameWidth(bar.priority)),
    })),
  };
};

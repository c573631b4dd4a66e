/**
 * Where the bars of a breakdown by direction go (src/components/share-bar-chart.tsx
 * draws them): a pure function of the bars and the chart's width, so it is tested without a DOM.
 */
import { NO_TEXT_SPACING, addedBySpacing, estimateTextWidth, type TextSpacing } from './axis-ticks';
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
 * Kazakh one run 22 px past a phone's edge), with the reader's spacing.
 */
const nameWidth = (bold: boolean, spacing: TextSpacing) => (text: string) => estimateTextWidth(text, 13, bold, spacing);
/** An end label's figures ("23,4 % · 48 648"): 7 px a character, and the reader's spacing. */
const END_LABEL_CHAR_PX = 7;
const endLabelWidth = (text: string, spacing: TextSpacing) => text.length * END_LABEL_CHAR_PX + addedBySpacing(text, spacing);
/** Thickness of a bar. */
export const BAR_PX = 14;
/** Height of a bar's row unless a chart asks for another: its name above, the bar below. */
export const ROW_PX = 46;
const TOP_PX = 8;

/** The name a bar shows: the ministry's priority directions starred (the common `priorityLegend` says why). */
export const barLabel = (name: string, priority: boolean): string => (priority ? `★ ${name}` : name);

/**
 * A chart narrower than this gives every name two lines: on a phone the priorities' names were cut to
 * "★ Қарттар мен жалғыз басты адамдар…", and only the table tab said whom they help. Every row grows
 * alike, so a chart's height depends on its width alone, which CSS knows before any script runs: the
 * placeholders' container query in share-bar-chart.css uses this same width.
 */
export const TWO_LINE_NAMES_BELOW_PX = 440;
/** The second line of a name, 13 px text. */
export const NAME_LINE_PX = 16;
/** How many lines a name has in a chart this wide. */
export const nameLinesAt = (width: number): 1 | 2 => (width < TWO_LINE_NAMES_BELOW_PX ? 2 : 1);

/** A bar's row: its name's lines above the bar. */
const rowWith = (rowHeight: number, nameLines: 1 | 2): number => rowHeight + (nameLines - 1) * NAME_LINE_PX;

/** Height of a chart of `count` bars: what its placeholder keeps, so nothing moves when the bars come. */
export const shareBarsHeight = (count: number, rowHeight = ROW_PX, nameLines: 1 | 2 = 1): number =>
  count * rowWith(rowHeight, nameLines) + TOP_PX;
const LEFT_PX = 2;
const MIN_WIDTH_PX = 260;

/**
 * A name in at most `lines` lines of `maxWidth`: whole words on the first line, the rest on the next,
 * cut with "…" where even that is too long. A name that fits stays on one line.
 */
export const wrapName = (label: string, maxWidth: number, widthOf: (text: string) => number, lines: 1 | 2): string[] => {
  if (lines === 1 || widthOf(label) <= maxWidth) return [truncateToWidth(label, maxWidth, widthOf)];
  const words = label.split(' ');
  let taken = 1;
  while (taken < words.length && widthOf(words.slice(0, taken + 1).join(' ')) <= maxWidth) taken++;
  // A first word too long for the line (or a name with no spaces) is cut like a one-line name.
  if (widthOf(words.slice(0, taken).join(' ')) > maxWidth) return [truncateToWidth(label, maxWidth, widthOf)];
  const rest = words.slice(taken).join(' ');
  return [words.slice(0, taken).join(' '), truncateToWidth(rest, maxWidth, widthOf)];
};

export interface ShareBarShape {
  bar: ShareBar;
  /** The bar's top edge; its name sits 6 px above it. */
  y: number;
  /** The bar's length; it starts at `x`. */
  width: number;
  /** The shown name in one or two lines (see TWO_LINE_NAMES_BELOW_PX), shortened to fit the chart's width. */
  nameLines: string[];
}

export interface ShareBarLayout {
  width: number;
  height: number;
  x: number;
  /** Lines each name has room for; the last is right above its bar. */
  nameLines: 1 | 2;
  /** Length of the longest possible bar: the track behind every bar. */
  trackWidth: number;
  shapes: ShareBarShape[];
}

/**
 * Where every bar goes in a chart `width` pixels wide: one row per bar, the bar centred in the lower
 * part of its row, the largest share as long as the track, room on the right for the longest end label.
 * Names and end labels are measured with the reader's letter and word `spacing`.
 */
export const layoutShareBars = (
  bars: readonly ShareBar[],
  width: number,
  rowHeight: number,
  spacing: TextSpacing = NO_TEXT_SPACING,
): ShareBarLayout => {
  const chartWidth = Math.max(width, MIN_WIDTH_PX);
  const longestEnd = Math.max(0, ...bars.map((b) => endLabelWidth(b.endLabel, spacing)));
  const right = Math.round(longestEnd) + 12;
  const trackWidth = Math.max(0, chartWidth - LEFT_PX - right);
  const max = Math.max(0, ...bars.map((b) => b.share));
  const lines = nameLinesAt(chartWidth);
  const row = rowWith(rowHeight, lines);
  return {
    width: chartWidth,
    height: shareBarsHeight(bars.length, rowHeight, lines),
    x: LEFT_PX,
    nameLines: lines,
    trackWidth,
    shapes: bars.map((bar, i) => ({
      bar,
      // The bar where it is in a one-line row; a second line of its name takes the room above.
      y: TOP_PX + i * row + (lines - 1) * NAME_LINE_PX + (rowHeight - BAR_PX) / 2,
      width: max > 0 ? Math.max(0, (bar.share / max) * trackWidth) : 0,
      nameLines: wrapName(bar.label, chartWidth - LEFT_PX - 6, nameWidth(bar.priority, spacing), lines),
    })),
  };
};

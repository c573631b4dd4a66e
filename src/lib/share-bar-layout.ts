/**
 * Where the bars of a breakdown by direction go (src/components/share-bar-chart.tsx
 * draws them): a pure function of the bars, the chart's width and the reader's text, so it is tested
 * without a DOM.
 *
 * Sizes are in px at the usual 16 px root font size; with a reader's larger default font size
 * (lib/text-scale.ts) the text, and every distance that holds text, grows by that scale: the bars' names
 * and end labels, the lines of a name, the room above and below a bar. The bar keeps its thickness.
 */
import { NO_TEXT_SPACING, addedBySpacing, estimateTextWidth, type TextSpacing } from './axis-ticks';
import { DEFAULT_ROOT_FONT_PX } from './text-scale';
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

/** A bar's name, and its share and value at the bar's end. */
const NAME_FONT_PX = 13;
const END_LABEL_FONT_PX = 12.5;
/** From a name's last line to its bar. */
const NAME_GAP_PX = 6;
/**
 * Width of a bar's name, bold for the ministry's priorities (a flat 7.2 px a character let a Kazakh one
 * run 22 px past a phone's edge), with the reader's spacing.
 */
const nameWidth = (fontSize: number, bold: boolean, spacing: TextSpacing) => (text: string) =>
  estimateTextWidth(text, fontSize, bold, spacing);
/** An end label's figures ("23,4 % · 48 648"): 7 px a character at 12.5 px, and the reader's spacing. */
const END_LABEL_CHAR_PX = 7;
const endLabelWidth = (text: string, spacing: TextSpacing, scale: number) =>
  text.length * END_LABEL_CHAR_PX * scale + addedBySpacing(text, spacing);
/** Thickness of a bar. */
export const BAR_PX = 14;
/** Height of a bar's row unless a chart asks for another: its name above, the bar below. */
export const ROW_PX = 46;
/** Above the first row: room for its name's letters above their baseline. */
const TOP_PX = 8;

/** The name a bar shows: the ministry's priority directions starred (the common `priorityLegend` says why). */
export const barLabel = (name: string, priority: boolean): string => (priority ? `★ ${name}` : name);

/**
 * A chart narrower than this (× the text scale) gives every name two lines: on a phone the priorities'
 * names were cut to "★ Қарттар мен жалғыз басты адамдар…", and only the table tab said whom they help.
 * Every row grows alike, so a chart's height depends on its width and the reader's font size alone, which
 * CSS knows before any script runs: the placeholders' container query in share-bar-chart.css uses this
 * same width, in rem (27.5rem).
 */
export const TWO_LINE_NAMES_BELOW_PX = 440;
/** The second line of a name, 13 px text. */
export const NAME_LINE_PX = 16;
/** How many lines a name has in a chart this wide, with the reader's text `scale`. */
export const nameLinesAt = (width: number, scale = 1): 1 | 2 => (width < TWO_LINE_NAMES_BELOW_PX * scale ? 2 : 1);

/**
 * The room above and below a bar in a row `rowHeight` tall at the usual font size, grown with the text:
 * it holds the name above the bar and keeps the end label, centred on the bar, off the next row's name.
 */
const roomAroundBar = (rowHeight: number, scale: number): number => (rowHeight - BAR_PX) * scale;

/** A bar's row: its name's lines above the bar, the bar, the room below. */
const rowWith = (rowHeight: number, nameLines: 1 | 2, scale: number): number =>
  BAR_PX + roomAroundBar(rowHeight, scale) + (nameLines - 1) * NAME_LINE_PX * scale;

/**
 * Height of a chart of `count` bars: what its placeholder keeps, so nothing moves when the bars come. At
 * `scale` 1 (the usual 16 px root) it is `count` rows of `rowHeight` and the top's 8 px.
 */
export const shareBarsHeight = (count: number, rowHeight = ROW_PX, nameLines: 1 | 2 = 1, scale = 1): number =>
  count * rowWith(rowHeight, nameLines, scale) + TOP_PX * scale;

/**
 * The same height for CSS, which knows the reader's font size before any script runs: what grows with
 * the text in rem (16 px a rem at scale 1), the rest in px. The placeholders' heights.
 */
export const shareBarsCssHeight = (count: number, rowHeight = ROW_PX, nameLines: 1 | 2 = 1): string => {
  const fixed = count * BAR_PX;
  const growing = count * (roomAroundBar(rowHeight, 1) + (nameLines - 1) * NAME_LINE_PX) + TOP_PX;
  return `calc(${fixed}px + ${growing / DEFAULT_ROOT_FONT_PX}rem)`;
};
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
  /** The names' and end labels' font sizes, in px. */
  nameFontSize: number;
  endFontSize: number;
  /** From one line of a name to the next, and from its last line's baseline to its bar. */
  nameLineHeight: number;
  nameGap: number;
  /** Length of the longest possible bar: the track behind every bar. */
  trackWidth: number;
  shapes: ShareBarShape[];
}

/**
 * Where every bar goes in a chart `width` pixels wide: one row per bar, the bar centred in the lower
 * part of its row, the largest share as long as the track, room on the right for the longest end label.
 * Names and end labels are measured with the reader's letter and word `spacing`, and drawn `scale` times
 * their usual size (the reader's default font size over 16 px), in rows grown to hold them.
 */
export const layoutShareBars = (
  bars: readonly ShareBar[],
  width: number,
  rowHeight: number,
  spacing: TextSpacing = NO_TEXT_SPACING,
  scale = 1,
): ShareBarLayout => {
  const chartWidth = Math.max(width, MIN_WIDTH_PX);
  const nameFontSize = NAME_FONT_PX * scale;
  const nameLineHeight = NAME_LINE_PX * scale;
  const longestEnd = Math.max(0, ...bars.map((b) => endLabelWidth(b.endLabel, spacing, scale)));
  const right = Math.round(longestEnd) + 12;
  const trackWidth = Math.max(0, chartWidth - LEFT_PX - right);
  const max = Math.max(0, ...bars.map((b) => b.share));
  const lines = nameLinesAt(chartWidth, scale);
  const row = rowWith(rowHeight, lines, scale);
  return {
    width: chartWidth,
    height: shareBarsHeight(bars.length, rowHeight, lines, scale),
    x: LEFT_PX,
    nameLines: lines,
    nameFontSize,
    endFontSize: END_LABEL_FONT_PX * scale,
    nameLineHeight,
    nameGap: NAME_GAP_PX * scale,
    trackWidth,
    shapes: bars.map((bar, i) => ({
      bar,
      // The bar where it is in a one-line row; a second line of its name takes the room above.
      y: TOP_PX * scale + i * row + (lines - 1) * nameLineHeight + roomAroundBar(rowHeight, scale) / 2,
      width: max > 0 ? Math.max(0, (bar.share / max) * trackWidth) : 0,
      nameLines: wrapName(bar.label, chartWidth - LEFT_PX - 6, nameWidth(nameFontSize, bar.priority, spacing), lines),
    })),
  };
};

/**
 * The frame of a monthly line chart (src/components/line-chart.tsx draws it): its size and margins, the
 * ticks its axes label, the room for its lines' names at their right ends, and the size of its text. A
 * pure function of the chart's width, its labels and the reader's text, so it is tested without a DOM.
 *
 * Sizes are in px at the usual 16 px root font size. With a reader's larger default font size
 * (lib/text-scale.ts) the text grows by that scale, and with it what holds text: the chart's height (its
 * box is 20rem), the month axis, the room between end labels, and the labels' estimated widths, so fewer
 * months are labelled and the value axis and right margin widen.
 */
import { LABEL_GAP, NO_TEXT_SPACING, estimateTextWidth, fitValueAxis, monthTickIndices, ticksFit, type TextSpacing } from './axis-ticks';
import { CHART_FONT_PX, VALUE_LINE_PX, X_AXIS_HEIGHT_PX } from './chart-metrics';

/** A value axis' domain and ticks, as the model gives them. */
export interface LineChartValueAxis {
  domain: readonly [number, number];
  ticks: readonly number[];
}

/** Narrower than this (× the text scale) the lines' names go to a legend under the chart. */
const NARROW_PX = 520;
const MIN_WIDTH_PX = 240;
/** From the plot's edge to a label's text: the gap and the marker drawn before it. */
const LABEL_OFFSET = 21;
/**
 * Recharts' default tick line and its gap to the label. The value axis' room beyond its labels' estimated
 * width grows with the text too: Recharts wraps a label it finds wider than the axis, and it measures labels
 * in the page's HTML font size, not at the size it draws them.
 */
const TICK_ROOM = 8;
/** The top margin holds half the highest value's label. */
const MARGIN = { top: 12, bottom: 4, left: 4 };
/** Least distance between two end labels' centres, and from the plot's top to the highest. */
const END_LABEL_PITCH = 15;
const END_LABEL_TOP = 6;

export interface LineChartFrameInput {
  /** The chart's box, measured. */
  width: number;
  /** The chart's height at the usual font size. */
  height: number;
  /** The reader's text scale (1 at a 16 px root) and letter and word spacing. */
  scale: number;
  spacing?: TextSpacing;
  /** The names drawn at the lines' right ends. */
  endLabels: readonly string[];
  /** Every month's label on the month axis, in the rows' order. */
  monthLabels: readonly string[];
  /** The value axis the model chose; fewer of its ticks where their labels do not fit. */
  valueAxis: LineChartValueAxis;
  formatValue: (value: number) => string;
}

export interface LineChartFrame {
  width: number;
  height: number;
  fontSize: number;
  /** The lines' names in a legend under the chart rather than at their ends. */
  narrow: boolean;
  margin: { top: number; right: number; bottom: number; left: number };
  xAxisHeight: number;
  /** The value axis' width, and its ticks, all labelled. */
  axisWidth: number;
  valueAxis: LineChartValueAxis;
  /** Indices of the rows whose months are labelled. */
  monthTickIndices: number[];
  /** Pixels from an end label's first character to the chart's right edge. */
  labelRoom: number;
  /** The least distance between end labels, and their highest place below the plot's top. */
  labelPitch: number;
  labelTop: number;
  /** An end label's width (bold), to shorten one that does not fit `labelRoom`. */
  endLabelWidth: (text: string) => number;
}

export const layoutLineChart = ({
  width,
  height: usualHeight,
  scale,
  spacing = NO_TEXT_SPACING,
  endLabels,
  monthLabels,
  valueAxis: modelAxis,
  formatValue,
}: LineChartFrameInput): LineChartFrame => {
  const fontSize = CHART_FONT_PX * scale;
  const height = usualHeight * scale;
  const narrow = width < NARROW_PX * scale;
  const chartWidth = Math.max(width, MIN_WIDTH_PX);
  // Bold, with the reader's spacing: the longest Russian direction, 469 px, was cut at the panel's edge
  // when a flat 7 px a character reserved its room.
  const endLabelWidth = (text: string) => estimateTextWidth(text, fontSize, true, spacing);
  const longest = Math.max(0, ...endLabels.map(endLabelWidth));
  const monthLabelWidth = Math.max(0, ...monthLabels.map((label) => estimateTextWidth(label, fontSize, false, spacing)));
  // The lines' names take up to 42 % of the width, enough for the longest Russian direction whole at 1350 px;
  // the last month's label is centred on the plot's right edge: half of it lies in the margin.
  const right = Math.max(
    Math.ceil(monthLabelWidth / 2),
    narrow ? 12 : Math.min(Math.round(width * 0.42), Math.ceil(longest) + LABEL_OFFSET + 8),
  );
  const margin = { top: MARGIN.top * scale, right, bottom: MARGIN.bottom, left: MARGIN.left };
  const xAxisHeight = X_AXIS_HEIGHT_PX * scale;
  // Every tick is shown (interval 0), so only ticks whose labels fit are passed: the model's, or fewer.
  const plotHeight = height - margin.top - margin.bottom - xAxisHeight;
  const valueLine = VALUE_LINE_PX * scale;
  const valueAxis = ticksFit(modelAxis.ticks, plotHeight, () => valueLine)
    ? modelAxis
    : fitValueAxis(modelAxis.domain, {
        length: plotHeight,
        labelSize: () => valueLine,
        maxCount: modelAxis.ticks.length,
        includeZero: false,
      });
  const axisWidth =
    Math.ceil(Math.max(0, ...valueAxis.ticks.map((t) => estimateTextWidth(formatValue(t), fontSize, false, spacing)))) +
    (TICK_ROOM + 6) * scale;
  const plotWidth = chartWidth - margin.left - right - axisWidth;
  return {
    width: chartWidth,
    height,
    fontSize,
    narrow,
    margin,
    xAxisHeight,
    axisWidth,
    valueAxis,
    monthTickIndices: monthTickIndices(monthLabels.length, plotWidth, monthLabelWidth, LABEL_GAP),
    labelRoom: right - LABEL_OFFSET - 4,
    labelPitch: END_LABEL_PITCH * scale,
    labelTop: END_LABEL_TOP * scale,
    endLabelWidth,
  };
};

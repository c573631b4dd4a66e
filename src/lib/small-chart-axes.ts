/**
 * The axes of the small month charts (SMALL_CHART in lib/chart-metrics.ts): a region's trend and a roadmap
 * indicator's forecast. Each chart writes its own tick labels and chooses its own plot height; the rest of
 * the layout, the same for both, is here. A pure function of the chart's width, its labels and the reader's
 * text, so it is tested without a DOM.
 *
 * Sizes are in px at the usual 16 px root font size; with a reader's larger default font size the text, and
 * what holds it, grows by the text scale (lib/text-scale.ts), as the chart's box in rem does.
 */
import {
  NO_TEXT_SPACING,
  estimateTextWidth,
  fitValueAxis,
  monthTicks,
  wrapToWidth,
  type TextSpacing,
  type ValueAxisOptions,
} from './axis-ticks';
import { CHART_FONT_PX, SMALL_CHART, VALUE_LINE_PX } from './chart-metrics';
import type { ValueDomain } from './time-series';

export interface SmallChartAxesInput<M> {
  /** The chart's box, measured. */
  width: number;
  /** The reader's text scale (1 at a 16 px root) and letter and word spacing. */
  scale: number;
  spacing?: TextSpacing;
  /** The plot's height at the usual font size: the value axis' ticks are fitted to it. */
  plotHeight: number;
  /** Every value the plot draws (a gap as null): the value axis covers them. */
  values: readonly (number | null | undefined)[];
  /** How the value axis is fitted, besides its length and its labels' height, which follow from the plot and the text. */
  valueAxisOptions?: Omit<ValueAxisOptions, 'length' | 'labelSize'>;
  /**
   * The value axis' tick label, made once its ticks are known: a chart writes all of them with the decimals
   * (and in the unit) the finest of them needs.
   */
  tickLabelFor: (valueAxis: ValueDomain) => (value: number) => string;
  /** The value axis is never narrower than this, at the usual font size. Default 0: as wide as its labels. */
  minValueAxisWidth?: number;
  /** The month axis' months, in order, and a month's label on it. */
  months: readonly M[];
  monthLabel: (month: M) => string;
}

export interface SmallChartAxes<M> {
  /** The value axis' domain and ticks, every one labelled. */
  valueAxis: ValueDomain;
  /** A value axis tick's label (what `tickLabelFor` made). */
  tickLabel: (value: number) => string;
  valueAxisWidth: number;
  /** The chart's right margin. */
  rightMargin: number;
  /** The months to label, every one shown. */
  monthTicks: M[];
  /** The axes' labels' font size, px: the reader's (`scale`), or smaller where that left no plot to read. */
  axisFontSize: number;
  /** The chart's margins: the frame's, its top grown with the reader's text, and `rightMargin`. */
  margin: { top: number; right: number; bottom: number; left: number };
  /** Recharts' `tick` props of the month axis and of the value axis. */
  monthTick: { fontSize: number; fill: string };
  valueTick: { fontSize: number; fill: string; width: number };
}

const TICK_INK = '#4a5a67';

/**
 * The plot keeps at least this share of the chart's width. At a 32 px default font on a phone the value
 * axis ("360 мың" at 24 px) and the room for the last month's label left a roadmap chart's plot 20 px of
 * 235: the axes' labels are then drawn smaller, down to their usual size, until the plot has its share.
 */
const MIN_PLOT_SHARE = 0.4;
/** Steps by which the axes' labels are drawn smaller. */
const AXIS_SCALE_STEP = 0.25;

export const layoutSmallChartAxes = <M>(input: SmallChartAxesInput<M>): SmallChartAxes<M> => {
  let axes = layoutAxesAt(input, input.scale);
  for (
    let axisScale = input.scale - AXIS_SCALE_STEP;
    axes.plotWidth < MIN_PLOT_SHARE * input.width && axisScale >= 1 - 1e-9;
    axisScale -= AXIS_SCALE_STEP
  )
    axes = layoutAxesAt(input, axisScale);
  const { plotWidth: _plotWidth, ...shown } = axes;
  return shown;
};

/**
 * The axes with their labels drawn `scale` times their usual size. The plot's height is the reader's
 * (`input.scale`): the chart's box grows with the reader's text; only the labels may be drawn smaller.
 */
const layoutAxesAt = <M>(
  {
    width,
    scale: readerScale,
    spacing = NO_TEXT_SPACING,
    plotHeight,
    values,
    valueAxisOptions,
    tickLabelFor,
    minValueAxisWidth = 0,
    months,
    monthLabel,
  }: SmallChartAxesInput<M>,
  scale: number,
): SmallChartAxes<M> & { plotWidth: number } => {
  const fontSize = CHART_FONT_PX * scale;
  const textWidth = (text: string) => estimateTextWidth(text, fontSize, false, spacing);
  const valueAxis = fitValueAxis(values, { ...valueAxisOptions, length: plotHeight * readerScale, labelSize: () => VALUE_LINE_PX * scale });
  const tickLabel = tickLabelFor(valueAxis);
  // The value axis as wide as its longest label, not a flat 80 px, and the months labelled by the shared
  // rule (every k-th, the last always): on a 320 px phone the plot was 150 px wide, recharts kept one
  // month label, and "2026 ж. жел." ran past the chart's right edge.
  const valueAxisWidth = Math.max(
    minValueAxisWidth * scale,
    Math.ceil(Math.max(0, ...valueAxis.ticks.map((tick) => textWidth(tickLabel(tick))))) + SMALL_CHART.tickRoom * scale,
  );
  const monthLabelWidth = Math.max(0, ...months.map((month) => textWidth(monthLabel(month))));
  // The last month's label is centred on the plot's right edge: half of it lies in the margin.
  const rightMargin = Math.max(SMALL_CHART.rightMargin * scale, Math.ceil(monthLabelWidth / 2));
  const plotWidth = width - SMALL_CHART.margin.left - rightMargin - valueAxisWidth;
  return {
    valueAxis,
    tickLabel,
    valueAxisWidth,
    rightMargin,
    monthTicks: monthTicks(months, plotWidth, monthLabelWidth),
    axisFontSize: fontSize,
    margin: { ...SMALL_CHART.margin, top: SMALL_CHART.margin.top * readerScale, right: rightMargin },
    monthTick: { fontSize, fill: TICK_INK },
    // Width 0: one line, never wrapped. Recharts wraps a label it measures wider than the axis, and measures
    // it at the page's font size: with the labels drawn smaller than the reader's text, '360 мың' came out
    // on two lines.
    valueTick: { fontSize, fill: TICK_INK, width: 0 },
    plotWidth,
  };
};

/** Line height of the page's text (styles.css), which a chart's HTML legend has. */
const LEGEND_LINE_HEIGHT = 1.45;

/**
 * About how tall a small chart's legend is (the HTML one of components/chart-legend.tsx: a marker 14 px at
 * the usual size, here taken 1.1 times the legend's font size, 4 px from its words, 10 px between
 * entries): entries side by side, wrapped as the line fills, or `oneEntryALine`, each entry's words wrapped
 * to the width. Erring tall, as the text estimate errs wide.
 * So the chart's box can grow to hold its legend and a plot of its full height: at a 32 px default font on
 * a phone the roadmap's legend took 565 px of a 672 px box and left the plot 27 px.
 */
export const smallChartLegendHeight = ({
  names,
  width,
  fontSize,
  oneEntryALine,
  spacing = NO_TEXT_SPACING,
}: {
  names: readonly string[];
  width: number;
  fontSize: number;
  oneEntryALine: boolean;
  spacing?: TextSpacing;
}): number => {
  const textWidth = (text: string) => estimateTextWidth(text, fontSize, false, spacing);
  const marker = 1.1 * fontSize + 4;
  let lines = 0;
  if (oneEntryALine) {
    for (const name of names) lines += Math.max(1, wrapToWidth(name, width - marker, textWidth).length);
  } else {
    let used = Infinity;
    for (const name of names) {
      const entry = marker + textWidth(name) + 10;
      if (used + entry > width) {
        lines += 1;
        used = 0;
      }
      used += entry;
    }
  }
  return Math.ceil(lines * fontSize * LEGEND_LINE_HEIGHT);
};

/**
 * The size and axes of an indicator's forecast chart, from its box, its rows and the reader's text: one
 * computation for the chart (forecast-chart.tsx, loaded with recharts) and for the placeholder that holds
 * its place until then, so that the place is as tall as the chart that comes. With the placeholder at its
 * CSS height alone, a phone at a 24–32 px default font, whose legend wraps, grew each card by 96–203 px
 * when its chart came.
 */
import type { Month, RoadmapIndicator } from '../../../api/contract';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { sharedFractionDigits } from '../../../lib/i18n/format';
import { CHART_FONT_PX, SMALL_CHART, X_AXIS_HEIGHT_PX } from '../../../lib/chart-metrics';
import { layoutSmallChartAxes, smallChartLegendHeight } from '../../../lib/small-chart-axes';
import { useElementSize } from '../../../lib/use-element-width';
import { useTextScale } from '../../../lib/use-text-scale';
import { useTextSpacing } from '../../../lib/use-text-spacing';
import { roadmapMessages } from '../messages';
import type { ForecastChartRow } from '../model/chart-data';
import { formatIndicatorValue } from '../model/format-value';

export interface ForecastChartData {
  rows: readonly ForecastChartRow[];
  unit: RoadmapIndicator['unit'];
  cumulative: boolean;
  /** The 2026 target, drawn as a level for year totals. */
  target: number | null;
}

/*
 * Sizes in px at the usual 16 px root font size; with a reader's larger default font size the text, and
 * what holds it, grows by the text scale (lib/text-scale.ts), as the chart's box in rem does.
 */
/** The legend's text (the ticks and the target's label: CHART_FONT_PX). */
export const LEGEND_FONT_PX = 13;
/** The plot's height in the chart's 16rem, below it the month axis and a legend of up to three lines. */
const PLOT_HEIGHT = 150;
/** Where the legend lists one entry a line (roadmap.css: a card's chart narrower than 26.25rem). */
const ONE_ENTRY_A_LINE_BELOW_PX = 420;

export const useForecastChartLayout = ({ rows, unit, cumulative, target }: ForecastChartData) => {
  const t = useMessages(roadmapMessages);
  const { format } = useI18n();
  // The box's size is its CSS's (16rem tall, growing with the reader's font size).
  const [ref, size] = useElementSize<HTMLDivElement>({ width: 640, height: 256 });
  const spacing = useTextSpacing(ref);
  const textScale = useTextScale();
  const value = (v: number) => formatIndicatorValue(format, unit, v);
  // Axis ticks stay short and use one scale for the whole axis: "330 тыс." / "330k"; the tooltip and
  // the table give full numbers.
  const largest = Math.max(
    0,
    ...rows.flatMap((r) => [r.actual, r.partial, r.trend, r.upper, r.target, target].map((n) => Math.abs(n ?? 0))),
  );
  const scale = unit === 'percent' ? 1 : largest >= 1e6 ? 1e6 : largest >= 1e4 ? 1e3 : 1;
  const monthLabel = (m: Month) => format.month(m, 'short');
  const axes = layoutSmallChartAxes({
    width: size.width,
    scale: textScale,
    spacing,
    plotHeight: PLOT_HEIGHT,
    values: rows.flatMap((r) => [r.actual, r.partial, r.trend, r.lower, r.upper, r.target]).concat(cumulative ? [] : [target]),
    valueAxisOptions: { maxCount: 6, includeZero: false },
    tickLabelFor: (axis) => {
      // Our own evenly spaced ticks, each written with as many decimals as the finest of them needs: recharts'
      // own gave "1 %  1,25 %  1,5 %" on one axis.
      const digits = sharedFractionDigits(
        axis.ticks.map((v) => v / scale),
        2,
      );
      return (v) => {
        // Zero is zero at any scale: "0", not "0,0 млн".
        if (v === 0) return format.number(0);
        if (unit === 'percent') return format.percent(v, { fractionDigits: digits });
        const n = format.number(v / scale, { fractionDigits: digits });
        if (scale === 1e6) return t('axisMillion', { n });
        if (scale === 1e3) return t('axisThousand', { n });
        return n;
      };
    },
    months: rows.map((r) => r.month),
    monthLabel,
  });
  const names: Record<string, string> = {
    actual: t('seriesActual'),
    partial: t('seriesPartial'),
    trend: t('seriesTrend'),
    band: t('seriesBand'),
    target: t('seriesTarget'),
  };
  // The box is as tall as its CSS says (16rem, 21rem where the legend lists one entry a line), or taller
  // where the legend needs more (a phone at a large default font): the plot keeps its height, for which
  // the value axis' ticks were fitted.
  const legendHeight = smallChartLegendHeight({
    // Every series the legend may list, the target's too: too tall a box costs a little air, too short the plot.
    names: Object.values(names),
    // Recharts gives its legend the chart's width less its margins.
    width: size.width - axes.margin.left - axes.margin.right,
    fontSize: LEGEND_FONT_PX * textScale,
    oneEntryALine: size.width < ONE_ENTRY_A_LINE_BELOW_PX * textScale,
    spacing,
  });
  const neededHeight = Math.ceil(
    (SMALL_CHART.margin.top + PLOT_HEIGHT + X_AXIS_HEIGHT_PX + SMALL_CHART.margin.bottom) * textScale + legendHeight,
  );
  return {
    ref,
    size,
    height: Math.max(size.height, neededHeight),
    /** The box's least height (its style's `min-height`): its measured size then follows it, and nothing goes back and forth. */
    neededHeight,
    axes,
    names,
    spacing,
    textScale,
    fontSize: CHART_FONT_PX * textScale,
    value,
    monthLabel,
  };
};

/** Holds the chart's place until it is drawn, as tall as the chart will be. */
export const ForecastChartPlaceholder = (data: ForecastChartData) => {
  const { ref, neededHeight } = useForecastChartLayout(data);
  return <div ref={ref} className="rm-chart-placeholder" style={{ minHeight: neededHeight }} />;
};

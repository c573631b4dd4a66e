/**
 * The trend-and-forecast chart of one indicator (recharts, loaded lazily with the card's chart tab):
 * actuals as a solid line with dots, the month under way as a hollow dot, the trend and its
 * projection dashed, the 80 % band shaded, targets as diamonds (or a level for a year total).
 * A thin view over rows from model/chart-data.ts; the table tab shows the same rows.
 */
import {
  Area,
  CartesianGrid,
  ComposedChart,
  DefaultTooltipContent,
  DefaultZIndexes,
  Legend,
  Line,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Month, RoadmapIndicator } from '../../../api/contract';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { chartLegend } from '../../../components/chart-legend';
import { TOOLTIP_SEPARATOR } from '../../../components/chart-tooltip';
import { estimateTextWidth, wrapToWidth, type TextSpacing } from '../../../lib/axis-ticks';
import { CHART_FONT_PX, SMALL_CHART, X_AXIS_HEIGHT_PX } from '../../../lib/chart-metrics';
import { useElementSize } from '../../../lib/use-element-width';
import { useTextScale } from '../../../lib/use-text-scale';
import { useTextSpacing } from '../../../lib/use-text-spacing';
import { sharedFractionDigits } from '../../../lib/i18n/format';
import { COMPARISON_DASH } from '../../../lib/series-style';
import { printing } from '../../../lib/print-layout';
import { layoutSmallChartAxes, smallChartLegendHeight } from '../../../lib/small-chart-axes';
import { roadmapMessages } from '../messages';
import type { ForecastChartRow } from '../model/chart-data';
import { formatIndicatorValue } from '../model/format-value';

interface ForecastChartProps {
  rows: readonly ForecastChartRow[];
  /** The chart's accessible name, its title: without one a screen reader named it by its axis labels. */
  title: string;
  unit: RoadmapIndicator['unit'];
  cumulative: boolean;
  /** The 2026 target, drawn as a level for year totals. */
  target: number | null;
}

const COLOURS = { actual: '#0b3d5c', trend: '#8a5a00', band: '#f0c674', target: '#a3261b' };
/*
 * Sizes in px at the usual 16 px root font size; with a reader's larger default font size the text, and
 * what holds it, grows by the text scale (lib/text-scale.ts), as the chart's box in rem does.
 */
/** The legend's text (the ticks and the target's label: CHART_FONT_PX). */
const LEGEND_FONT_PX = 13;
/** The plot's height in the chart's 16rem, below it the month axis and a legend of up to three lines. */
const PLOT_HEIGHT = 150;
/** Where the legend lists one entry a line (roadmap.css: a card's chart narrower than 26.25rem). */
const ONE_ENTRY_A_LINE_BELOW_PX = 420;

/** Recharts hands a reference line's label the line's box: the plot's left edge, the line's height and the plot's width. */
interface LineBox {
  x?: number;
  y?: number;
  width?: number;
}

/**
 * "Target 2026: 2,300,000" just under the target's level, on one line where the plot is wide enough; else
 * the figure on a line of its own under the words, themselves in as many lines as the plot's width needs
 * (on a phone "2026 жылғы мақсат: 2 300 000" ran past the screen's edge, and at a 32 px default font
 * "2026 жылғы мақсат:" alone did).
 */
const targetLabel =
  (title: string, figure: string, fontSize: number, spacing: TextSpacing) =>
  ({ viewBox }: { viewBox?: LineBox }) => {
    const { x = 0, y = 0, width = 0 } = viewBox ?? {};
    const oneLine = `${title}: ${figure}`;
    const widthOf = (text: string) => estimateTextWidth(text, fontSize, false, spacing);
    const room = width - 10;
    const lines = widthOf(oneLine) <= room ? [oneLine] : [...wrapToWidth(`${title}:`, room, widthOf), figure];
    return (
      // A halo of the background under the letters: on a narrow plot the rising line passes behind the label.
      <text
        x={x + 5}
        y={y + 5}
        fontSize={fontSize}
        fill={COLOURS.target}
        stroke="#ffffff"
        strokeWidth={3}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
        {lines.map((line, i) => (
          // By place: two lines may read the same.
          <tspan key={i} x={x + 5} dy={i === 0 ? '1em' : '1.25em'}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };

export const ForecastChart = ({ rows, title, unit, cumulative, target }: ForecastChartProps) => {
  const t = useMessages(roadmapMessages);
  const { format } = useI18n();
  // The box's size is its CSS's (16rem tall, growing with the reader's font size).
  const [ref, size] = useElementSize<HTMLDivElement>({ width: 640, height: 256 });
  const spacing = useTextSpacing(ref);
  const textScale = useTextScale();
  const fontSize = CHART_FONT_PX * textScale;
  const value = (v: number) => formatIndicatorValue(format, unit, v);
  // Axis ticks stay short and use one scale for the whole axis: "330 тыс." / "330k"; the tooltip and
  // the table give full numbers.
  const largest = Math.max(
    0,
    ...rows.flatMap((r) => [r.actual, r.partial, r.trend, r.upper, r.target, target].map((n) => Math.abs(n ?? 0))),
  );
  const scale = unit === 'percent' ? 1 : largest >= 1e6 ? 1e6 : largest >= 1e4 ? 1e3 : 1;
  const monthLabel = (m: Month) => format.month(m, 'short');
  const { valueAxis, tickLabel, valueAxisWidth, monthTicks, margin, monthTick, valueTick } = layoutSmallChartAxes({
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
  const data = rows.map((r) => ({ ...r }));
  // The box is as tall as its CSS says (16rem, 21rem where the legend lists one entry a line), or taller
  // where the legend needs more (a phone at a large default font): the plot keeps its height, for which
  // the value axis' ticks were fitted.
  const legendHeight = smallChartLegendHeight({
    // Every series the legend may list, the target's too: too tall a box costs a little air, too short the plot.
    names: Object.values(names),
    // Recharts gives its legend the chart's width less its margins.
    width: size.width - margin.left - margin.right,
    fontSize: LEGEND_FONT_PX * textScale,
    oneEntryALine: size.width < ONE_ENTRY_A_LINE_BELOW_PX * textScale,
    spacing,
  });
  const neededHeight = Math.ceil(
    (SMALL_CHART.margin.top + PLOT_HEIGHT + X_AXIS_HEIGHT_PX + SMALL_CHART.margin.bottom) * textScale + legendHeight,
  );
  const height = Math.max(size.height, neededHeight);

  return (
    // At the box's measured size, not recharts' own `responsive` measuring: that drew nothing until its
    // observer reported, so a chart first shown for printing was printed as its legend alone.
    // A least height, not a height: the box's measured size then follows it, and nothing goes back and forth.
    <div ref={ref} className="rm-chart-box" style={{ minHeight: neededHeight }}>
      <ComposedChart
        // A chart of its own on paper: recharts lays the plot out for the legend's height as its ResizeObserver
        // last reported it, and none reports between `beforeprint` and the print, so a legend that wraps into
        // one more line at the paper's width was printed over the month axis (ru, kk). A chart made anew
        // measures its legend before it lays the plot out.
        key={printing() ? 'paper' : 'screen'}
        data={data}
        width={size.width}
        height={height}
        margin={margin}
        accessibilityLayer
        role="img"
        title={title}
      >
        <CartesianGrid stroke="#dfe5ea" vertical={false} />
        <XAxis
          dataKey="month"
          tickFormatter={monthLabel}
          ticks={monthTicks}
          interval={0}
          height={X_AXIS_HEIGHT_PX * textScale}
          tick={monthTick}
        />
        <YAxis
          domain={[valueAxis.domain[0], valueAxis.domain[1]]}
          ticks={[...valueAxis.ticks]}
          interval={0}
          tickFormatter={tickLabel}
          width={valueAxisWidth}
          tick={valueTick}
        />
        <Tooltip
          separator={TOOLTIP_SEPARATOR}
          // Only the series: a Scatter adds its x value ("month: 2025-08") to the tooltip as an entry of its own.
          content={(props) => (
            <DefaultTooltipContent {...props} payload={props.payload.filter((entry) => String(entry.dataKey) in names)} />
          )}
          labelFormatter={(m) => (typeof m === 'string' ? format.month(m) : '')}
          formatter={(v, name) => {
            const key = String(name);
            const label = names[key] ?? key;
            if (Array.isArray(v)) return [`${value(Number(v[0]))} – ${value(Number(v[1]))}`, label];
            return [typeof v === 'number' ? value(v) : String(v), label];
          }}
        />
        {/* Legend text in ink, not in the series colour: the band's pale fill would fail contrast. */}
        <Legend
          content={chartLegend((entry) => (
            <span className="rm-legend-text">{names[String(entry.value)] ?? entry.value}</span>
          ))}
          wrapperStyle={{ fontSize: LEGEND_FONT_PX * textScale }}
        />
        <Area
          dataKey="band"
          name="band"
          stroke="none"
          fill={COLOURS.band}
          fillOpacity={0.55}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          dataKey="trend"
          name="trend"
          stroke={COLOURS.trend}
          strokeWidth={2}
          strokeDasharray={COMPARISON_DASH}
          dot={false}
          isAnimationActive={false}
        />
        <Line dataKey="actual" name="actual" stroke={COLOURS.actual} strokeWidth={2.5} dot={{ r: 2 }} isAnimationActive={false} />
        <Scatter dataKey="partial" name="partial" fill="#b9cbd8" stroke={COLOURS.actual} strokeWidth={2} isAnimationActive={false} />
        {cumulative ? (
          <Scatter dataKey="target" name="target" shape="diamond" legendType="diamond" fill={COLOURS.target} isAnimationActive={false} />
        ) : target !== null ? (
          <ReferenceLine
            // Above the lines and dots, so its label can be read where the actuals pass behind it.
            zIndex={DefaultZIndexes.label}
            y={target}
            stroke={COLOURS.target}
            strokeDasharray="2 3"
            strokeWidth={2}
            label={targetLabel(t('target2026'), value(target), fontSize, spacing)}
          />
        ) : null}
      </ComposedChart>
    </div>
  );
};

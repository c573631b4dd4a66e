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
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { chartLegend } from '../../../components/chart-legend';
import { TOOLTIP_SEPARATOR } from '../../../components/chart-tooltip';
import { estimateTextWidth, wrapToWidth, type TextSpacing } from '../../../lib/axis-ticks';
import { X_AXIS_HEIGHT_PX } from '../../../lib/chart-metrics';
import { COMPARISON_DASH } from '../../../lib/series-style';
import { printing } from '../../../lib/print-layout';
import { roadmapMessages } from '../messages';
import { LEGEND_FONT_PX, useForecastChartLayout, type ForecastChartData } from './forecast-chart-layout';

interface ForecastChartProps extends ForecastChartData {
  /** The chart's accessible name, its title: without one a screen reader named it by its axis labels. */
  title: string;
}

const COLOURS = { actual: '#0b3d5c', trend: '#8a5a00', band: '#f0c674', target: '#a3261b' };
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
  const { ref, size, height, neededHeight, axes, names, spacing, textScale, fontSize, value, monthLabel } = useForecastChartLayout({
    rows,
    unit,
    cumulative,
    target,
  });
  const { valueAxis, tickLabel, valueAxisWidth, monthTicks, margin, monthTick, valueTick } = axes;
  const data = rows.map((r) => ({ ...r }));

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

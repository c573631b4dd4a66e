/**
 * Two monthly lines (recharts): the region per 10 000 residents and the country per 10 000 residents,
 * the chart tab of the region page's trend. Its own chunk with recharts; the numbers are in the table tab.
 * The lines differ in dash as well as colour, so they read without colour too. Both axes label only
 * ticks chosen to fit, at equal steps (src/lib/axis-ticks.ts), and show every one of them: left to
 * itself, recharts hides a label that would touch its neighbour.
 */
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { chartLegend } from '../../../components/chart-legend';
import { TOOLTIP_SEPARATOR } from '../../../components/chart-tooltip';
import { estimateTextWidth, fitValueAxis, monthTicks } from '../../../lib/axis-ticks';
import { sharedFractionDigits } from '../../../lib/i18n/format';
import { useElementSize } from '../../../lib/use-element-width';
import { useTextSpacing } from '../../../lib/use-text-spacing';
import type { TrendPoint } from '../model/region-profile';

interface TrendLineChartProps {
  points: readonly TrendPoint[];
  /** The chart's accessible name, its title: without one a screen reader named it by its axis labels. */
  title: string;
  regionName: string;
  nationalName: string;
  /** A value in the tooltip: "140,5". */
  formatValue: (value: number) => string;
  /** An axis tick with this many decimals: whole ticks read "80 100 120", not "80,0 100,0 120,0". */
  formatTick: (value: number, fractionDigits: number) => string;
  formatMonth: (month: string) => string;
}

const MARGIN = { top: 8, bottom: 4, left: 0 };
/** At least this much right of the plot, and room for half the last month's label, centred on its edge. */
const RIGHT_MARGIN = 16;
/** The least height of the plot in the 18rem box, below it the month axis and the legend (two lines on a phone). */
const PLOT_HEIGHT = 150;
/** Room a value label takes along the vertical axis: a line of 12 px text. */
const VALUE_LINE = 14;
/** A tick's line and its gap to the label (recharts' defaults), and a little air. */
const TICK_ROOM = 14;

export const TrendLineChart = ({ points, title, regionName, nationalName, formatValue, formatTick, formatMonth }: TrendLineChartProps) => {
  // The box's size is its CSS's (18rem, growing with the reader's font size).
  const [ref, { width, height }] = useElementSize<HTMLDivElement>({ width: 640, height: 288 });
  const spacing = useTextSpacing(ref);
  const axis = fitValueAxis(
    points.flatMap((p) => [p.region, p.national]),
    { length: PLOT_HEIGHT, labelSize: () => VALUE_LINE, includeZero: false },
  );
  const tickDigits = sharedFractionDigits(axis.ticks, 1);
  const tickLabel = (v: number) => formatTick(v, tickDigits);
  const axisWidth = Math.max(
    40,
    Math.ceil(Math.max(...axis.ticks.map((t) => estimateTextWidth(tickLabel(t), 12, false, spacing)))) + TICK_ROOM,
  );
  const months = points.map((p) => p.month);
  const monthWidth = Math.max(0, ...months.map((m) => estimateTextWidth(formatMonth(m), 12, false, spacing)));
  const right = Math.max(RIGHT_MARGIN, Math.ceil(monthWidth / 2));
  const ticks = monthTicks(months, width - MARGIN.left - right - axisWidth, monthWidth);
  return (
    <div ref={ref} className="chart-box">
      <LineChart width={width} height={height} data={[...points]} margin={{ ...MARGIN, right }} accessibilityLayer role="img" title={title}>
        <CartesianGrid stroke="#dde3e8" vertical={false} />
        <XAxis dataKey="month" tickFormatter={formatMonth} tick={{ fontSize: 12, fill: '#4a5a67' }} ticks={ticks} interval={0} />
        <YAxis
          tickFormatter={tickLabel}
          tick={{ fontSize: 12, fill: '#4a5a67' }}
          width={axisWidth}
          domain={[axis.domain[0], axis.domain[1]]}
          ticks={axis.ticks}
          interval={0}
        />
        <Tooltip
          separator={TOOLTIP_SEPARATOR}
          labelFormatter={(m) => (typeof m === 'string' ? formatMonth(m) : '')}
          formatter={(v) => (typeof v === 'number' ? formatValue(v) : String(v))}
        />
        <Legend content={chartLegend()} />
        <Line
          type="monotone"
          dataKey="region"
          name={regionName}
          stroke="#225ea8"
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          type="monotone"
          dataKey="national"
          name={nationalName}
          stroke="#8a5a00"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
      </LineChart>
    </div>
  );
};

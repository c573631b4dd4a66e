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
import { X_AXIS_HEIGHT_PX } from '../../../lib/chart-metrics';
import { sharedFractionDigits } from '../../../lib/i18n/format';
import { COMPARISON_DASH } from '../../../lib/series-style';
import { layoutSmallChartAxes } from '../../../lib/small-chart-axes';
import { useElementSize } from '../../../lib/use-element-width';
import { useTextScale } from '../../../lib/use-text-scale';
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
  /** A month under an axis tick: "шіл." */
  formatMonth: (month: string) => string;
  /** A month in the tooltip, in full as in every other chart's: "2025 ж. шілде". */
  formatMonthInFull: (month: string) => string;
}

/*
 * Sizes in px at the usual 16 px root font size; with a reader's larger default font size the text, and
 * what holds it, grows by the text scale (lib/text-scale.ts), as the chart's box in rem does.
 */
/** The least height of the plot in the 18rem box, below it the month axis and the legend (two lines on a phone). */
const PLOT_HEIGHT = 150;

export const TrendLineChart = ({
  points,
  title,
  regionName,
  nationalName,
  formatValue,
  formatTick,
  formatMonth,
  formatMonthInFull,
}: TrendLineChartProps) => {
  // The box's size is its CSS's (18rem, growing with the reader's font size).
  const [ref, { width, height }] = useElementSize<HTMLDivElement>({ width: 640, height: 288 });
  const spacing = useTextSpacing(ref);
  const scale = useTextScale();
  const { valueAxis, tickLabel, valueAxisWidth, monthTicks, margin, monthTick, valueTick } = layoutSmallChartAxes({
    width,
    scale,
    spacing,
    plotHeight: PLOT_HEIGHT,
    values: points.flatMap((p) => [p.region, p.national]),
    valueAxisOptions: { includeZero: false },
    tickLabelFor: (axis) => {
      const tickDigits = sharedFractionDigits(axis.ticks, 1);
      return (v) => formatTick(v, tickDigits);
    },
    minValueAxisWidth: 40,
    months: points.map((p) => p.month),
    monthLabel: formatMonth,
  });
  return (
    <div ref={ref} className="chart-box">
      <LineChart width={width} height={height} data={[...points]} margin={margin} accessibilityLayer role="img" title={title}>
        <CartesianGrid stroke="#dde3e8" vertical={false} />
        <XAxis
          dataKey="month"
          tickFormatter={formatMonth}
          tick={monthTick}
          ticks={monthTicks}
          interval={0}
          height={X_AXIS_HEIGHT_PX * scale}
        />
        <YAxis
          tickFormatter={tickLabel}
          tick={valueTick}
          width={valueAxisWidth}
          domain={[valueAxis.domain[0], valueAxis.domain[1]]}
          ticks={valueAxis.ticks}
          interval={0}
        />
        <Tooltip
          separator={TOOLTIP_SEPARATOR}
          labelFormatter={(m) => (typeof m === 'string' ? formatMonthInFull(m) : '')}
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
          strokeDasharray={COMPARISON_DASH}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
      </LineChart>
    </div>
  );
};

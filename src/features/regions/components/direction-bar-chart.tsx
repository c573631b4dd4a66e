/**
 * Bars of one value per direction (recharts), the chart tab of the region page's direction breakdown.
 * Its own chunk with recharts, loaded when the chart tab is shown; the numbers are also in the table tab.
 * The value axis labels round ticks at equal steps, only as many as fit the width (src/lib/axis-ticks.ts),
 * and shows every one: left to itself, recharts hides a label that would touch its neighbour.
 */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { estimateTextWidth, fitValueAxis } from '../../../lib/axis-ticks';
import { useElementSize } from '../../../lib/use-element-width';

export interface DirectionBar {
  id: string;
  name: string;
  value: number | null;
}

interface DirectionBarChartProps {
  bars: readonly DirectionBar[];
  formatValue: (value: number) => string;
  /** Name of the value, for the tooltip. */
  valueLabel: string;
}

const BAR_COLOUR = '#1d91c0'; // from the map's sequential palette: the same blue means "volunteers"
const NAMES_WIDTH = 190;
const MARGIN = { top: 4, bottom: 4, left: 4 };
/** At least this much right of the plot, and room for half the last value label, centred on its edge. */
const RIGHT_MARGIN = 24;

export const DirectionBarChart = ({ bars, formatValue, valueLabel }: DirectionBarChartProps) => {
  // The box's size is its CSS's (26rem, growing with the reader's font size).
  const [ref, { width, height }] = useElementSize<HTMLDivElement>({ width: 640, height: 416 });
  const labelWidth = (v: number) => estimateTextWidth(formatValue(v));
  const values = bars.map((b) => b.value);
  const axisFor = (right: number) =>
    fitValueAxis(values, { length: Math.max(0, width - MARGIN.left - NAMES_WIDTH - right), labelSize: labelWidth, integer: true });
  let right = RIGHT_MARGIN;
  let axis = axisFor(right);
  const lastLabel = Math.ceil(labelWidth(axis.domain[1]) / 2) + 4;
  if (lastLabel > right) {
    right = lastLabel;
    axis = axisFor(right);
  }
  return (
    <div ref={ref} className="chart-box chart-box--bars">
      <BarChart width={width} height={height} data={[...bars]} layout="vertical" margin={{ ...MARGIN, right }}>
        <CartesianGrid horizontal={false} stroke="#dde3e8" />
        <XAxis
          type="number"
          domain={[axis.domain[0], axis.domain[1]]}
          ticks={axis.ticks}
          interval={0}
          tickFormatter={(v: number) => formatValue(v)}
          tick={{ fontSize: 12, fill: '#4a5a67' }}
        />
        <YAxis type="category" dataKey="name" width={NAMES_WIDTH} tick={{ fontSize: 12, fill: '#12202b' }} interval={0} />
        <Tooltip
          formatter={(v) => [typeof v === 'number' ? formatValue(v) : String(v), valueLabel]}
          cursor={{ fill: 'rgb(17 24 39 / 0.06)' }}
        />
        <Bar dataKey="value" fill={BAR_COLOUR} isAnimationActive={false} />
      </BarChart>
    </div>
  );
};

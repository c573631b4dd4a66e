/**
 * Bars of one value per direction (recharts), the chart tab of the region page's direction breakdown.
 * Its own chunk with recharts, loaded when the chart tab is shown; the numbers are also in the table tab.
 */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

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

export const DirectionBarChart = ({ bars, formatValue, valueLabel }: DirectionBarChartProps) => (
  <div className="chart-box chart-box--bars">
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={[...bars]} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} stroke="#dde3e8" />
        <XAxis type="number" tickFormatter={(v: number) => formatValue(v)} tick={{ fontSize: 12, fill: '#4a5a67' }} />
        <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12, fill: '#12202b' }} interval={0} />
        <Tooltip formatter={(v) => [typeof v === 'number' ? formatValue(v) : String(v), valueLabel]} cursor={{ fill: 'rgb(17 24 39 / 0.06)' }} />
        <Bar dataKey="value" fill={BAR_COLOUR} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  </div>
);

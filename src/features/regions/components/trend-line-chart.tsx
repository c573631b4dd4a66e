/**
 * Two monthly lines (recharts): the region per 10 000 residents and the country per 10 000 residents,
 * the chart tab of the region page's trend. Its own chunk with recharts; the numbers are in the table tab.
 * The lines differ in dash as well as colour, so they read without colour too.
 */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../model/region-profile';

interface TrendLineChartProps {
  points: readonly TrendPoint[];
  regionName: string;
  nationalName: string;
  formatValue: (value: number) => string;
  formatMonth: (month: string) => string;
}

export const TrendLineChart = ({ points, regionName, nationalName, formatValue, formatMonth }: TrendLineChartProps) => (
  <div className="chart-box">
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={[...points]} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="#dde3e8" vertical={false} />
        <XAxis dataKey="month" tickFormatter={formatMonth} tick={{ fontSize: 12, fill: '#4a5a67' }} minTickGap={24} />
        <YAxis tickFormatter={(v: number) => formatValue(v)} tick={{ fontSize: 12, fill: '#4a5a67' }} width={56} domain={['auto', 'auto']} />
        <Tooltip labelFormatter={(m) => (typeof m === 'string' ? formatMonth(m) : '')} formatter={(v) => (typeof v === 'number' ? formatValue(v) : String(v))} />
        <Legend />
        <Line type="monotone" dataKey="region" name={regionName} stroke="#225ea8" strokeWidth={2.5} dot={false} isAnimationActive={false} connectNulls={false} />
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
    </ResponsiveContainer>
  </div>
);

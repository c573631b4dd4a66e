/**
 * Horizontal bars of shares by direction (Recharts), a thin view over rows the breakdown model made.
 * Each bar carries its name above it and its share and value at its end, so nothing depends on
 * colour or a legend; the ministry's priority directions have a ★ and a darker fill.
 *
 * Loaded lazily (Recharts is a chunk of its own). No animation: a refresh changes bar lengths in place.
 */
import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { LabelProps } from 'recharts';
import { truncateLabel } from '../../../lib/time-series';
import { useElementWidth } from '../../../lib/use-element-width';

export interface ShareBar {
  id: string;
  /** The direction's name, already with the priority mark when it has one. */
  label: string;
  priority: boolean;
  /** Share in percent: the bar's length. */
  share: number;
  /** "23,4 % · 48 648", shown at the end of the bar. */
  endLabel: string;
}

interface ShareBarChartProps {
  bars: readonly ShareBar[];
  /** The chart's accessible name; the numbers are in the table tab. */
  title: string;
  /** Height of one bar's row in pixels (name above, bar below). */
  rowHeight?: number;
}

const PRIORITY_FILL = '#0b3d5c';
const OTHER_FILL = '#5f7f97';
const NAME_CHAR_PX = 7.2;
const END_LABEL_CHAR_PX = 7;

export const ShareBarChart = ({ bars, title, rowHeight = 46 }: ShareBarChartProps) => {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const chartWidth = Math.max(width, 260);
  const longestEnd = Math.max(0, ...bars.map((b) => b.endLabel.length));
  const right = Math.round(longestEnd * END_LABEL_CHAR_PX) + 12;
  const max = Math.max(0, ...bars.map((b) => b.share));
  const nameChars = Math.floor((chartWidth - 8) / NAME_CHAR_PX);
  const height = bars.length * rowHeight + 8;

  const renderLabels = (props: LabelProps) => {
    const { viewBox, index } = props;
    const bar = typeof index === 'number' ? bars[index] : undefined;
    if (!bar || !viewBox || !('width' in viewBox)) return <g />;
    const x = Number(viewBox.x ?? 0);
    const y = Number(viewBox.y ?? 0);
    const w = Number(viewBox.width ?? 0);
    const h = Number(viewBox.height ?? 0);
    return (
      <g>
        <text x={x} y={y - 6} fontSize={13} fill="#12202b" fontWeight={bar.priority ? 700 : 400}>
          {truncateLabel(bar.label, nameChars)}
          <title>{bar.label}</title>
        </text>
        <text x={x + w + 6} y={y + h / 2} dominantBaseline="central" fontSize={12.5} fill="#12202b">
          {bar.endLabel}
        </text>
      </g>
    );
  };

  return (
    <div ref={ref} className="share-bar-chart">
      <BarChart
        width={chartWidth}
        height={height}
        data={bars}
        layout="vertical"
        margin={{ top: 8, right, bottom: 0, left: 2 }}
        barCategoryGap={0}
        role="img"
        title={title}
        accessibilityLayer={false}
      >
        <XAxis type="number" domain={[0, max || 1]} hide />
        <YAxis type="category" dataKey="id" hide />
        <Bar dataKey="share" barSize={14} isAnimationActive={false} background={{ fill: '#eef2f5' }}>
          {bars.map((b) => (
            <Cell key={b.id} fill={b.priority ? PRIORITY_FILL : OTHER_FILL} />
          ))}
          <LabelList dataKey="share" content={renderLabels} />
        </Bar>
      </BarChart>
    </div>
  );
};

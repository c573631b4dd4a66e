/**
 * Horizontal bars of shares by direction: a thin view over rows the breakdown model made, drawn as
 * plain SVG by React. Each bar carries its name above it and its share and value at its end, so
 * nothing depends on colour or a legend; the ministry's priority directions have a ★ and a darker fill.
 *
 * Not Recharts: ten bars with two labels each need no axes, scales or tooltips, and Recharts redrew
 * this chart in 60–80 ms on every refresh (its store recomputes every selector when the data changes),
 * the longest task on /directions. Drawn by React it takes a few milliseconds, needs no chunk of its
 * own, and the overview's breakdown no longer loads Recharts at all.
 */
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
const TRACK_FILL = '#eef2f5';
const INK = '#12202b';
const NAME_CHAR_PX = 7.2;
const END_LABEL_CHAR_PX = 7;
const BAR_PX = 14;
const TOP_PX = 8;
const LEFT_PX = 2;
const MIN_WIDTH_PX = 260;

export interface ShareBarShape {
  bar: ShareBar;
  /** The bar's top edge; its name sits 6 px above it. */
  y: number;
  /** The bar's length; it starts at `x`. */
  width: number;
  /** The shown name, shortened to fit the chart's width. */
  name: string;
}

export interface ShareBarLayout {
  width: number;
  height: number;
  x: number;
  /** Length of the longest possible bar: the track behind every bar. */
  trackWidth: number;
  shapes: ShareBarShape[];
}

/**
 * Where every bar goes in a chart `width` pixels wide: one row per bar, the bar centred in the lower
 * part of its row, the largest share as long as the track, room on the right for the longest end label.
 */
export const layoutShareBars = (bars: readonly ShareBar[], width: number, rowHeight: number): ShareBarLayout => {
  const chartWidth = Math.max(width, MIN_WIDTH_PX);
  const longestEnd = Math.max(0, ...bars.map((b) => b.endLabel.length));
  const right = Math.round(longestEnd * END_LABEL_CHAR_PX) + 12;
  const trackWidth = Math.max(0, chartWidth - LEFT_PX - right);
  const max = Math.max(0, ...bars.map((b) => b.share));
  const nameChars = Math.floor((chartWidth - 8) / NAME_CHAR_PX);
  return {
    width: chartWidth,
    height: bars.length * rowHeight + TOP_PX,
    x: LEFT_PX,
    trackWidth,
    shapes: bars.map((bar, i) => ({
      bar,
      y: TOP_PX + i * rowHeight + (rowHeight - BAR_PX) / 2,
      width: max > 0 ? Math.max(0, (bar.share / max) * trackWidth) : 0,
      name: truncateLabel(bar.label, nameChars),
    })),
  };
};

export const ShareBarChart = ({ bars, title, rowHeight = 46 }: ShareBarChartProps) => {
  const [ref, measured] = useElementWidth<HTMLDivElement>(640);
  const layout = layoutShareBars(bars, measured, rowHeight);
  return (
    <div ref={ref} className="share-bar-chart">
      {/* data-exportable: the chart frame's PNG and SVG downloads take this element. */}
      <svg className="share-bar-chart__svg" data-exportable="" width={layout.width} height={layout.height} role="img" aria-label={title}>
        <title>{title}</title>
        {layout.shapes.map(({ bar, y, width, name }) => (
          <g key={bar.id}>
            <rect x={layout.x} y={y} width={layout.trackWidth} height={BAR_PX} fill={TRACK_FILL} />
            <rect x={layout.x} y={y} width={width} height={BAR_PX} fill={bar.priority ? PRIORITY_FILL : OTHER_FILL} />
            <text x={layout.x} y={y - 6} fontSize={13} fill={INK} fontWeight={bar.priority ? 700 : 400}>
              {name}
              <title>{bar.label}</title>
            </text>
            <text x={layout.x + width + 6} y={y + BAR_PX / 2} dominantBaseline="central" fontSize={12.5} fill={INK}>
              {bar.endLabel}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
};

/**
 * Horizontal bars of shares by direction: a thin view over rows the breakdown model made, drawn as
 * plain SVG by React. Each bar carries its name above it and its share and value at its end, so
 * nothing depends on colour or a legend; the ministry's priority directions have a ★ and a darker fill.
 *
 * Not Recharts: ten bars with two labels each need no axes, scales or tooltips, and Recharts redrew
 * this chart in 60–80 ms on every refresh (its store recomputes every selector when the data changes),
 * the longest task on /directions. Drawn by React it takes a few milliseconds, needs no chunk of its
 * own, and the overview's breakdown no longer loads Recharts at all. The region page draws its
 * directions with it too: with names beside the bars (Recharts' category axis) a long Russian name
 * ran to three lines into its neighbours, and on a phone the bars were left 90 px.
 */
import type { CSSProperties } from 'react';
import { commonMessages } from '../lib/i18n/common-messages';
import { useMessages } from '../lib/i18n/i18n-context';
import { BAR_PX, ROW_PX, layoutShareBars, shareBarsCssHeight, type ShareBar } from '../lib/share-bar-layout';
import { useElementWidth } from '../lib/use-element-width';
import { useTextScale } from '../lib/use-text-scale';
import { useTextSpacing } from '../lib/use-text-spacing';
import './share-bar-chart.css';

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

export const ShareBarChart = ({ bars, title, rowHeight = ROW_PX }: ShareBarChartProps) => {
  const [ref, measured] = useElementWidth<HTMLDivElement>(640);
  const layout = layoutShareBars(bars, measured, rowHeight, useTextSpacing(ref), useTextScale());
  return (
    <div ref={ref} className="share-bar-chart">
      {/* data-exportable: the chart frame's PNG and SVG downloads take this element. */}
      <svg className="share-bar-chart__svg" data-exportable="" width={layout.width} height={layout.height} role="img" aria-label={title}>
        <title>{title}</title>
        {layout.shapes.map(({ bar, y, width, nameLines: [first = '', second] }) => (
          <g key={bar.id}>
            <rect x={layout.x} y={y} width={layout.trackWidth} height={BAR_PX} fill={TRACK_FILL} />
            <rect x={layout.x} y={y} width={width} height={BAR_PX} fill={bar.priority ? PRIORITY_FILL : OTHER_FILL} />
            {/* The name's last line right above its bar. */}
            <text
              x={layout.x}
              y={y - layout.nameGap - (second === undefined ? 0 : layout.nameLineHeight)}
              fontSize={layout.nameFontSize}
              fill={INK}
              fontWeight={bar.priority ? 700 : 400}
            >
              {second === undefined ? (
                first
              ) : (
                <>
                  <tspan>{first}</tspan>
                  <tspan x={layout.x} dy={layout.nameLineHeight}>
                    {second}
                  </tspan>
                </>
              )}
              <title>{bar.label}</title>
            </text>
            <text x={layout.x + width + 6} y={y + BAR_PX / 2} dominantBaseline="central" fontSize={layout.endFontSize} fill={INK}>
              {bar.endLabel}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
};

/** The key to the stars, under the bars and under their placeholder alike. */
const PriorityKey = () => <p className="share-bar-chart__legend">{useMessages(commonMessages)('priorityLegend')}</p>;

/** The bars with the key to their stars under them, as every breakdown by direction shows them. */
export const ShareBarsWithKey = (props: ShareBarChartProps) => (
  <>
    <ShareBarChart {...props} />
    <PriorityKey />
  </>
);

interface ShareBarsPlaceholderProps {
  /** How many bars there will be. */
  count: number;
  rowHeight?: number;
  className?: string;
}

/**
 * The bars' place while they wait to be drawn: as tall as they will be, the key already under it, so
 * nothing below moves. Its height is CSS's (share-bar-chart.css), which knows the width before any
 * script does: on a narrow chart every name has two lines.
 */
export const ShareBarsPlaceholder = ({ count, rowHeight = ROW_PX, className }: ShareBarsPlaceholderProps) => (
  <>
    <ShareBarsSpace count={count} rowHeight={rowHeight} className={className} />
    <PriorityKey />
  </>
);

/**
 * Room for `count` bars, without the key: the placeholder's, and a panel's skeleton's before its data.
 * Both heights come from layoutShareBars' own sum, in rem where it grows with the reader's font size; CSS
 * picks one by the width, as the layout will.
 */
export const ShareBarsSpace = ({ count, rowHeight = ROW_PX, className }: ShareBarsPlaceholderProps) => {
  const heights = {
    '--share-bars-one-line': shareBarsCssHeight(count, rowHeight, 1),
    '--share-bars-two-lines': shareBarsCssHeight(count, rowHeight, 2),
  } as CSSProperties;
  return (
    <div className="share-bars-space">
      <div className={className ? `share-bars-space__box ${className}` : 'share-bars-space__box'} style={heights} />
    </div>
  );
};

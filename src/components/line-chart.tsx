/**
 * A monthly line chart (Recharts), the thin view of every trend in the app. Rows, domains and series
 * come ready from pure modules (src/lib/time-series.ts and the features' models); this only draws.
 *
 * Import it lazily (`lazy(() => import('…/line-chart'))`): Recharts is a chunk of its own, so pages
 * paint their numbers before it arrives. Lines are told apart by colour, marker and direct labels at
 * their ends (an HTML legend on narrow screens); comparison periods are dashed with hollow markers,
 * and the month still under way is a dotted segment. Both axes label only ticks chosen to fit, at
 * equal steps (src/lib/axis-ticks.ts), and show every one of them. Animation is off: a refresh swaps
 * the lines in place, and series keep their keys so nothing remounts.
 */
import {
  CartesianGrid,
  Line,
  LineChart as RechartsLineChart,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  useYAxisScale,
} from 'recharts';
import type { DotItemDotProps } from 'recharts';
import type { Month } from '../api/contract';
import { estimateTextWidth, fitValueAxis, monthTicks, ticksFit, type TextSpacing } from '../lib/axis-ticks';
import { addMonths } from '../lib/months';
import { markerPath, type SeriesStyle } from '../lib/series-style';
import { spreadLabels, truncateToWidth, type ChartRow } from '../lib/time-series';
import { useElementWidth } from '../lib/use-element-width';
import { useTextSpacing } from '../lib/use-text-spacing';
import { TOOLTIP_SEPARATOR } from './chart-tooltip';
import './line-chart.css';

export interface LineChartSeries {
  /** Row key of the values; stays the same across refreshes. */
  key: string;
  /** Row key of the dotted segment into a partial month (see splitPartial), if any. */
  partialKey?: string;
  label: string;
  style: SeriesStyle;
  /** A comparison period: dashed, thinner, hollow markers. */
  comparison?: boolean;
  /**
   * Its name in the tooltip, where it differs from `label`. The tooltip is headed by the month of the period
   * shown; a comparison line's value there is of the month `monthsBack` earlier, which its name then gives
   * ("Kazakhstan, September 2025" under "October 2026"; "name, month" in all three languages). Data, not a
   * function, so a refresh that changes nothing still leaves the chart alone.
   */
  tooltip?: { name: string; monthsBack?: number };
}

export interface LineChartProps {
  rows: readonly ChartRow[];
  series: readonly LineChartSeries[];
  domain: readonly [number, number];
  ticks: readonly number[];
  /** Values in the tooltip and on the axis, in the current language. */
  formatValue: (value: number) => string;
  /** Month names in the tooltip ("May 2025") and on the axis ("May 2025" short). */
  formatMonth: (month: Month) => string;
  formatMonthTick: (month: Month) => string;
  /** Months to shade, e.g. the selected period inside a longer window. */
  highlight?: { from: Month; to: Month } | null;
  /** Describes the chart for screen readers (the data is in the table tab). */
  ariaLabel: string;
  height?: number;
}

const NARROW = 520;
/**
 * Width of a 12 px end label, bold, with the reader's spacing (the longest Russian direction, 469 px, was
 * cut at the panel's edge when a flat 7 px a character reserved its room).
 */
const endLabelWidth =
  (spacing: TextSpacing) =>
  (text: string): number =>
    estimateTextWidth(text, 12, true, spacing);
/** From the plot's edge to a label's text: the gap and the marker drawn before it. */
const LABEL_OFFSET = 21;
const MARKER_SIZE = 8;
/** At most this many markers per line; a long window keeps every k-th point and the last. */
const MAX_MARKERS = 26;
/** Recharts' defaults: the height of the month axis, and a tick's line and its gap to the label. */
const X_AXIS_HEIGHT = 30;
const TICK_ROOM = 8;
const MARGIN = { top: 12, bottom: 4, left: 4 };
/** Room a value label takes along the vertical axis: a line of 12 px text. */
const VALUE_LINE = 14;

export const LineChart = ({
  rows,
  series,
  domain,
  ticks,
  formatValue,
  formatMonth,
  formatMonthTick,
  highlight,
  ariaLabel,
  height = 320,
}: LineChartProps) => {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const spacing = useTextSpacing(ref);
  const labelWidth = endLabelWidth(spacing);
  const narrow = width < NARROW;
  const chartWidth = Math.max(width, 240);
  const labelled = series.filter((s) => !s.comparison || series.length <= 4);
  const longest = Math.max(0, ...labelled.map((s) => labelWidth(s.label)));
  const monthLabelWidth = Math.max(0, ...rows.map((r) => estimateTextWidth(formatMonthTick(r.month), 12, false, spacing)));
  // The lines' names take up to 42 % of the width, enough for the longest Russian direction whole at 1350 px;
  // the last month's label is centred on the plot's right edge: half of it lies in the margin.
  const rightMargin = Math.max(
    Math.ceil(monthLabelWidth / 2),
    narrow ? 12 : Math.min(Math.round(width * 0.42), Math.ceil(longest) + LABEL_OFFSET + 8),
  );
  const labelRoom = rightMargin - LABEL_OFFSET - 4;
  const every = Math.max(1, Math.ceil(rows.length / MAX_MARKERS));
  const lastIndex = rows.length - 1;
  // Every tick is shown (interval 0), so only ticks whose labels fit are passed: the model's, or fewer.
  const plotHeight = height - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT;
  const valueAxis = ticksFit(ticks, plotHeight, () => VALUE_LINE)
    ? { domain, ticks }
    : fitValueAxis(domain, { length: plotHeight, labelSize: () => VALUE_LINE, maxCount: ticks.length, includeZero: false });
  const axisWidth =
    Math.ceil(Math.max(0, ...valueAxis.ticks.map((t) => estimateTextWidth(formatValue(t), 12, false, spacing)))) + TICK_ROOM + 6;
  const plotWidth = chartWidth - MARGIN.left - rightMargin - axisWidth;
  const months = rows.map((r) => r.month);
  const monthTickValues = monthTicks(months, plotWidth, monthLabelWidth);

  /** Each line and its place in `series`, by its row key (the tooltip's entries name their line by it). */
  const byKey = new Map(series.map((line, place) => [line.key, { line, place }]));

  const dot = (style: SeriesStyle, hollow: boolean) => {
    const DotShape = (props: DotItemDotProps) => {
      const { cx, cy, index } = props;
      const value: unknown = props.value;
      if (typeof cx !== 'number' || typeof cy !== 'number' || value === null || value === undefined) return <g key={`none-${index}`} />;
      const partial = rows[index]?.partial === true;
      if (!partial && index % every !== 0 && index !== lastIndex) return <g key={`skip-${index}`} />;
      const open = hollow || partial;
      return (
        <path
          key={`m-${index}`}
          d={markerPath(style.marker, MARKER_SIZE)}
          transform={`translate(${cx},${cy})`}
          fill={open ? '#ffffff' : style.marker === 'cross' ? 'none' : style.colour}
          stroke={style.colour}
          strokeWidth={style.marker === 'cross' ? 2 : 1.5}
        />
      );
    };
    return DotShape;
  };

  return (
    <div ref={ref} className="line-chart">
      <RechartsLineChart
        width={chartWidth}
        height={height}
        data={rows}
        margin={{ ...MARGIN, right: rightMargin }}
        accessibilityLayer
        role="img"
        title={ariaLabel}
      >
        <CartesianGrid stroke="#dde3e8" vertical={false} />
        {highlight ? <ReferenceArea x1={highlight.from} x2={highlight.to} fill="#e7eef4" fillOpacity={0.8} ifOverflow="visible" /> : null}
        <XAxis
          dataKey="month"
          tickFormatter={(m: Month) => formatMonthTick(m)}
          ticks={monthTickValues}
          interval={0}
          height={X_AXIS_HEIGHT}
          tick={{ fill: '#33434f', fontSize: 12 }}
          stroke="#8196a6"
        />
        <YAxis
          domain={[valueAxis.domain[0], valueAxis.domain[1]]}
          ticks={[...valueAxis.ticks]}
          interval={0}
          allowDataOverflow={false}
          tickFormatter={(v: number) => formatValue(v)}
          width={axisWidth}
          tick={{ fill: '#33434f', fontSize: 12 }}
          stroke="#8196a6"
        />
        <Tooltip
          isAnimationActive={false}
          separator={TOOLTIP_SEPARATOR}
          // In the series' order, as the legend and the end labels: recharts sorts by name, which put a
          // comparison period's line ("…, 2025") above the period's own ("…, 2026").
          itemSorter={(item) => byKey.get(String(item.dataKey))?.place ?? series.length}
          labelFormatter={(m) => (typeof m === 'string' ? formatMonth(m) : '')}
          formatter={(value, name, item) => {
            const row: unknown = item.payload;
            const month = typeof row === 'object' && row !== null && 'month' in row ? String(row.month) : null;
            const tooltip = byKey.get(String(item.dataKey))?.line.tooltip;
            const shown = typeof value === 'number' ? formatValue(value) : '—';
            if (!tooltip) return [shown, String(name)];
            const back = tooltip.monthsBack;
            return [shown, back !== undefined && month ? `${tooltip.name}, ${formatMonth(addMonths(month, -back))}` : tooltip.name];
          }}
        />
        {series.flatMap((s) => {
          const strokeWidth = s.comparison ? 1.75 : 2.5;
          const lines = [
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              type="linear"
              stroke={s.style.colour}
              strokeWidth={strokeWidth}
              strokeDasharray={s.comparison ? '6 4' : s.style.dash}
              dot={dot(s.style, Boolean(s.comparison))}
              activeDot={{ r: 4, stroke: s.style.colour, fill: '#ffffff' }}
              isAnimationActive={false}
              connectNulls={false}
            />,
          ];
          if (s.partialKey) {
            lines.push(
              <Line
                key={s.partialKey}
                dataKey={s.partialKey}
                name={s.label}
                legendType="none"
                tooltipType="none"
                type="linear"
                stroke={s.style.colour}
                strokeWidth={strokeWidth}
                strokeDasharray="2 4"
                dot={dot(s.style, true)}
                activeDot={false}
                isAnimationActive={false}
              />,
            );
          }
          return lines;
        })}
        {narrow ? null : <EndLabels rows={rows} series={labelled} room={labelRoom} widthOf={labelWidth} />}
      </RechartsLineChart>
      {narrow ? (
        <ul className="line-chart__legend">
          {series.map((s) => (
            <li key={s.key}>
              <svg width="30" height="12" aria-hidden="true" focusable="false">
                <line
                  x1="1"
                  y1="6"
                  x2="29"
                  y2="6"
                  stroke={s.style.colour}
                  strokeWidth={2}
                  strokeDasharray={s.comparison ? '6 4' : s.style.dash}
                />
                <path
                  d={markerPath(s.style.marker, MARKER_SIZE)}
                  transform="translate(15,6)"
                  fill={s.comparison ? '#ffffff' : s.style.colour}
                  stroke={s.style.colour}
                  strokeWidth={1.5}
                />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
};

interface EndLabelsProps {
  rows: readonly ChartRow[];
  series: readonly LineChartSeries[];
  /** Pixels from a label's first character to the chart's right edge. */
  room: number;
  /** A label's width, to shorten one that does not fit `room`. */
  widthOf: (text: string) => number;
}

/** Labels in the right margin, level with each line's last value and pushed apart so none overlap. */
const EndLabels = ({ rows, series, room, widthOf }: EndLabelsProps) => {
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!yScale || !plot) return null;
  const ends = series.flatMap((s) => {
    for (let i = rows.length - 1; i >= 0; i--) {
      const row = rows[i];
      const v = row?.[s.key] ?? (s.partialKey ? row?.[s.partialKey] : null);
      if (typeof v === 'number') {
        const y = yScale(v);
        return typeof y === 'number' && Number.isFinite(y) ? [{ series: s, y }] : [];
      }
    }
    return [];
  });
  const placed = spreadLabels(
    ends.map((e) => ({ key: e.series.key, y: e.y })),
    15,
    plot.y + 6,
    plot.y + plot.height - 2,
  );
  const x = plot.x + plot.width + 8;
  return (
    <g className="line-chart__end-labels">
      {ends.map(({ series: s }) => {
        const y = placed[s.key] ?? plot.y;
        return (
          <g key={s.key}>
            <path
              d={markerPath(s.style.marker, MARKER_SIZE)}
              transform={`translate(${x + 4},${y})`}
              fill={s.comparison ? '#ffffff' : s.style.marker === 'cross' ? 'none' : s.style.colour}
              stroke={s.style.colour}
              strokeWidth={1.5}
            />
            <text x={x + 13} y={y} dominantBaseline="central" fontSize={12} fill={s.style.colour} fontWeight={s.comparison ? 400 : 700}>
              {truncateToWidth(s.label, room, widthOf)}
              <title>{s.label}</title>
            </text>
          </g>
        );
      })}
    </g>
  );
};

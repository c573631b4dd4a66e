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
import { layoutLineChart } from '../lib/line-chart-layout';
import { addMonths } from '../lib/months';
import { COMPARISON_DASH, isStrokeMarker, markerPath, type SeriesStyle } from '../lib/series-style';
import { spreadLabels, truncateToWidth, type ChartRow } from '../lib/time-series';
import { useElementWidth } from '../lib/use-element-width';
import { useTextScale } from '../lib/use-text-scale';
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

const MARKER_SIZE = 8;

/** A series' marker, the same in the plot, the legend and at the line's end; hollow for a comparison or a month under way. */
const markerProps = (style: SeriesStyle, hollow: boolean) => {
  const strokeOnly = isStrokeMarker(style.marker);
  return {
    d: markerPath(style.marker, MARKER_SIZE),
    fill: strokeOnly ? 'none' : hollow ? '#ffffff' : style.colour,
    stroke: style.colour,
    strokeWidth: strokeOnly ? 2 : 1.5,
  };
};
/** At most this many markers per line; a long window keeps every k-th point and the last. */
const MAX_MARKERS = 26;

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
  const scale = useTextScale();
  const labelled = series.filter((s) => !s.comparison || series.length <= 4);
  // Height, margins, ticks and the room for the lines' names, with the reader's text size and spacing.
  const frame = layoutLineChart({
    width,
    height,
    scale,
    spacing,
    endLabels: labelled.map((s) => s.label),
    monthLabels: rows.map((r) => formatMonthTick(r.month)),
    valueAxis: { domain, ticks },
    formatValue,
  });
  const { narrow, valueAxis } = frame;
  const every = Math.max(1, Math.ceil(rows.length / MAX_MARKERS));
  const lastIndex = rows.length - 1;
  const monthTickValues = frame.monthTickIndices.flatMap((i) => {
    const month = rows[i]?.month;
    return month === undefined ? [] : [month];
  });

  /** Each line and its place in `series`, by its row key (the tooltip's entries name their line by it). */
  const byKey = new Map(series.map((line, place) => [line.key, { line, place }]));

  /**
   * The markers of a line: every few months, the last, and a month still under way (hollow). The dotted
   * segment into that month starts at the last whole month, whose marker its solid line draws already:
   * `onlyPartial` leaves it out there (drawn hollow, it marked a whole month as incomplete).
   */
  const dot = (style: SeriesStyle, hollow: boolean, onlyPartial = false) => {
    const DotShape = (props: DotItemDotProps) => {
      const { cx, cy, index } = props;
      const value: unknown = props.value;
      if (typeof cx !== 'number' || typeof cy !== 'number' || value === null || value === undefined) return <g key={`none-${index}`} />;
      const partial = rows[index]?.partial === true;
      if (onlyPartial && !partial) return <g key={`whole-${index}`} />;
      if (!partial && index % every !== 0 && index !== lastIndex) return <g key={`skip-${index}`} />;
      const open = hollow || partial;
      return <path key={`m-${index}`} {...markerProps(style, open)} transform={`translate(${cx},${cy})`} />;
    };
    return DotShape;
  };

  return (
    <div ref={ref} className="line-chart">
      <RechartsLineChart
        width={frame.width}
        height={frame.height}
        data={rows}
        margin={frame.margin}
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
          height={frame.xAxisHeight}
          tick={{ fill: '#33434f', fontSize: frame.fontSize }}
          stroke="#8196a6"
        />
        <YAxis
          domain={[valueAxis.domain[0], valueAxis.domain[1]]}
          ticks={[...valueAxis.ticks]}
          interval={0}
          allowDataOverflow={false}
          tickFormatter={(v: number) => formatValue(v)}
          width={frame.axisWidth}
          tick={{ fill: '#33434f', fontSize: frame.fontSize }}
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
              strokeDasharray={s.comparison ? COMPARISON_DASH : s.style.dash}
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
                dot={dot(s.style, true, true)}
                activeDot={false}
                isAnimationActive={false}
              />,
            );
          }
          return lines;
        })}
        {narrow ? null : (
          <EndLabels
            rows={rows}
            series={labelled}
            room={frame.labelRoom}
            widthOf={frame.endLabelWidth}
            fontSize={frame.fontSize}
            pitch={frame.labelPitch}
            top={frame.labelTop}
          />
        )}
      </RechartsLineChart>
      {narrow ? (
        <ul className="line-chart__legend">
          {series.map((s) => (
            <li key={s.key}>
              {/* 30 × 12 px beside the usual small text, and larger with it (em): a reader's larger default font. */}
              <svg width="2.2em" height="0.88em" viewBox="0 0 30 12" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
                <line
                  x1="1"
                  y1="6"
                  x2="29"
                  y2="6"
                  stroke={s.style.colour}
                  strokeWidth={2}
                  strokeDasharray={s.comparison ? COMPARISON_DASH : s.style.dash}
                />
                <path {...markerProps(s.style, s.comparison === true)} transform="translate(15,6)" />
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
  fontSize: number;
  /** The least distance between two labels' centres, and the highest a label goes below the plot's top. */
  pitch: number;
  top: number;
}

/** Labels in the right margin, level with each line's last value and pushed apart so none overlap. */
const EndLabels = ({ rows, series, room, widthOf, fontSize, pitch, top }: EndLabelsProps) => {
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
    pitch,
    plot.y + top,
    plot.y + plot.height - 2,
  );
  const x = plot.x + plot.width + 8;
  return (
    <g className="line-chart__end-labels">
      {ends.map(({ series: s }) => {
        const y = placed[s.key] ?? plot.y;
        return (
          <g key={s.key}>
            <path {...markerProps(s.style, s.comparison === true)} transform={`translate(${x + 4},${y})`} />
            <text
              x={x + 13}
              y={y}
              dominantBaseline="central"
              fontSize={fontSize}
              fill={s.style.colour}
              fontWeight={s.comparison ? 400 : 700}
            >
              {truncateToWidth(s.label, room, widthOf)}
              <title>{s.label}</title>
            </text>
          </g>
        );
      })}
    </g>
  );
};

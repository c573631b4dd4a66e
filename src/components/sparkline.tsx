/**
 * A tiny trend line drawn as plain SVG, so the first screen needs no chart library. Decorative: the
 * tile states the change in words and the full series is in the charts and tables.
 */
import type { MonthlyPoint } from '../api/contract';
import { sparklinePath } from '../lib/sparkline-path';

interface SparklineProps {
  points: readonly MonthlyPoint[];
  width?: number;
  height?: number;
}

export const Sparkline = ({ points, width = 120, height = 32 }: SparklineProps) => {
  // A month still under way would look like a collapse of every flow: the line stops at the last full month.
  const complete = points.filter((p) => !p.partial);
  const d = sparklinePath(complete.map((p) => p.value), width, height);
  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false" preserveAspectRatio="none">
      {d ? <path d={d} fill="none" stroke="currentColor" strokeWidth={2} vectorEffect="non-scaling-stroke" strokeLinejoin="round" /> : null}
    </svg>
  );
};

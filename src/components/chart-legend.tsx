/**
 * A recharts legend (`<Legend content={chartLegend(…)} />`) drawn as recharts draws its own, with the same
 * classes (the CSS, and the picture export in lib/chart-export.ts, find it by them), but with its icons
 * hidden from screen readers: recharts names each icon "<data key> legend icon", in English whatever the
 * page's language ("actual legend icon" on a Kazakh page), before the entry's own words.
 */
import type { ReactNode } from 'react';
import { Symbols, type LegendPayload, type LegendType } from 'recharts';

const SIZE = 32;

/** Recharts' icon for a legend type: a line through a ring for lines, the series' symbol otherwise. */
const Icon = ({ type, colour, dashed }: { type: LegendType | undefined; colour: string | undefined; dashed: string | undefined }) => {
  const [half, sixth, third] = [SIZE / 2, SIZE / 6, SIZE / 3];
  if (type === 'line')
    return (
      <path
        strokeWidth={4}
        fill="none"
        stroke={colour}
        strokeDasharray={dashed}
        d={`M0,${half}h${third}A${sixth},${sixth},0,1,1,${2 * third},${half}H${SIZE}M${2 * third},${half}A${sixth},${sixth},0,1,1,${third},${half}`}
      />
    );
  if (type === 'plainline') return <line strokeWidth={4} stroke={colour} strokeDasharray={dashed} x1={0} y1={half} x2={SIZE} y2={half} />;
  if (type === 'rect') return <path stroke="none" fill={colour} d={`M0,${SIZE / 8}h${SIZE}v${(SIZE * 3) / 4}h${-SIZE}z`} />;
  return (
    <Symbols
      fill={colour}
      cx={half}
      cy={half}
      size={SIZE}
      sizeType="diameter"
      type={type === undefined || type === 'none' ? 'circle' : type}
    />
  );
};

const dashOf = (payload: object | undefined): string | undefined => {
  const dash = payload && 'strokeDasharray' in payload ? payload.strokeDasharray : undefined;
  return typeof dash === 'string' ? dash : undefined;
};

/** The legend's content; `label` writes an entry's words (its series' name by default). */
export const chartLegend =
  (label: (entry: LegendPayload) => ReactNode = (entry) => entry.value) =>
  ({ payload }: { payload?: readonly LegendPayload[] }) => (
    <ul className="recharts-default-legend" style={{ padding: 0, margin: 0, textAlign: 'center' }}>
      {(payload ?? [])
        .filter((entry) => entry.type !== 'none')
        .map((entry, i) => (
          <li
            key={`${String(entry.dataKey ?? entry.value)}-${i}`}
            className="recharts-legend-item"
            style={{ display: 'inline-block', marginRight: 10 }}
          >
            {/* 14 px at the usual 16 px root, and as much larger as a reader's default font or a wall makes the text (rem). */}
            <svg
              width="0.875rem"
              height="0.875rem"
              viewBox={`0 0 ${SIZE} ${SIZE}`}
              aria-hidden="true"
              style={{ display: 'inline-block', verticalAlign: 'middle', marginRight: 4 }}
            >
              <Icon type={entry.type} colour={entry.color} dashed={dashOf(entry.payload)} />
            </svg>
            <span className="recharts-legend-item-text" style={{ color: entry.color }}>
              {label(entry)}
            </span>
          </li>
        ))}
    </ul>
  );

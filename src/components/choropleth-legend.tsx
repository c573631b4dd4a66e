/**
 * Legend of the choropleth map, in HTML next to the map (not inside Leaflet): one row per class with a
 * swatch, its range and how many regions it holds, then the zero and "no data" categories.
 *
 * Rows are buttons so keyboard users reach them: hovering or focusing a row highlights that class on
 * the map (through `onHighlightClass`), and the map highlights the row of the region under the pointer.
 * The swatch is never the only signal: every row has its text, and "no data" is hatched.
 */
import { useId } from 'react';
import type { CSSProperties, ReactElement } from 'react';
import { classPaint, shownBounds, swatchCss } from '../lib/choropleth';
import type { ClassBin, ClassKey, Classification, ValueGrid } from '../lib/choropleth';

export interface ChoroplethLegendProps {
  /** The legend's id, where a link leads to it (the map's "skip the map"); it then takes focus from that link. */
  id?: string;
  classification: Classification;
  /** Formats a bound (locale, unit, precision), e.g. 25000 → "25 000". */
  formatValue: (value: number) => string;
  /** Label of a class row; defaults to the shown values a class holds ("10–12", "120–129.9"), else "lower–upper". */
  formatRange?: (bin: ClassBin, formatValue: (value: number) => string) => string;
  /** Localised texts. `count` turns a number of regions into text, e.g. 3 → "3 regions". */
  labels: { noData: string; zero?: string; count: (count: number) => string };
  /** Visible caption, also the list's accessible name, e.g. "Volunteers per 10 000 residents". */
  title?: string;
  highlightedClass?: ClassKey | null;
  onHighlightClass?: (key: ClassKey | null) => void;
  orientation?: 'vertical' | 'horizontal';
  className?: string;
}

/**
 * Two bounds joined by an en dash: "10–12", "10 000–11 999"; set off by spaces between signed bounds, which
 * the dash ran into ("+7,4 %–+8,7 %" read as one figure), with a no-break space so the dash does not start
 * a line: "+7,4 % – +8,7 %", "−2,1 % – +3,0 %".
 */
const SIGNED = /^[+\u2212-]/;
const joinBounds = (first: string, last: string): string =>
  SIGNED.test(first) || SIGNED.test(last) ? `${first}\u00a0– ${last}` : `${first}–${last}`;

const sharedBoundRange = (bin: ClassBin, format: (value: number) => string): string => joinBounds(format(bin.lower), format(bin.upper));

/**
 * The shown values a class holds (`shownBounds`): counts [10, 13) read "10–12" and [9, 10) "9", not "9–10",
 * which a reader takes to include 10 (and 9 to be in the class before); one decimal [120, 130) reads
 * "120–129.9". So no shown value seems to be in two classes, and the value a region is labelled with is
 * always within its class's label.
 */
const shownRange =
  (grid: ValueGrid) =>
  (bin: ClassBin, format: (value: number) => string): string => {
    const { first, last } = shownBounds(bin, grid);
    return first >= last ? format(first) : joinBounds(format(first), format(last));
  };

/** One row of the legend: a class (or the zero or "no data" category), its range and its count. */
export interface LegendRow {
  key: ClassKey;
  label: string;
  count: number;
}

/** The legend's rows in order: zero (when distinct), the classes from low to high, then "no data" (when any). */
export const legendRows = (
  c: Classification,
  formatValue: (value: number) => string,
  labels: { noData: string; zero?: string },
  formatRange?: (bin: ClassBin, formatValue: (value: number) => string) => string,
): LegendRow[] => {
  // Values classed as they come (no grid) keep shared bounds ("12.5–25"): classes are [lower, upper), the last one closed.
  const label = formatRange ?? (c.grid ? shownRange(c.grid) : sharedBoundRange);
  return [
    ...(c.zero ? [{ key: 'zero' as const, label: labels.zero ?? formatValue(0), count: c.zero.count }] : []),
    ...c.classes.map((bin) => ({ key: bin.index, label: label(bin, formatValue), count: bin.count })),
    ...(c.noData.count > 0 ? [{ key: 'noData' as const, label: labels.noData, count: c.noData.count }] : []),
  ];
};

const swatchBase: CSSProperties = {
  display: 'inline-block',
  flex: '0 0 auto',
  width: '1.5em',
  height: '1em',
  borderRadius: 2,
  boxSizing: 'border-box',
  borderWidth: 1,
  borderStyle: 'solid',
  borderColor: 'rgba(0, 0, 0, 0.15)',
};

const titleStyle: CSSProperties = { fontWeight: 700, marginBottom: '0.25em' };

const listStyle = (horizontal: boolean): CSSProperties => ({
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: horizontal ? 'row' : 'column',
  flexWrap: 'wrap',
  gap: horizontal ? '0.25em 1em' : '0.125em',
});

const rowStyle: CSSProperties = {
  display: 'flex',
  // The count goes under its range, at the row's end, where the two do not fit on one line (a phone at a
  // large default font).
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: '0 0.5em',
  width: '100%',
  padding: '0.125em 0.375em',
  font: 'inherit',
  color: 'inherit',
  textAlign: 'start',
  border: '1px solid transparent',
  borderRadius: 4,
};

const swatchOf = (c: Classification, key: ClassKey): CSSProperties => ({ ...swatchBase, ...swatchCss(classPaint(c, key)) });

export function ChoroplethLegend(props: ChoroplethLegendProps): ReactElement {
  const { classification: c, formatValue, labels, title, highlightedClass = null, onHighlightClass } = props;
  const horizontal = props.orientation === 'horizontal';
  const titleId = useId();
  const rows = legendRows(c, formatValue, labels, props.formatRange);

  return (
    <div id={props.id} tabIndex={props.id ? -1 : undefined} className={`fom-legend${props.className ? ` ${props.className}` : ''}`}>
      {title ? (
        <div id={titleId} className="fom-legend__title" style={titleStyle}>
          {title}
        </div>
      ) : null}
      <ul aria-labelledby={title ? titleId : undefined} style={listStyle(horizontal)}>
        {rows.map((row) => {
          const highlighted = highlightedClass !== null && highlightedClass === row.key;
          const countText = labels.count(row.count);
          return (
            <li key={String(row.key)}>
              <button
                type="button"
                className="fom-legend__row"
                data-class={String(row.key)}
                data-highlighted={highlighted || undefined}
                onMouseEnter={() => onHighlightClass?.(row.key)}
                onMouseLeave={() => onHighlightClass?.(null)}
                onFocus={() => onHighlightClass?.(row.key)}
                onBlur={() => onHighlightClass?.(null)}
                onClick={() => onHighlightClass?.(row.key)}
                style={{
                  ...rowStyle,
                  cursor: 'default',
                  background: highlighted ? 'rgba(17, 24, 39, 0.08)' : 'transparent',
                  borderColor: highlighted ? '#111827' : 'transparent',
                }}
              >
                <span aria-hidden="true" className="fom-legend__swatch" style={swatchOf(c, row.key)} />
                <span style={{ flex: '1 1 auto', fontVariantNumeric: 'tabular-nums' }}>{row.label}</span>
                {/* Named by what it shows (WCAG 2.5.3), "0–8799: 4 regions": spans alone would run together in
                    the name ("0–87994 regions"), and an aria-label's wording did not match the text shown. */}
                <span className="visually-hidden">: </span>
                <span
                  className="fom-legend__count"
                  style={{ flex: '0 1 auto', marginInlineStart: 'auto', opacity: 0.8, fontVariantNumeric: 'tabular-nums' }}
                >
                  {countText}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Widths (em) of the placeholder's ranges: a usual legend's five classes of counts, "0–8,799" to "19,000–60,000". */
const PLACEHOLDER_RANGE_WIDTHS = [3.4, 5.9, 6.7, 6.7, 6.7];

/**
 * What stands for the legend while its data loads: a title line and five rows built like the legend's
 * (same list, same row boxes, the count's words in the page's language but unseen), so that where the
 * rows flow side by side under the map they wrap as the legend's will, and its arrival moves nothing
 * below it — without a fixed height that leaves a gap under a legend of few lines.
 */
export function ChoroplethLegendPlaceholder({
  className,
  orientation,
  countText,
}: Pick<ChoroplethLegendProps, 'className' | 'orientation'> & {
  /** A class's usual count in words, e.g. "4 regions". */
  countText: string;
}) {
  return (
    <div className={`fom-legend${className ? ` ${className}` : ''}`} aria-hidden="true">
      <div className="fom-legend__title" style={titleStyle}>
        {'\u00a0'}
      </div>
      <ul style={listStyle(orientation === 'horizontal')}>
        {PLACEHOLDER_RANGE_WIDTHS.map((width, i) => (
          <li key={i}>
            <span className="fom-legend__row" style={rowStyle}>
              <span className="skeleton" style={{ ...swatchBase, borderColor: 'transparent' }} />
              <span className="skeleton" style={{ display: 'inline-block', width: `${width}em`, height: '0.9em' }} />
              <span className="fom-legend__count" style={{ visibility: 'hidden' }}>
                {countText}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

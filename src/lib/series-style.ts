/**
 * How chart series are told apart: a colour, a marker shape and, for some, a dash pattern, so that a
 * line is identified without colour (direct labels and markers survive greyscale printing and
 * colour-blindness). Colours are dark enough for 3:1 contrast on white (WCAG 1.4.11).
 */

export type MarkerShape =
  'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'triangleDown' | 'plus' | 'wye' | 'triangleRight' | 'pentagon';

export interface SeriesStyle {
  colour: string;
  marker: MarkerShape;
  /** SVG stroke-dasharray, undefined for a solid line. */
  dash?: string;
}

/** Ten colours, each at least 4.5:1 on white, ordered so neighbours differ in hue and lightness. */
export const SERIES_COLOURS: readonly string[] = [
  '#0b3d5c', // dark blue (the brand)
  '#b35806', // burnt orange
  '#1b7837', // green
  '#762a83', // purple
  '#c51b7d', // magenta
  '#01665e', // teal
  '#8c510a', // brown
  '#2166ac', // mid blue
  '#4d4d4d', // grey
  '#b2182b', // red
];

/**
 * A shape for each of the ten colours: the directions' chart shows all ten at once, and a sixth series
 * drawn with the first one's circle was told from it only by its dash and colour. No star (★ marks a
 * ministry priority beside the same chart) and no shape made of another (a bow tie is two triangles).
 */
const MARKERS: readonly MarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'triangleDown',
  'plus',
  'wye',
  'triangleRight',
  'pentagon',
];

/** Markers drawn as strokes alone: a fill would draw nothing. */
export const isStrokeMarker = (shape: MarkerShape): boolean => shape === 'cross' || shape === 'plus';

/**
 * The dash of a line drawn to compare with, not of the data itself: a comparison period's, the country's
 * beside a region's, a roadmap indicator's trend. Distinct from every series' own pattern.
 */
export const COMPARISON_DASH = '6 4';
/** Series beyond the fifth also get a dash: one more difference where ten lines cross. */
const SECOND_ROUND_DASH = '2 3';

/** The style of the series at a stable position (e.g. a direction's index in the contract's list). */
export const seriesStyle = (index: number): SeriesStyle => {
  const i = ((index % SERIES_COLOURS.length) + SERIES_COLOURS.length) % SERIES_COLOURS.length;
  const style: SeriesStyle = { colour: SERIES_COLOURS[i] ?? '#0b3d5c', marker: MARKERS[i] ?? 'circle' };
  if (i >= 5) style.dash = SECOND_ROUND_DASH;
  return style;
};

/** A marker's outline as an SVG path centred on (0, 0), about `size` pixels across. */
export const markerPath = (shape: MarkerShape, size: number): string => {
  const r = size / 2;
  switch (shape) {
    case 'square':
      return `M${-r * 0.85},${-r * 0.85}H${r * 0.85}V${r * 0.85}H${-r * 0.85}Z`;
    case 'triangle':
      return `M0,${-r}L${r},${r * 0.8}H${-r}Z`;
    case 'diamond':
      return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
    case 'triangleDown':
      return `M0,${r}L${r},${-r * 0.8}H${-r}Z`;
    case 'triangleRight':
      return `M${r},0L${-r * 0.8},${r}V${-r}Z`;
    case 'cross': {
      const a = r * 0.8;
      return `M${-a},${-a}L${a},${a}M${a},${-a}L${-a},${a}`;
    }
    case 'plus':
      return `M0,${-r}V${r}M${-r},0H${r}`;
    case 'wye': {
      // d3's wye: three arms at 120°, reaching `r` from the centre.
      const k = 1 / Math.sqrt(12);
      const unit = r / (1 + k);
      const [c, sin] = [-0.5, Math.sqrt(3) / 2];
      const arm: [number, number][] = [
        [unit / 2, unit * k],
        [unit / 2, unit * k + unit],
        [-unit / 2, unit * k + unit],
      ];
      const turned = (turn: -1 | 0 | 1): [number, number][] =>
        arm.map(([x, y]) => (turn === 0 ? [x, y] : [c * x - turn * sin * y, turn * sin * x + c * y]));
      const corners = [...turned(0), ...turned(1), ...turned(-1)];
      return `M${corners.map(([x, y]) => `${x.toFixed(2)},${(-y).toFixed(2)}`).join('L')}Z`;
    }
    case 'pentagon': {
      const corners = Array.from({ length: 5 }, (_, k) => {
        const angle = ((2 * Math.PI) / 5) * k - Math.PI / 2;
        return `${(Math.cos(angle) * r * 1.05).toFixed(2)},${(Math.sin(angle) * r * 1.05).toFixed(2)}`;
      });
      return `M${corners.join('L')}Z`;
    }
    default:
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
  }
};

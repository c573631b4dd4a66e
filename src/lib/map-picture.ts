/**
 * The choropleth as a picture for presentations: the regions' shapes in their classes' colours, the
 * three cities as circles (as on the map), and the legend with each class's range and count, drawn as
 * one SVG from the shapes and the classification — not copied from Leaflet's panes, whose shapes sit in
 * a moving layer and whose labels are HTML. Under the map, the map data's credit, as on the map on
 * screen: amCharts' licence for the boundaries asks for it wherever the map is shown. The chart
 * frame's downloads add the title, source, as-of time and demo label around it
 * (src/lib/chart-export.ts). Every text is set with textContent.
 */
import { SVG_MUTED, SVG_NS, svgText } from './chart-export';
import { classPaint, NO_DATA_PATTERN, NO_DATA_STYLE, regionEdgeOn, type ClassKey, type Classification } from './choropleth';
import { boundsOf, isSmallUnit, labelPoint, type RegionFeatureCollection } from './geometry';

const LEGEND_WIDTH = 230;
const GAP = 16;
const CITY_RADIUS = 6;
const ROW = 22;
/** About as many characters of the legend's bold 13 px title as fit its column. */
const LEGEND_TITLE_CHARS = 30;
/** Height of the credit's line under the map. */
const CREDIT_ROW = 18;

/** Where the boundaries' credit links to, as the licence asks (public/geo/LICENSE-amcharts-geodata.txt). */
export const MAP_DATA_HREF = 'https://www.amcharts.com/';

/**
 * Lines of at most `max` characters, broken between words (a longer word gets a line of its own). Not at a
 * no-break space: "10 000" (and "2026 ж.") stays whole, as on screen; `\s` took it for a break and split the
 * thousands of "на 10 000 жителей" across two lines of the picture's legend.
 */
export const wrapWords = (text: string, max: number): string[] => {
  const lines: string[] = [];
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
};

export interface MapPictureLegendRow {
  key: ClassKey;
  label: string;
  /** "4 regions" */
  count: string;
}

export interface MapPictureInput {
  features: RegionFeatureCollection;
  classification: Classification;
  legendTitle: string;
  legend: readonly MapPictureLegendRow[];
  /** A region's name in the current language, for its shape's tooltip in the SVG. */
  nameOf: (code: string) => string;
  /**
   * The map data's credit, "Map data © amCharts" in the current language, as the map on screen shows
   * it: amCharts' licence for the boundaries asks for it wherever they are shown, pictures included.
   */
  credit: string;
  /** Width of the whole picture, map and legend, in pixels. */
  width?: number;
}

/** Web Mercator, as the map on screen: x from longitude, y from latitude, both in radians. */
const project = (lon: number, lat: number): [number, number] => {
  const phi = (lat * Math.PI) / 180;
  return [(lon * Math.PI) / 180, -Math.log(Math.tan(Math.PI / 4 + phi / 2))];
};

const element = <K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] => {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
};

const NO_DATA_PATTERN_ID = 'map-picture-no-data';

/**
 * The hatching of "no data", as the map on screen draws it (src/components/choropleth-map.tsx): printed
 * in grey, plain grey would look like the lightest class, and colour is never the only signal.
 */
const noDataPattern = (doc: Document): SVGDefsElement => {
  const defs = element(doc, 'defs', {});
  const { size, degrees, lineWidth } = NO_DATA_PATTERN;
  const pattern = element(doc, 'pattern', {
    id: NO_DATA_PATTERN_ID,
    width: size,
    height: size,
    patternUnits: 'userSpaceOnUse',
    patternTransform: `rotate(${degrees})`,
  });
  pattern.append(
    element(doc, 'rect', { width: size, height: size, fill: NO_DATA_STYLE.fill }),
    element(doc, 'line', { x1: 0, y1: 0, x2: 0, y2: size, stroke: NO_DATA_STYLE.hatch, 'stroke-width': lineWidth }),
  );
  defs.append(pattern);
  return defs;
};

/** Fill and outline of a region or a legend swatch in class `key` (each edge 3:1 on its fill, as on screen). */
const paint = (classification: Classification, key: ClassKey): Record<string, string | number> => {
  const { fill, outline, dashed } = classPaint(classification, key);
  return {
    fill: fill ?? `url(#${NO_DATA_PATTERN_ID})`,
    stroke: outline ?? (fill ? regionEdgeOn(fill) : '#ffffff'),
    ...(dashed ? { 'stroke-dasharray': NO_DATA_STYLE.dashArray } : {}),
  };
};

/** The picture as a detached SVG element with explicit width and height. */
export const mapPicture = (doc: Document, input: MapPictureInput): SVGSVGElement => {
  const { features, classification } = input;
  const width = input.width ?? 960;
  const mapWidth = width - LEGEND_WIDTH - GAP;

  // The projection keeps order on both axes: the box's north-west and south-east corners bound the map.
  const [[south, west], [north, east]] = boundsOf(features) ?? [
    [0, 0],
    [0, 0],
  ];
  const [minX, minY] = project(west, north);
  const [maxX, maxY] = project(east, south);
  const rings = (geometry: RegionFeatureCollection['features'][number]['geometry']) =>
    geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const scale = mapWidth / Math.max(maxX - minX, 1e-9);
  const mapHeight = Math.ceil((maxY - minY) * scale);
  const toPixels = (lon: number, lat: number): [number, number] => {
    const [x, y] = project(lon, lat);
    return [(x - minX) * scale, (y - minY) * scale];
  };

  const titleLines = wrapWords(input.legendTitle, LEGEND_TITLE_CHARS);
  const legendTop = ROW * titleLines.length;
  const legendHeight = legendTop + ROW * input.legend.length;
  const height = Math.max(mapHeight, legendHeight) + CREDIT_ROW;
  const svg = element(doc, 'svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'data-exportable': '' });
  svg.append(noDataPattern(doc));

  // evenodd: a ring inside another is a hole whatever the direction it was drawn in.
  const shapes = element(doc, 'g', { 'stroke-width': 0.8, 'stroke-linejoin': 'round', 'fill-rule': 'evenodd' });
  const cities: SVGCircleElement[] = [];
  for (const f of features.features) {
    const code = f.id;
    const key = classification.classOf(code);
    const d = rings(f.geometry)
      .map(
        (ring) =>
          `M${ring
            .map(([lon = 0, lat = 0]) =>
              toPixels(lon, lat)
                .map((v) => v.toFixed(1))
                .join(','),
            )
            .join('L')}Z`,
      )
      .join('');
    const path = element(doc, 'path', { d, 'data-code': code, ...paint(classification, key) });
    const title = element(doc, 'title', {});
    title.textContent = input.nameOf(code);
    path.append(title);
    shapes.append(path);
    if (isSmallUnit(code)) {
      const at = labelPoint(f);
      const [cx, cy] = toPixels(at.lon, at.lat);
      // A white ring, as on the map: a city reads against a region of its own class too.
      const circle = element(doc, 'circle', {
        cx: cx.toFixed(1),
        cy: cy.toFixed(1),
        r: CITY_RADIUS,
        'data-city': code,
        ...paint(classification, key),
        stroke: '#ffffff',
        'stroke-width': 2,
      });
      circle.append(title.cloneNode(true));
      cities.push(circle);
    }
  }
  svg.append(shapes, ...cities);

  const legend = element(doc, 'g', { transform: `translate(${mapWidth + GAP} 0)` });
  titleLines.forEach((line, i) => legend.append(svgText(doc, line, 0, 15 + i * 17, 13, 700)));
  input.legend.forEach((row, i) => {
    const y = legendTop + ROW * i;
    legend.append(
      element(doc, 'rect', {
        x: 0,
        y: y + 4,
        width: 22,
        height: 14,
        rx: 2,
        ...paint(classification, row.key),
        ...(row.key === 'noData' || row.key === 'zero' ? {} : { stroke: 'rgba(0,0,0,0.15)' }),
      }),
    );
    legend.append(svgText(doc, row.label, 30, y + 16, 12.5));
    const count = svgText(doc, row.count, LEGEND_WIDTH - 4, y + 16, 12, 400, SVG_MUTED);
    count.setAttribute('text-anchor', 'end');
    legend.append(count);
  });
  svg.append(legend);

  // Right under the map's right edge, where the map on screen has its attribution.
  const credit = element(doc, 'a', { href: MAP_DATA_HREF, 'data-credit': '' });
  const creditText = svgText(doc, input.credit, mapWidth, height - 5, 11, 400, SVG_MUTED);
  creditText.setAttribute('text-anchor', 'end');
  credit.append(creditText);
  svg.append(credit);
  return svg;
};

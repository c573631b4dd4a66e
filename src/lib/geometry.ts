/**
 * The region map asset: fetching public/geo/kz-regions.topo.json (built by tests/tools/build-geometry.ts)
 * and decoding it into GeoJSON features keyed by ISO 3166-2:KZ code, for the choropleth map.
 * DOM-free and Leaflet-free so it can be tested in Node.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { SLICE_MS, nextTask } from './in-slices';

/** Name of the object inside the topology file. */
export const REGIONS_OBJECT = 'regions';

/** Path of the asset under the site's base URL. */
export const REGIONS_ASSET_PATH = 'geo/kz-regions.topo.json';

/**
 * The three cities of republican significance: Astana, Almaty, Shymkent. Their polygons are a few
 * pixels wide on a country map, so the map also draws them as circle markers you can see and click.
 */
export const SMALL_UNIT_CODES: readonly string[] = ['KZ-71', 'KZ-75', 'KZ-79'];

export type RegionGeometry = Polygon | MultiPolygon;
export interface RegionFeatureProperties {
  /** ISO 3166-2:KZ code, the same as the feature's id (kept in properties for libraries that drop ids). */
  code: string;
}
export type RegionFeature = Feature<RegionGeometry, RegionFeatureProperties> & { id: string };
export type RegionFeatureCollection = Omit<FeatureCollection<RegionGeometry, RegionFeatureProperties>, 'features'> & {
  features: RegionFeature[];
};

/** [[south, west], [north, east]] in degrees, the shape Leaflet's fitBounds accepts. */
export type LatLonBounds = [[number, number], [number, number]];

const CODE_PATTERN = /^KZ-\d{2}$/;

export const isSmallUnit = (code: string): boolean => SMALL_UNIT_CODES.includes(code);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

type RegionTopology = Topology<{ regions: GeometryCollection }>;

/** Just enough of a structural check that a broken or foreign file fails here, with a clear message. */
function assertRegionTopology(value: unknown): asserts value is RegionTopology {
  if (!isObject(value) || value.type !== 'Topology' || !Array.isArray(value.arcs) || !isObject(value.objects)) {
    throw new Error('region map: not a TopoJSON topology');
  }
  const object = value.objects[REGIONS_OBJECT];
  if (!isObject(object) || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
    throw new Error(`region map: no "${REGIONS_OBJECT}" geometry collection`);
  }
  for (const g of object.geometries as unknown[]) {
    if (!isObject(g) || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      throw new Error('region map: a unit is not a polygon');
    }
    if (typeof g.id !== 'string' || !CODE_PATTERN.test(g.id)) {
      throw new Error(`region map: unexpected unit id ${JSON.stringify(g.id)}`);
    }
  }
}

/** One unit, a polygon or several (assertRegionTopology checked it). */
const decodeUnit = (topology: RegionTopology, unit: RegionTopology['objects']['regions']['geometries'][number]): RegionFeature => {
  // The typings' overloads take one geometry type at a time; a multipolygon decodes the same way.
  const f = feature(topology, unit as TopoPolygon);
  const code = String(f.id);
  return { type: 'Feature', id: code, properties: { code }, geometry: f.geometry };
};

/** Decodes the topology (as parsed JSON, not trusted) into one GeoJSON feature per unit, id = ISO code. */
export function decodeRegions(topology: unknown): RegionFeatureCollection {
  assertRegionTopology(topology);
  return { type: 'FeatureCollection', features: topology.objects.regions.geometries.map((unit) => decodeUnit(topology, unit)) };
}

/**
 * decodeRegions, yielding to the browser whenever a slice of units has taken `sliceMs` (by default the
 * map's own slices' length): the 20 units' arcs decoded in one piece were one task of the map's start-up,
 * its code cold (6–9 ms at full speed on a phone-sized page here, 39 ms traced with the CPU profiler on;
 * four times that on a phone). Not runInSlices: a unit that fails to decode rejects the query here (the
 * map says so and offers a retry), where a failing step there would throw in a timer and never settle.
 */
export async function decodeRegionsInSlices(
  topology: unknown,
  options: { sliceMs?: number; now?: () => number; yieldToBrowser?: () => Promise<void> } = {},
): Promise<RegionFeatureCollection> {
  const { sliceMs = SLICE_MS, now = () => performance.now(), yieldToBrowser = nextTask } = options;
  assertRegionTopology(topology);
  const features: RegionFeature[] = [];
  let sliceStart = now();
  for (const unit of topology.objects.regions.geometries) {
    if (now() - sliceStart >= sliceMs) {
      await yieldToBrowser();
      sliceStart = now();
    }
    features.push(decodeUnit(topology, unit));
  }
  return { type: 'FeatureCollection', features };
}

/** URL of the asset, honouring Vite's base path (the app may be served from a sub-directory). */
export function regionsAssetUrl(base: string = import.meta.env?.BASE_URL ?? '/'): string {
  return `${base.endsWith('/') ? base : `${base}/`}${REGIONS_ASSET_PATH}`;
}

/**
 * Fetches and decodes the asset. The file never changes within a release, so callers can cache the
 * result indefinitely (e.g. a query with staleTime: Infinity).
 */
export async function fetchRegions(options: { signal?: AbortSignal; url?: string } = {}): Promise<RegionFeatureCollection> {
  const response = await fetch(options.url ?? regionsAssetUrl(), options.signal ? { signal: options.signal } : {});
  if (!response.ok) throw new Error(`region map: HTTP ${response.status}`);
  return decodeRegionsInSlices(await response.json());
}

/**
 * Plain index loops and four running numbers: the first map of a page is created in one task, and this
 * ran there over every border point while its code was still cold — with `for…of` destructuring each
 * point and writing the box's arrays, 8–16 ms of that task on a phone-sized page (traced with the CPU
 * profiler on).
 */
function extendBounds(bounds: LatLonBounds | null, rings: Position[][]): LatLonBounds | null {
  let south = bounds ? bounds[0][0] : Infinity;
  let west = bounds ? bounds[0][1] : Infinity;
  let north = bounds ? bounds[1][0] : -Infinity;
  let east = bounds ? bounds[1][1] : -Infinity;
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r] ?? [];
    for (let i = 0; i < ring.length; i++) {
      const point = ring[i];
      const lon = point?.[0];
      const lat = point?.[1];
      if (lon === undefined || lat === undefined) continue;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
      if (lon < west) west = lon;
      if (lon > east) east = lon;
    }
  }
  return south === Infinity
    ? null
    : [
        [south, west],
        [north, east],
      ];
}

/**
 * Bounding box of the features (all of them, or the one with `code`), or null when there is none.
 * Used to fit the map to Kazakhstan, or to one region on its page, before Leaflet has drawn anything.
 */
export function boundsOf(features: RegionFeatureCollection, code?: string): LatLonBounds | null {
  // The shapes never change once decoded, and the map asks on every fit and resize: computed once each.
  let known = boundsCache.get(features);
  if (!known) boundsCache.set(features, (known = new Map<string, LatLonBounds | null>()));
  const key = code ?? '';
  if (!known.has(key)) known.set(key, computeBounds(features, code));
  return known.get(key) ?? null;
}

const boundsCache = new WeakMap<RegionFeatureCollection, Map<string, LatLonBounds | null>>();

function computeBounds(features: RegionFeatureCollection, code?: string): LatLonBounds | null {
  let bounds: LatLonBounds | null = null;
  for (const f of features.features) {
    if (code !== undefined && f.id !== code) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) bounds = extendBounds(bounds, polygon.slice(0, 1)); // outer rings suffice
  }
  return bounds;
}

/**
 * The bounds widened around their centre to at least `latSpan` × `lonSpan` degrees. A city is a few
 * kilometres across: zoomed to its own outline, the map would show one flat colour and no context.
 */
export function withMinimumSpan(bounds: LatLonBounds, latSpan: number, lonSpan: number): LatLonBounds {
  const [[south, west], [north, east]] = bounds;
  const lat = Math.max(north - south, latSpan) / 2;
  const lon = Math.max(east - west, lonSpan) / 2;
  const cLat = (south + north) / 2;
  const cLon = (west + east) / 2;
  return [
    [cLat - lat, cLon - lon],
    [cLat + lat, cLon + lon],
  ];
}

/** Where the map looks for a unit's page: the unit, widened to a region's size for the three cities. */
export function focusBounds(features: RegionFeatureCollection, code: string): LatLonBounds | null {
  const bounds = boundsOf(features, code);
  return bounds && isSmallUnit(code) ? withMinimumSpan(bounds, 3, 4.5) : bounds;
}

/*
 * The loops below, like extendBounds's, read points by index: they run once per unit while the map is
 * built, never long enough to be optimised, and destructuring each point (`const [x, y] = ring[i]`,
 * the iterator protocol when interpreted) made finding the label points half of that work, 3–7 ms of
 * each slice of it on a phone-sized page.
 */

/** Signed planar area of a ring in degrees², for comparing parts of one unit. */
const ringArea = (ring: Position[]): number => {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    s += (a?.[0] ?? 0) * (b?.[1] ?? 0) - (b?.[0] ?? 0) * (a?.[1] ?? 0);
  }
  return s / 2;
};

/** Longitudes where the horizontal line at `lat` crosses the rings (outer and holes), sorted. */
const crossings = (rings: Position[][], lat: number): number[] => {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i];
      const b = ring[i + 1];
      const y0 = a?.[1] ?? 0;
      const y1 = b?.[1] ?? 0;
      if (y0 <= lat === y1 <= lat) continue;
      const x0 = a?.[0] ?? 0;
      xs.push(x0 + ((lat - y0) / (y1 - y0)) * ((b?.[0] ?? 0) - x0));
    }
  }
  return xs.sort((a, b) => a - b);
};

/** True when (lon, lat) lies inside the unit (inside an outer ring, outside its holes). */
export function containsPoint(f: RegionFeature, lon: number, lat: number): boolean {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  // Even–odd rule: the number of crossings left of the point is odd exactly when it is inside.
  return polygons.some((rings) => crossings(rings, lat).filter((x) => x < lon).length % 2 === 1);
}

/** Midpoint of the widest inside segment of the horizontal line at `lat`, with its width, or null. */
const widestSegment = (rings: Position[][], lat: number): { lon: number; width: number } | null => {
  const xs = crossings(rings, lat);
  let best: { lon: number; width: number } | null = null;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const a = xs[i] ?? 0;
    const b = xs[i + 1] ?? 0;
    if (!best || b - a > best.width) best = { lon: (a + b) / 2, width: b - a };
  }
  return best;
};

/**
 * Where to put a label or a keyboard-opened tooltip: inside the unit's largest part, near its middle.
 * Leaflet's getCenter() uses the first ring, which for Atyrau is a Caspian islet, and a centroid can fall
 * outside a concave region or inside a city enclave, hence: the centroid of the largest part when it
 * is inside, otherwise the middle of the widest inside stretch along that latitude.
 */
export function labelPoint(f: RegionFeature): { lat: number; lon: number } {
  let point = labelPoints.get(f);
  if (!point) labelPoints.set(f, (point = computeLabelPoint(f)));
  return point;
}

const labelPoints = new WeakMap<RegionFeature, { lat: number; lon: number }>();

function computeLabelPoint(f: RegionFeature): { lat: number; lon: number } {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let largest: Position[][] = [];
  let largestArea = -1;
  for (const rings of polygons) {
    const a = Math.abs(ringArea(rings[0] ?? []));
    if (a > largestArea) [largest, largestArea] = [rings, a];
  }
  const outer = largest[0] ?? [];
  // Area-weighted centroid of the outer ring.
  let cx = 0;
  let cy = 0;
  let a2 = 0;
  for (let i = 0; i + 1 < outer.length; i++) {
    const a = outer[i];
    const b = outer[i + 1];
    const x0 = a?.[0] ?? 0;
    const y0 = a?.[1] ?? 0;
    const x1 = b?.[0] ?? 0;
    const y1 = b?.[1] ?? 0;
    const cross = x0 * y1 - x1 * y0;
    a2 += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (a2 === 0) {
    const [lon = 0, lat = 0] = outer[0] ?? [];
    return { lat, lon };
  }
  const centroid = { lon: cx / (3 * a2), lat: cy / (3 * a2) };
  const part: RegionFeature = { ...f, geometry: { type: 'Polygon', coordinates: largest } };
  if (containsPoint(part, centroid.lon, centroid.lat)) return centroid;
  const atCentroid = widestSegment(largest, centroid.lat);
  if (atCentroid) return { lat: centroid.lat, lon: atCentroid.lon };
  const [lon = 0, lat = 0] = outer[0] ?? [];
  return { lat, lon };
}

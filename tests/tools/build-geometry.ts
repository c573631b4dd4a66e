/**
 * Builds the region map asset public/geo/kz-regions.topo.json from amCharts' Kazakhstan geodata
 * (20 first-level units, 2023 borders), and copies amCharts' licence next to it.
 *
 * Run: `npx tsx tests/tools/build-geometry.ts`. The output is committed; tests/unit/geometry-asset.test.ts
 * calls `buildGeometry()` and fails when the committed file is not what this script produces.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GEODATA_DIR = resolve(ROOT, 'node_modules/@amcharts/amcharts4-geodata');
export const SOURCE_PATH = resolve(GEODATA_DIR, 'json/kazakhstan2023Low.json');
export const SOURCE_LICENSE_PATH = resolve(GEODATA_DIR, 'LICENSE');
export const OUTPUT_PATH = resolve(ROOT, 'public/geo/kz-regions.topo.json');
export const OUTPUT_LICENSE_PATH = resolve(ROOT, 'public/geo/LICENSE-amcharts-geodata.txt');
/** Name of the single object in the topology; src/lib/geometry.ts decodes this one. */
export const OBJECT_NAME = 'regions';

/**
 * Visvalingam weight (planar triangle area, in square degrees) below which a vertex is dropped.
 * 3e-5 deg² is a triangle of roughly 0.8 km × 0.8 km: invisible at country zoom, and the three cities'
 * outlines still look like the source when the region page zooms to one of them. Halves the vertex count.
 */
const MIN_WEIGHT = 3e-5;
/**
 * Detached rings smaller than this area (deg², ≈ 4 km²) are dropped: a dozen Caspian islets of Atyrau,
 * sub-pixel on a country map and collapsed by simplification anyway. Rings that share an arc with another
 * unit (Astana's separate parts) are always kept, and the threshold is low enough to keep Almaty city's
 * detached part (≈ 0.0006 deg²), which shows when the region page zooms to the city.
 */
const MIN_DETACHED_RING_AREA = 5e-4;
/** Grid of 10⁵ steps across the bounding box ≈ 40 m: well below the simplification tolerance. */
const QUANTIZATION = 1e5;

type RegionGeometry = Polygon | MultiPolygon;

interface SourceFeature {
  id?: unknown;
  properties?: { id?: unknown } | null;
  geometry: RegionGeometry;
}

function readSource(): FeatureCollection<RegionGeometry, null> {
  const raw = JSON.parse(readFileSync(SOURCE_PATH, 'utf8')) as { type: string; features: SourceFeature[] };
  if (raw.type !== 'FeatureCollection') throw new Error(`${SOURCE_PATH}: not a FeatureCollection`);
  const features = raw.features.map((f): Feature<RegionGeometry, null> => {
    const id = typeof f.id === 'string' ? f.id : f.properties?.id;
    if (typeof id !== 'string' || !/^KZ-\d{2}$/.test(id)) throw new Error(`unexpected feature id ${String(id)}`);
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
      throw new Error(`${id}: unexpected geometry ${(f.geometry as { type: string }).type}`);
    }
    // Only the ISO code survives: names come from our own regions data, in three languages.
    return { type: 'Feature', id, properties: null, geometry: f.geometry };
  });
  // Sorted by code so the output does not depend on the order of the source file.
  features.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return { type: 'FeatureCollection', features };
}

/** Builds the topology and returns it as the exact text written to public/geo/kz-regions.topo.json. */
export function buildGeometry(): string {
  const source = readSource();
  // topojson-server's typings return an untyped topology; we know its single object.
  const full = topology({ [OBJECT_NAME]: source }) as Topology<{ [OBJECT_NAME]: GeometryCollection }>;
  const presimplified = presimplify(full);
  const simplified = simplify(presimplified, MIN_WEIGHT);
  const filtered = filter(simplified, filterAttachedWeight(simplified, MIN_DETACHED_RING_AREA));
  const quantized = quantize(filtered, QUANTIZATION);

  const collection = quantized.objects[OBJECT_NAME];
  if (collection.type !== 'GeometryCollection') throw new Error('every unit was filtered out');
  const ids = collection.geometries.map((g) => {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`${String(g.id)}: lost its geometry`);
    return g.id;
  });
  if (ids.length !== source.features.length) throw new Error('a unit was lost while simplifying');

  // Written member by member so the key order (and therefore the file) is stable.
  const out = {
    type: 'Topology',
    bbox: quantized.bbox,
    transform: quantized.transform,
    objects: {
      [OBJECT_NAME]: {
        type: 'GeometryCollection',
        geometries: collection.geometries.map((g) =>
          g.type === 'Polygon' || g.type === 'MultiPolygon' ? { type: g.type, id: g.id, arcs: g.arcs } : g,
        ),
      },
    },
    arcs: quantized.arcs,
  };
  return `${JSON.stringify(out)}\n`;
}

function main(): void {
  const text = buildGeometry();
  mkdirSync(dirname(OUTPUT_PATH), { recursive: true });
  writeFileSync(OUTPUT_PATH, text);
  copyFileSync(SOURCE_LICENSE_PATH, OUTPUT_LICENSE_PATH);
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text).length;
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${OUTPUT_PATH}: ${kb(raw)} raw, ${kb(gz)} gzip`);
  console.log(`${OUTPUT_LICENSE_PATH}: copied from ${SOURCE_LICENSE_PATH}`);
}

// Run only when executed directly, not when a test imports buildGeometry().
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

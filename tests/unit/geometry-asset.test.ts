/**
 * The committed map asset public/geo/kz-regions.topo.json: decodes to the 20 units of our regions data,
 * stays within its size budget, and is exactly what tests/tools/build-geometry.ts produces today
 * (rerun `npx tsx tests/tools/build-geometry.ts` after changing the build or the geodata package).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import regionsData from '../../mocks/data/regions.json';
import { OUTPUT_LICENSE_PATH, OUTPUT_PATH, SOURCE_LICENSE_PATH, buildGeometry } from '../tools/build-geometry';
import {
  SMALL_UNIT_CODES,
  boundsOf,
  containsPoint,
  decodeRegions,
  decodeRegionsInSlices,
  isSmallUnit,
  labelPoint,
  regionsAssetUrl,
} from '../../src/lib/geometry';

const GZIP_BUDGET = 60 * 1024;
const committed = readFileSync(OUTPUT_PATH, 'utf8');
const expectedCodes = regionsData.units.map((u) => u.code).sort();

describe('public/geo/kz-regions.topo.json', () => {
  const features = decodeRegions(JSON.parse(committed) as unknown);

  it('decodes to exactly the 20 units of mocks/data/regions.json', () => {
    expect(expectedCodes).toHaveLength(20);
    expect(features.features).toHaveLength(20);
    expect(features.features.map((f) => f.id).sort()).toEqual(expectedCodes);
    for (const f of features.features) {
      expect(f.properties.code).toBe(f.id);
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
  });

  it('places every administrative centre inside the bounding box of its own unit', () => {
    for (const unit of regionsData.units) {
      const b = boundsOf(features, unit.code);
      if (!b) throw new Error(`${unit.code}: no geometry`);
      expect(unit.centre.lat, unit.code).toBeGreaterThanOrEqual(b[0][0]);
      expect(unit.centre.lat, unit.code).toBeLessThanOrEqual(b[1][0]);
      expect(unit.centre.lon, unit.code).toBeGreaterThanOrEqual(b[0][1]);
      expect(unit.centre.lon, unit.code).toBeLessThanOrEqual(b[1][1]);
    }
  });

  it('covers Kazakhstan', () => {
    const b = boundsOf(features);
    expect(b?.[0][0]).toBeCloseTo(40.6, 0);
    expect(b?.[1][0]).toBeCloseTo(55.4, 0);
    expect(b?.[0][1]).toBeCloseTo(46.5, 0);
    expect(b?.[1][1]).toBeCloseTo(87.3, 0);
  });

  it(`is at most ${GZIP_BUDGET / 1024} KB gzipped`, () => {
    expect(gzipSync(committed).length).toBeLessThanOrEqual(GZIP_BUDGET);
  });

  it('keeps only the ISO code of each unit', () => {
    const topology = JSON.parse(committed) as { objects: { regions: { geometries: Record<string, unknown>[] } } };
    for (const g of topology.objects.regions.geometries) expect(Object.keys(g).sort()).toEqual(['arcs', 'id', 'type']);
  });

  it('is what the build script produces (run the build and commit its output if this fails)', () => {
    // Compared as data: a formatter run over the repository may re-indent the file without changing it
    // (public/geo belongs in .prettierignore, as formatting doubles its raw size).
    expect(JSON.parse(committed)).toEqual(JSON.parse(buildGeometry()));
  });

  it('ships the amCharts licence next to it', () => {
    expect(readFileSync(OUTPUT_LICENSE_PATH, 'utf8')).toBe(readFileSync(SOURCE_LICENSE_PATH, 'utf8'));
  });
});

describe('geometry helpers', () => {
  it('flags the three cities as small units', () => {
    expect([...SMALL_UNIT_CODES].sort()).toEqual(['KZ-71', 'KZ-75', 'KZ-79']);
    const cities = regionsData.units
      .filter((u) => u.type === 'city')
      .map((u) => u.code)
      .sort();
    expect(cities).toEqual([...SMALL_UNIT_CODES].sort());
    expect(isSmallUnit('KZ-71')).toBe(true);
    expect(isSmallUnit('KZ-62')).toBe(false);
  });

  it('rejects what is not our topology', () => {
    expect(() => decodeRegions(null)).toThrow(/not a TopoJSON/);
    expect(() => decodeRegions({ type: 'Topology', arcs: [], objects: {} })).toThrow(/"regions"/);
    expect(() =>
      decodeRegions({
        type: 'Topology',
        arcs: [],
        objects: { regions: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '<img>', arcs: [] }] } },
      }),
    ).toThrow(/unexpected unit id/);
  });

  it('decodes the same in slices, yielding to the browser each time a slice has run its time', async () => {
    // A clock that moves 3 ms a reading: a slice of 8 ms holds two or three units.
    let clock = 0;
    let yields = 0;
    const sliced = await decodeRegionsInSlices(JSON.parse(committed) as unknown, {
      sliceMs: 8,
      now: () => (clock += 3),
      yieldToBrowser: () => {
        yields++;
        return Promise.resolve();
      },
    });
    expect(sliced).toEqual(decodeRegions(JSON.parse(committed) as unknown));
    // Every third unit starts a new slice: after the 3rd, 6th, … and 18th of the 20.
    expect(yields).toBe(6);
    await expect(decodeRegionsInSlices({ type: 'Topology', arcs: [], objects: {} })).rejects.toThrow(/"regions"/);
  });

  it('builds the asset URL under the base path', () => {
    expect(regionsAssetUrl('/')).toBe('/geo/kz-regions.topo.json');
    expect(regionsAssetUrl('/monitor')).toBe('/monitor/geo/kz-regions.topo.json');
    expect(regionsAssetUrl('/monitor/')).toBe('/monitor/geo/kz-regions.topo.json');
  });
});

describe('label points', () => {
  const features = decodeRegions(JSON.parse(committed) as unknown);

  it('fall inside their own unit and no other', () => {
    for (const f of features.features) {
      const p = labelPoint(f);
      expect(containsPoint(f, p.lon, p.lat), f.id).toBe(true);
      const others = features.features.filter((g) => g.id !== f.id && containsPoint(g, p.lon, p.lat));
      expect(
        others.map((g) => g.id),
        f.id,
      ).toEqual([]);
    }
  });

  it('use the mainland of Atyrau, not a Caspian islet', () => {
    const atyrau = features.features.find((f) => f.id === 'KZ-23');
    if (!atyrau) throw new Error('no KZ-23');
    const p = labelPoint(atyrau);
    expect(p.lat).toBeGreaterThan(46);
    expect(p.lat).toBeLessThan(48.5);
    expect(p.lon).toBeGreaterThan(49);
    expect(p.lon).toBeLessThan(55);
  });
});

/** Where a region page's map looks (src/lib/geometry.ts: focusBounds, withMinimumSpan). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundsOf, decodeRegions, focusBounds, withMinimumSpan } from '../../src/lib/geometry';

const features = decodeRegions(JSON.parse(readFileSync('public/geo/kz-regions.topo.json', 'utf8')) as unknown);
const span = (b: [[number, number], [number, number]] | null) => (b ? { lat: b[1][0] - b[0][0], lon: b[1][1] - b[0][1] } : null);
const centre = (b: [[number, number], [number, number]] | null) => (b ? { lat: (b[0][0] + b[1][0]) / 2, lon: (b[0][1] + b[1][1]) / 2 } : null);

describe('withMinimumSpan', () => {
  it('widens small bounds around their centre and leaves large ones alone', () => {
    expect(withMinimumSpan([[43, 76.5], [43.5, 77.5]], 3, 4)).toEqual([[41.75, 75], [44.75, 79]]);
    expect(withMinimumSpan([[40, 50], [50, 70]], 3, 4)).toEqual([[40, 50], [50, 70]]);
  });
});

describe('focusBounds', () => {
  it('is the unit itself for a region', () => {
    expect(focusBounds(features, 'KZ-62')).toEqual(boundsOf(features, 'KZ-62'));
  });

  it('shows each of the three cities with its surroundings, centred on the city', () => {
    for (const code of ['KZ-71', 'KZ-75', 'KZ-79']) {
      const own = boundsOf(features, code);
      const view = focusBounds(features, code);
      expect(span(own)?.lat).toBeLessThan(1);
      expect(span(view)?.lat).toBeCloseTo(3, 9);
      expect(span(view)?.lon).toBeCloseTo(4.5, 9);
      expect(centre(view)?.lat).toBeCloseTo(centre(own)?.lat ?? NaN, 9);
      expect(centre(view)?.lon).toBeCloseTo(centre(own)?.lon ?? NaN, 9);
    }
  });

  it('has nothing to show for an unknown code', () => {
    expect(focusBounds(features, 'KZ-99')).toBeNull();
  });
});

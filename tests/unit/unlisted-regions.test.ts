import { describe, expect, it } from 'vitest';
import { unlistedRegionCodes } from '../../src/lib/unlisted-regions';

const meta = {
  regions: [
    { code: 'KZ-62', name: { en: 'Almaty Region' } },
    { code: 'KZ-71', name: { en: 'Astana' } },
  ],
  directions: [{ id: 'elderly', name: { en: 'Elderly' } }],
};
const stats = (...codes: string[]) => ({
  asOf: '2026-12-01T00:00:00Z',
  regions: codes.map((code) => ({ code, values: {}, previous: {} })),
});

describe('figures for regions the list of regions does not have', () => {
  it('names each code once, in the order first met, across the answers a panel is given', () => {
    expect(unlistedRegionCodes([stats('KZ-62', 'KZ-99', 'KZ-71'), meta, stats('KZ-98', 'KZ-99')])).toEqual(['KZ-99', 'KZ-98']);
  });

  it('reads the roadmap’s figures by region too', () => {
    expect(unlistedRegionCodes([{ byRegion: [{ code: 'KZ-71' }, { code: 'KZ-10' }] }, meta])).toEqual(['KZ-10']);
  });

  it('has nothing to say when every region is listed, or without the list to compare with', () => {
    expect(unlistedRegionCodes([stats('KZ-62', 'KZ-71'), meta])).toEqual([]);
    // A region the answer lacks is "no data" on screen, which says so itself.
    expect(unlistedRegionCodes([stats('KZ-62'), meta])).toEqual([]);
    expect(unlistedRegionCodes([stats('KZ-99')])).toEqual([]);
    expect(unlistedRegionCodes([undefined, null, meta, 'text'])).toEqual([]);
  });
});

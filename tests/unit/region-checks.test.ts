import { describe, expect, it } from 'vitest';
import { checkRegionFigures, regionNameIn } from '../../src/lib/region-checks';

const meta = {
  regions: [
    { code: 'KZ-62', name: { en: 'Ulytau Region', ru: 'область Ұлытау' }, population: 218_993 },
    { code: 'KZ-71', name: { en: 'Astana', ru: 'город Астана' }, population: 1_638_233 },
  ],
  directions: [{ id: 'elderly', name: { en: 'Elderly' } }],
};
const stats = (...rows: [string, number | null][]) => ({
  asOf: '2026-12-01T00:00:00Z',
  regions: rows.map(([code, volunteers]) => ({ code, values: { volunteers, actions: 10_000_000 }, previous: {} })),
});

describe('figures by region checked against the list of regions', () => {
  it('names each region the list does not have once, in the order first met, across the answers a panel is given', () => {
    const found = checkRegionFigures([stats(['KZ-62', 1], ['KZ-99', 1], ['KZ-71', 1]), meta, stats(['KZ-98', 1], ['KZ-99', 1])]);
    expect(found.unlisted).toEqual(['KZ-99', 'KZ-98']);
  });

  it('reads the roadmap’s figures by region too', () => {
    const roadmap = {
      indicators: [
        { id: 'volunteers', byRegion: [{ code: 'KZ-71' }, { code: 'KZ-10' }] },
        { id: 'measures', byRegion: null },
        { id: 'organisations', byRegion: [{ code: 'KZ-10' }, { code: 'KZ-11' }] },
      ],
    };
    expect(checkRegionFigures([roadmap, meta]).unlisted).toEqual(['KZ-10', 'KZ-11']);
  });

  it('finds more volunteers than residents, and only volunteers: people helped or actions may be counted again', () => {
    const found = checkRegionFigures([stats(['KZ-62', 218_994], ['KZ-71', 1_638_233]), meta]);
    expect(found.moreVolunteersThanResidents).toEqual(['KZ-62']);
    expect(found.unlisted).toEqual([]);
  });

  it('finds the country given more volunteers than its residents, in its answer without a region’s code', () => {
    const withCountry = { ...meta, nationalPopulation: 20_000_000 };
    const summary = (value: number, previous = 1) => ({ kpis: [{ metric: 'volunteers', value, previous }] });
    expect(checkRegionFigures([summary(9_900_000_000), withCountry]).countryMoreVolunteersThanResidents).toBe(true);
    expect(checkRegionFigures([summary(1, 20_000_001), withCountry]).countryMoreVolunteersThanResidents).toBe(true);
    expect(checkRegionFigures([summary(330_460), withCountry]).countryMoreVolunteersThanResidents).toBe(false);
    // A region's answer is not the country's, and without the country's population there is nothing to compare.
    expect(checkRegionFigures([{ code: 'KZ-71', ...summary(9_900_000_000) }, withCountry]).countryMoreVolunteersThanResidents).toBe(false);
    expect(checkRegionFigures([summary(9_900_000_000), meta]).countryMoreVolunteersThanResidents).toBe(false);
  });

  it('reads a region’s own answer and the comparison figures too', () => {
    const detail = { code: 'KZ-62', kpis: [{ metric: 'volunteers', value: 2_449, previous: 300_000 }] };
    expect(checkRegionFigures([detail, meta]).moreVolunteersThanResidents).toEqual(['KZ-62']);
    // The country's answer has KPIs and no code: not a region's.
    expect(checkRegionFigures([{ kpis: [{ metric: 'volunteers', value: 9_000_000 }] }, meta]).moreVolunteersThanResidents).toEqual([]);
  });

  it('has nothing to say when every figure is plausible, or without the list to compare with', () => {
    const nothing = { unlisted: [], moreVolunteersThanResidents: [], countryMoreVolunteersThanResidents: false };
    expect(checkRegionFigures([stats(['KZ-62', 2_449], ['KZ-71', null]), meta])).toEqual(nothing);
    // A region the answer lacks is "no data" on screen, which says so itself.
    expect(checkRegionFigures([stats(['KZ-62', 1]), meta])).toEqual(nothing);
    expect(checkRegionFigures([stats(['KZ-99', 5_000_000])])).toEqual(nothing);
    expect(checkRegionFigures([undefined, null, meta, 'text'])).toEqual(nothing);
  });

  it('names a region in the reader’s language from the list, by its code where the list has no name', () => {
    expect(regionNameIn([stats(), meta], 'KZ-62', 'ru')).toBe('область Ұлытау');
    expect(regionNameIn([meta], 'KZ-99', 'en')).toBe('KZ-99');
  });
});

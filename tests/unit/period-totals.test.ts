import { describe, expect, it } from 'vitest';
import type { DirectionsResponse, RegionsResponse, Summary } from '../../src/api/contract';
import { totalsByDirection, totalsForExplorer } from '../../src/features/trends/model/period-totals';
import { NATIONAL_KEY } from '../../src/features/trends/model/trend-model';

const values = (volunteers: number | null) => ({ volunteers, organisations: 1, projects: 1, actions: 1, peopleHelped: 1, openRequests: 1 });
const summary = { kpis: [{ metric: 'volunteers', value: 300, previous: 250, series: [] }] } as unknown as Summary;
const directions = {
  directions: [
    { id: 'elderly', values: values(40), previous: values(30) },
    { id: 'ecology', values: values(null), previous: values(5) },
  ],
} as unknown as DirectionsResponse;
const regions = { regions: [{ code: 'KZ-62', values: values(7), previous: values(6) }] } as unknown as RegionsResponse;

describe("the API's totals for a trend's sentences", () => {
  it('give each direction its own, keyed by its id, none without an answer', () => {
    expect(totalsByDirection(directions, 'volunteers')).toEqual(
      new Map([
        ['elderly', { value: 40, previous: 30 }],
        ['ecology', { value: null, previous: 5 }],
      ]),
    );
    expect(totalsByDirection(undefined, 'volunteers')).toBeUndefined();
  });

  it("take the country's from /summary in all directions and from /directions within one, each region's from /regions", () => {
    expect(totalsForExplorer({ metric: 'volunteers', direction: null, summary, directions, regions })).toEqual(
      new Map([
        [NATIONAL_KEY, { value: 300, previous: 250 }],
        ['KZ-62', { value: 7, previous: 6 }],
      ]),
    );
    expect(totalsForExplorer({ metric: 'volunteers', direction: 'elderly', summary, directions }).get(NATIONAL_KEY)).toEqual({
      value: 40,
      previous: 30,
    });
    // A direction the answer lacks, or no answer yet: the series' own sums, as before.
    expect(totalsForExplorer({ metric: 'volunteers', direction: 'emergencies', directions }).size).toBe(0);
    expect(totalsForExplorer({ metric: 'volunteers', direction: null }).size).toBe(0);
  });

  it('leave out a count of volunteers above the residents, as the map and the tables do', () => {
    const impossible = { regions: [{ code: 'KZ-62', values: values(300_000), previous: values(6) }] } as unknown as RegionsResponse;
    const populations = { national: 250, byCode: new Map([['KZ-62', 218_993]]) };
    expect(totalsForExplorer({ metric: 'volunteers', direction: null, summary, regions: impossible, populations })).toEqual(
      new Map([
        [NATIONAL_KEY, { value: null, previous: 250 }],
        ['KZ-62', { value: null, previous: 6 }],
      ]),
    );
    expect(
      totalsForExplorer({ metric: 'volunteers', direction: 'elderly', directions, populations: { ...populations, national: 35 } }).get(
        NATIONAL_KEY,
      ),
    ).toEqual({
      value: null,
      previous: 30,
    });
    // Other counts may well be above the residents (people helped, actions).
    expect(totalsForExplorer({ metric: 'organisations', direction: null, regions: impossible, populations }).get('KZ-62')).toEqual({
      value: 1,
      previous: 1,
    });
  });
});

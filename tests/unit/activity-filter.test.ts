import { describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../src/api/contract';
import { isFiltered, matchesActivityFilter, parseActivityFilter } from '../../src/features/activity/model/activity-filter';

const event = (type: ActivityEvent['type'], region: string, direction: ActivityEvent['direction']): ActivityEvent => ({
  id: `${type}-${region}-${direction}`,
  type,
  at: '2026-12-06T08:00:00Z',
  region,
  direction,
  subject: 'Тест',
});

describe('the live feed’s filters', () => {
  it('reads each filter from the link, and names what it does not understand', () => {
    expect(parseActivityFilter({ event: 'requestOpened', region: 'KZ-62', direction: 'ecology' }, ['KZ-62'])).toEqual({
      filter: { event: 'requestOpened', region: 'KZ-62', direction: 'ecology' },
      invalid: { event: null, region: null, direction: null },
    });
    expect(parseActivityFilter({ event: 'party', region: 'KZ-99', direction: 'Ecology' }, ['KZ-62'])).toEqual({
      filter: { event: null, region: null, direction: null },
      invalid: { event: 'party', region: 'KZ-99', direction: 'Ecology' },
    });
    expect(parseActivityFilter({ event: '', region: null, direction: null }, null).invalid).toEqual({
      event: null,
      region: null,
      direction: null,
    });
  });

  it('takes a well-formed region while the list of regions is not there yet, and no malformed one', () => {
    expect(parseActivityFilter({ event: null, region: 'KZ-62', direction: null }, null).filter.region).toBe('KZ-62');
    expect(parseActivityFilter({ event: null, region: '<b>', direction: null }, null).invalid.region).toBe('<b>');
  });

  it('lets through the events that match every filter set, the region too', () => {
    const filter = { event: 'requestOpened', region: 'KZ-62', direction: null } as const;
    expect(matchesActivityFilter(event('requestOpened', 'KZ-62', 'ecology'), filter)).toBe(true);
    expect(matchesActivityFilter(event('requestClosed', 'KZ-62', 'ecology'), filter)).toBe(false);
    // An API that ignores `region` must not show another region's events.
    expect(matchesActivityFilter(event('requestOpened', 'KZ-71', 'ecology'), filter)).toBe(false);
    expect(isFiltered(filter)).toBe(true);
    expect(isFiltered({ event: null, region: null, direction: null })).toBe(false);
  });
});

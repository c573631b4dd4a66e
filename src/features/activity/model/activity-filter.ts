/**
 * The live feed's filters, read from the link: `event` (a type of event), `region` (asked of the API, so a
 * small region's events are not crowded out of the country's newest) and `direction` (the one the map pages
 * carry, so a reader who filtered the map by a direction finds the feed filtered alike). Text the app does
 * not know is dropped and reported, as every page's parameters are. DOM-free and unit-tested.
 */
import { ActivityType, DirectionId, RegionCode, type ActivityEvent } from '../../../api/contract';

export interface ActivityFilter {
  event: ActivityType | null;
  region: string | null;
  direction: DirectionId | null;
}

export interface ParsedActivityFilter {
  filter: ActivityFilter;
  /** Each parameter's text where it was not understood (null where it was, or absent). */
  invalid: Record<keyof ActivityFilter, string | null>;
}

const present = (raw: string | null): raw is string => raw !== null && raw !== '';

/**
 * `knownRegions`: the codes of /meta's list; until it is there any well-formed code is taken (a link to a
 * region's feed must not flash "not understood" while /meta loads).
 */
export const parseActivityFilter = (
  raw: Record<keyof ActivityFilter, string | null>,
  knownRegions: readonly string[] | null,
): ParsedActivityFilter => {
  const event = present(raw.event) ? (ActivityType.safeParse(raw.event).data ?? null) : null;
  const direction = present(raw.direction) ? (DirectionId.safeParse(raw.direction).data ?? null) : null;
  const regionOk = present(raw.region) && RegionCode.safeParse(raw.region).success && (knownRegions?.includes(raw.region) ?? true);
  const region = regionOk ? raw.region : null;
  return {
    filter: { event, region, direction },
    invalid: {
      event: present(raw.event) && event === null ? raw.event : null,
      region: present(raw.region) && region === null ? raw.region : null,
      direction: present(raw.direction) && direction === null ? raw.direction : null,
    },
  };
};

/** Whether an event passes the filter. The region too: an API that ignores `region` must not show others' events. */
export const matchesActivityFilter = (event: ActivityEvent, filter: ActivityFilter): boolean =>
  (filter.event === null || event.type === filter.event) &&
  (filter.region === null || event.region === filter.region) &&
  (filter.direction === null || event.direction === filter.direction);

export const isFiltered = (filter: ActivityFilter): boolean => filter.event !== null || filter.region !== null || filter.direction !== null;

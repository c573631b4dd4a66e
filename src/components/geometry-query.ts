/**
 * Query definition of the regions' shapes (a static file of the site, not the API): fetched once, kept
 * for good, never polled — they do not change within a release. The map draws them; the map's picture
 * download asks for them too, even before the map has been drawn. The decoder (topojson) is loaded only
 * when they are fetched.
 */
import { queryOptions } from '@tanstack/react-query';

export const geometryQueryOptions = () =>
  queryOptions({
    queryKey: ['geo'],
    queryFn: async ({ signal }) => (await import('../lib/geometry')).fetchRegions({ signal }),
    staleTime: Infinity,
    gcTime: Infinity,
    refetchInterval: false,
    refetchOnWindowFocus: false,
  });

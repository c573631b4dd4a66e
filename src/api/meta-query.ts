/** Query definition of /meta: regions, directions and metrics every view needs for names and units. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { createContext, useContext, useMemo } from 'react';
import type { Meta, Region } from './contract';
import { api } from './api';

export const metaKeys = { all: ['meta'] as const };

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: metaKeys.all,
    queryFn: ({ signal }) => api().get('meta', {}, signal),
  });

const NONE: readonly Region[] = [];

/**
 * Regions a page goes on showing after /meta stopped listing them (a region's open page:
 * src/app/routes/region.tsx). Inside it, `useMeta` lists them again, as last listed, so every panel of
 * that page treats the region as before (its figures on the map, its roadmap progress) while the page
 * says that the API's latest list leaves it out.
 */
const KeptRegionsContext = createContext<readonly Region[]>(NONE);
export const KeptRegions = KeptRegionsContext.Provider;

/** /meta with `kept` listed again where it no longer lists them; the very same object when it does. */
const withKept = (meta: Meta, kept: readonly Region[]): Meta => {
  const missing = kept.filter((region) => !meta.regions.some((r) => r.code === region.code));
  return missing.length ? { ...meta, regions: [...meta.regions, ...missing] } : meta;
};

export const useMeta = () => {
  const meta = useQuery(metaQueryOptions());
  const kept = useContext(KeptRegionsContext);
  const data = useMemo(() => (meta.data && kept.length ? withKept(meta.data, kept) : meta.data), [meta.data, kept]);
  if (data === meta.data) return meta;
  // Only on a page that keeps a region /meta dropped: that rare page observes every change of the query.
  // eslint-disable-next-line @tanstack/query/no-rest-destructuring
  return { ...meta, data };
};

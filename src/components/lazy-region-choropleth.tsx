/**
 * The regional map (region-choropleth.tsx) in its own chunk with Leaflet: pages render this, so their
 * numbers paint before the map's code arrives, and the placeholder keeps the map's size meanwhile.
 */
import { lazy, Suspense } from 'react';
import type { RegionChoroplethProps } from './region-choropleth';
import { RegionChoroplethPlaceholder } from './region-choropleth-placeholder';

const RegionChoropleth = lazy(() => import('./region-choropleth').then((m) => ({ default: m.RegionChoropleth })));

export const LazyRegionChoropleth = (props: RegionChoroplethProps) => (
  <Suspense fallback={<RegionChoroplethPlaceholder mapHeight={props.mapHeight} showList={props.showList} count={props.regions.length || 20} />}>
    <RegionChoropleth {...props} />
  </Suspense>
);

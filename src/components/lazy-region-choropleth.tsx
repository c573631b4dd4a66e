/**
 * The regional map (region-choropleth.tsx) in its own chunk with Leaflet: pages render this, so their
 * numbers paint before the map's code arrives, and the placeholder keeps the map's size meanwhile.
 */
import { lazy, Suspense } from 'react';
import { useInBrowser } from '../lib/use-in-browser';
import type { RegionChoroplethProps } from './region-choropleth';
import { RegionChoroplethPlaceholder } from './region-choropleth-placeholder';

const RegionChoropleth = lazy(() => import('./region-choropleth').then((m) => ({ default: m.RegionChoropleth })));

export const LazyRegionChoropleth = (props: RegionChoroplethProps) => {
  const placeholder = <RegionChoroplethPlaceholder mapHeight={props.mapHeight} showList={props.showList} count={props.regions.length || 20} />;
  // A server rendering the first screen draws the placeholder: Leaflet cannot even be imported there.
  if (!useInBrowser()) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <RegionChoropleth {...props} />
    </Suspense>
  );
};

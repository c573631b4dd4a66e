/**
 * The regional map (region-choropleth.tsx) in its own chunk with Leaflet: pages render this, so their
 * numbers paint before the map's code arrives, and the placeholder keeps the map's size meanwhile.
 */
import { lazy } from 'react';
import { BrowserOnly } from './browser-only';
import type { RegionChoroplethProps } from './region-choropleth';
import { RegionChoroplethPlaceholder } from './region-choropleth-placeholder';

const RegionChoropleth = lazy(() => import('./region-choropleth').then((m) => ({ default: m.RegionChoropleth })));

export const LazyRegionChoropleth = (props: RegionChoroplethProps) => {
  const placeholder = <RegionChoroplethPlaceholder mapHeight={props.mapHeight} showList={props.showList} count={props.regions.length || 20} />;
  return (
    <BrowserOnly fallback={placeholder}>
      <RegionChoropleth {...props} />
    </BrowserOnly>
  );
};

/**
 * The regional map (region-choropleth.tsx) in its own chunk with Leaflet: pages render this, so their
 * numbers paint before the map's code arrives, and the placeholder keeps the map's size meanwhile.
 * The map is created only once its place comes near the viewport, in a task of its own: creating a
 * Leaflet map and its 23 layers is the costliest thing a page does after load, and on a phone the map
 * is usually a screen or more below the numbers.
 */
import { lazy } from 'react';
import { BrowserOnly } from './browser-only';
import { useTurnWhenNear } from './on-screen';
import type { RegionChoroplethProps } from './region-choropleth';
import { RegionChoroplethPlaceholder } from './region-choropleth-placeholder';

const RegionChoropleth = lazy(() => import('./region-choropleth').then((m) => ({ default: m.RegionChoropleth })));

export const LazyRegionChoropleth = (props: RegionChoroplethProps) => {
  const [placeholderRef, turn] = useTurnWhenNear();
  const placeholder = (
    <RegionChoroplethPlaceholder ref={placeholderRef} mapHeight={props.mapHeight} showList={props.showList} count={props.regions.length || 20} />
  );
  return <BrowserOnly fallback={placeholder}>{turn ? <RegionChoropleth {...props} /> : placeholder}</BrowserOnly>;
};

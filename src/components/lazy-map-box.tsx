/**
 * The regional composite's map (map-box.tsx) in its own chunk with Leaflet, so the composite's summary,
 * legend and list, and the page's numbers, are on screen before the map's code arrives; the box keeps
 * the map's size meanwhile. The map is created only once its box comes near the viewport, in a task of
 * its own: creating a Leaflet map and its 23 layers is the costliest thing a page does after load, and
 * on a phone the map is usually a screen or more below the numbers.
 */
import { commonMessages } from '../lib/i18n/common-messages';
import { useMessages } from '../lib/i18n/i18n-context';
import { BrowserOnly } from './browser-only';
import { lazyLoadable } from './lazy-loadable';
import type { MapBoxProps } from './map-box';
import { useTurnWhenNear } from './on-screen';

const MapBox = lazyLoadable(() => import('./map-box').then((m) => m.MapBox));

export const LazyMapBox = (props: MapBoxProps) => {
  const common = useMessages(commonMessages);
  // Its turn comes once Leaflet's chunk is here, so the map never suspends in place of the placeholder.
  const [placeholderRef, turn] = useTurnWhenNear(MapBox.load);
  const placeholder = (
    <div ref={placeholderRef} className="fom-rc__map-status fom-rc__map-pending">
      {/* The server's HTML read with scripting off would say "Loading…" for good: CSS picks the line. */}
      <p className="fom-rc__with-script">{common('loading')}</p>
      <p className="fom-rc__without-script">{common('mapNeedsScript')}</p>
    </div>
  );
  return <BrowserOnly fallback={placeholder}>{turn ? <MapBox {...props} /> : placeholder}</BrowserOnly>;
};

/**
 * Choropleth map of Kazakhstan's 20 units (react-leaflet), a thin view over a `Classification`
 * (src/lib/choropleth.ts) and the decoded region shapes (src/lib/geometry.ts).
 *
 * Lazy-loaded by the pages, so it brings Leaflet's CSS itself. No tile layer unless `tileUrl` is given:
 * the shapes are the map. The three cities are also drawn as circle markers, since their polygons are
 * a few pixels wide at country zoom.
 *
 * Why it is imperative inside: a metric or period change must recolour the existing layers (setStyle),
 * never remount the map or the GeoJSON layer, so the user's zoom and pan and the keyboard focus survive.
 * Layers are created once per `features` object, everything else is synchronised onto them in effects.
 */
import 'leaflet/dist/leaflet.css';
import './choropleth-map.css';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, ReactElement, RefObject } from 'react';
import { Browser, CircleMarker, Control, GeoJSON, Polygon, Tooltip as LeafletTooltip, latLngBounds, point } from 'leaflet';
import type { LatLngBounds, LatLngExpression, Map as LeafletMap, Path, PathOptions } from 'leaflet';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import { escapeHtml } from '../lib/escape-html';
import { NO_DATA_PATTERN, NO_DATA_STYLE, regionEdgeOn } from '../lib/choropleth';
import type { ClassKey, Classification } from '../lib/choropleth';
import { boundsOf, focusBounds, isSmallUnit, labelPoint } from '../lib/geometry';
import { runInSlices } from '../lib/in-slices';
import { printing, whilePrinting } from '../lib/print-layout';
import type { LatLonBounds, RegionFeatureCollection, RegionFeatureProperties } from '../lib/geometry';

export interface ChoroplethRegion {
  code: string;
  /** Name in the current language; shown as text only, never parsed as HTML. */
  name: string;
  /** Where the city marker goes for the three cities (and nothing else uses it). */
  centre: { lat: number; lon: number };
}

export interface ChoroplethMapProps {
  /** Decoded shapes (decodeRegions / fetchRegions). Keep the same object across renders. */
  features: RegionFeatureCollection;
  /** Units in the order keyboard users should visit them, usually sorted by name in the current language. */
  regions: ReadonlyArray<ChoroplethRegion>;
  classification: Classification;
  /** Formatted value with its unit, or the localised "no data". */
  valueLabel: (code: string) => string;
  /** What the permanent labels on the map say (`showValueLabels`), short, without the unit; defaults to `valueLabel`. */
  shortValueLabel?: (code: string) => string;
  /** e.g. "3rd of 20"; an empty string hides the line. */
  rankLabel: (code: string) => string;
  /**
   * A unit chosen by a click, Enter or Space. Without it the map is a picture to look at (the wall's): its
   * units are not buttons and take no focus, where they were twenty Tab stops that did nothing.
   */
  onSelect?: (code: string) => void;
  /** Class to emphasise (from the legend or from hovering a region); others are dimmed. */
  highlightedClass?: ClassKey | null;
  /** Called with the class of the hovered or focused region, and null when it is left. */
  onHighlightClass?: (key: ClassKey | null) => void;
  /** A unit to outline without zooming, e.g. the row of a linked list under the pointer or focus. */
  activeCode?: string | null;
  /** Called with the code of the hovered or focused unit, and null when it is left (to link a list). */
  onActiveChange?: (code: string | null) => void;
  /** Zoom to this unit (region page) and outline it; the whole country when absent. */
  focusCode?: string | null;
  /** Permanent value labels on every unit, for wall displays. */
  showValueLabels?: boolean;
  /** Trusted, static attribution HTML (never data). */
  attribution?: string;
  /** Optional background tiles; none by default. */
  tileUrl?: string | null;
  tileAttribution?: string;
  /** Accessible name of the map region, e.g. "Map: volunteers per 10 000 residents by region". */
  ariaLabel: string;
  /** Tooltip and accessible name of the zoom buttons, in the page's language (Leaflet's are English). */
  zoomInTitle: string;
  zoomOutTitle: string;
  /** The title of Leaflet's own credit link ("A JavaScript library for interactive maps"), in the page's language. */
  libraryTitle: string;
  className?: string;
  /** Size of the map box; defaults to the parent's height with a 320 px minimum. */
  style?: CSSProperties;
}

const DEFAULT_ATTRIBUTION = 'Map data © <a href="https://www.amcharts.com/">amCharts</a>';

// Colours of the outlines; fills come from the classification.
const OUTLINE = '#ffffff';
const OUTLINE_PALE = '#737373'; // zero (white) and no data need a visible edge on the light background
const OUTLINE_STRONG = '#111827';
const BACKGROUND = '#f3f5f7';
/**
 * A city's dot, in rem: 10 px + a 4 px outline at the usual 16 px root = a 24 px target (WCAG 2.5.8),
 * still a dot at country zoom. It grows with the type: on a 4K wall (a 40 px root) it is 25 px, not a
 * dot smaller than the city's own shape beneath it.
 */
const CITY_RADIUS_REM = 0.625;
const cityRadius = (): number => {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return CITY_RADIUS_REM * (Number.isFinite(root) && root > 0 ? root : 16);
};
const CITY_WEIGHT = 4;
const CITIES_PANE = 'fomCities';
const OUTLINE_PANE = 'fomOutline';
const FIT_PADDING: [number, number] = [12, 12];

/** Everything the Leaflet handlers and effects read, refreshed after each render. */
interface Latest {
  props: ChoroplethMapProps;
  regionsByCode: Map<string, ChoroplethRegion>;
  patternId: string;
}

/** Tooltip body built from text nodes only: region names are data and may contain markup. */
function tooltipContent(name: string, value: string, rank: string): HTMLElement {
  const root = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = name;
  const valueLine = document.createElement('div');
  valueLine.textContent = value;
  root.append(title, valueLine);
  if (rank) {
    const rankLine = document.createElement('div');
    rankLine.textContent = rank;
    root.append(rankLine);
  }
  return root;
}

function labelContent(text: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

/**
 * Leaflet 1.9 takes a listener off `window` or `document` by setting its entry in `_leaflet_events` to
 * null, never deleting the key, so each map removed leaves its keys behind ("resize<fn>_<map>" at least).
 * A wall display creates its map again on every rotation: the keys piled up for as long as it ran.
 */
const dropRemovedLeafletListeners = (): void => {
  for (const target of [window, document]) {
    const events = (target as { _leaflet_events?: Record<string, unknown> })._leaflet_events;
    if (!events) continue;
    for (const key of Object.keys(events)) if (events[key] === null) delete events[key];
  }
};

const toLatLngBounds = (b: LatLonBounds | null): LatLngBounds | null => (b ? latLngBounds(b) : null);

/** The Leaflet layers and interaction state of one map, mutated by effects and Leaflet handlers only. */
interface LayerStore {
  polygons: Map<string, Polygon>;
  markers: Map<string, CircleMarker>;
  labels: Map<string, LeafletTooltip>;
  labelPoints: Map<string, LatLngExpression>;
  hovered: string | null;
  focused: string | null;
  /**
   * The emphasised region's outline, drawn again above every region: its own dark border lies under its
   * neighbours' white ones wherever they meet (only its outer edge showed), and bringing it to the front
   * would change the Tab order, which is the order of the shapes in the document.
   */
  outline: Polygon | null;
  /** The region the outline is drawn for, so a refresh's recolouring does not draw it again. */
  outlined: string | null;
  /** Codes in tab order last applied to the DOM, to reorder only when `regions` changes. */
  orderKey: string;
  userMoved: boolean;
  fitting: boolean;
  /** The cities' dots' radius in px, from the root font size when the layers were made or the map last resized. */
  cityRadius: number;
}

const newStore = (): LayerStore => ({
  polygons: new Map(),
  markers: new Map(),
  labels: new Map(),
  labelPoints: new Map(),
  hovered: null,
  focused: null,
  outline: null,
  outlined: null,
  orderKey: '',
  userMoved: false,
  fitting: false,
  cityRadius: 10,
});

/** Style of one unit's polygon or marker from the latest props and the hover / focus state. */
function styleFor(latest: Latest, store: LayerStore, code: string, city: boolean): PathOptions {
  const { props, patternId } = latest;
  const c = props.classification;
  const key = c.classOf(code);
  const highlighted = props.highlightedClass ?? null;
  const active =
    code === store.hovered || code === store.focused || code === (props.focusCode ?? null) || code === (props.activeCode ?? null);
  const inClass = highlighted !== null && key === highlighted;
  const dimmed = highlighted !== null && !inClass && !active;
  const pale = key === 'noData' || key === 'zero';
  const fill = c.colourOf(code);
  return {
    fillColor: key === 'noData' ? `url(#${patternId})` : fill,
    fillOpacity: dimmed ? 0.3 : 1,
    // A city's ring is white with a dark halo (choropleth-map.css), so the dot reads on the darkest and
    // the lightest neighbour alike; thicker when the city is active or in the highlighted class (a dark
    // ring for those all but vanished on a dark neighbour: Almaty's own page, in the darkest class).
    color: city ? OUTLINE : active || inClass ? OUTLINE_STRONG : pale ? OUTLINE_PALE : regionEdgeOn(fill),
    opacity: dimmed && !city ? 0.6 : 1,
    weight: city ? (active ? CITY_WEIGHT + 3 : inClass ? CITY_WEIGHT + 1 : CITY_WEIGHT) : active ? 3 : inClass ? 2 : 1,
    dashArray: key === 'noData' ? NO_DATA_STYLE.dashArray : '',
  };
}

/** A unit's accessible name: its name and value, e.g. "Astana: 81,154 volunteers". */
const accessibleName = ({ props, regionsByCode }: Latest, code: string): string =>
  `${regionsByCode.get(code)?.name ?? code}: ${props.valueLabel(code)}`;

/** What a unit's permanent label says (wall displays): the short value where given, else the full one. */
const labelText = (props: ChoroplethMapProps, code: string): string => (props.shortValueLabel ?? props.valueLabel)(code);

/** Pushes the latest props onto the existing layers: colours, names, labels, tab order. Cheap (23 layers). */
function syncLayers(latest: Latest, store: LayerStore): void {
  const { props, regionsByCode } = latest;
  for (const [code, layer] of store.polygons) {
    layer.setStyle(styleFor(latest, store, code, false));
    if (props.onSelect && !isSmallUnit(code)) layer.getElement()?.setAttribute('aria-label', accessibleName(latest, code));
    if (layer.isTooltipOpen()) layer.getTooltip()?.update();
  }
  for (const [code, marker] of store.markers) {
    marker.setStyle(styleFor(latest, store, code, true));
    const centre = regionsByCode.get(code)?.centre;
    if (centre) marker.setLatLng([centre.lat, centre.lon]);
    if (props.onSelect) marker.getElement()?.setAttribute('aria-label', accessibleName(latest, code));
    if (marker.isTooltipOpen()) marker.getTooltip()?.update();
  }
  for (const [code, label] of store.labels) label.setContent(labelContent(labelText(props, code)));

  const emphasised = store.hovered ?? store.focused ?? props.focusCode ?? props.activeCode ?? null;
  const shape = emphasised !== null && !isSmallUnit(emphasised) ? store.polygons.get(emphasised) : undefined;
  const outlined = shape ? emphasised : null;
  if (store.outline && outlined !== store.outlined) {
    store.outline.setLatLngs(shape ? shape.getLatLngs() : []);
    store.outlined = outlined;
  }

  // Tab order = DOM order of the paths: follow `regions`. Cities come after the regions, as their
  // markers live in a pane above the polygons (the order of the statistics bureau's tables too).
  const key = props.regions.map((r) => r.code).join();
  if (key !== store.orderKey) {
    store.orderKey = key;
    for (const { code } of props.regions) {
      const el = isSmallUnit(code) ? store.markers.get(code)?.getElement() : store.polygons.get(code)?.getElement();
      el?.parentNode?.appendChild(el);
    }
  }
}

/** Creates the polygons and city markers on the map, a few at a time; `onDone` once all are there. Returns the cleanup. */
function createLayers(
  map: LeafletMap,
  features: RegionFeatureCollection,
  latest: RefObject<Latest>,
  store: LayerStore,
  onDone: () => void,
): () => void {
  const pane = map.getPane(CITIES_PANE) ?? map.createPane(CITIES_PANE);
  pane.style.zIndex = '450'; // above the polygons (overlay pane, 400), below tooltips (650)
  const outlinePane = map.getPane(OUTLINE_PANE) ?? map.createPane(OUTLINE_PANE);
  outlinePane.style.zIndex = '420'; // above the polygons, below the cities
  outlinePane.style.pointerEvents = 'none';
  // Read once here and again only when the map is resized: a style read in every recolouring would cost a refresh.
  store.cityRadius = cityRadius();
  store.outline = new Polygon([], { pane: OUTLINE_PANE, interactive: false, fill: false, color: OUTLINE_STRONG, weight: 3 }).addTo(map);
  store.outline.getElement()?.setAttribute('aria-hidden', 'true');
  const sync = (): void => syncLayers(latest.current, store);
  const highlight = (code: string | null): void => {
    const { props } = latest.current;
    props.onHighlightClass?.(code === null ? null : props.classification.classOf(code));
    props.onActiveChange?.(code);
  };

  const bindTooltip = (layer: Path, code: string, sticky: boolean): void => {
    // A function, so the text is read from the latest props each time the tooltip opens.
    layer.bindTooltip(
      () => {
        const { props, regionsByCode } = latest.current;
        return tooltipContent(regionsByCode.get(code)?.name ?? code, props.valueLabel(code), props.rankLabel(code));
      },
      { sticky, direction: 'top', offset: sticky ? [0, -8] : [0, -store.cityRadius - 4], opacity: 1, className: 'fom-tooltip' },
    );
  };

  const addMouseHandlers = (layer: Path, code: string): void => {
    layer.on('click', () => latest.current.props.onSelect?.(code));
    layer.on('mouseover', () => {
      store.hovered = code;
      highlight(code);
      sync();
    });
    layer.on('mouseout', () => {
      if (store.hovered === code) store.hovered = null;
      highlight(null);
      sync();
    });
  };

  const addKeyboardHandlers = (layer: Path, code: string, at: () => LatLngExpression): void => {
    const el = layer.getElement();
    if (!(el instanceof SVGElement)) return;
    el.setAttribute('data-code', code);
    if (!latest.current.props.onSelect) return;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    // Named at once: the map is built over a few tasks, and a button must never be there without a name.
    el.setAttribute('aria-label', accessibleName(latest.current, code));
    el.addEventListener('focus', () => {
      store.focused = code;
      // A unit outside the view (a region page shows its region and neighbours) is brought into it: a
      // keyboard user must see where focus is. The reader's own move: the map is not refitted after it.
      const centre = at();
      // A map of no size (hidden, or laid out by no browser) has no view to bring it into.
      const { x, y } = map.getSize();
      if (x > 0 && y > 0 && !map.getBounds().contains(centre)) map.panTo(centre, { animate: false });
      layer.openTooltip(centre); // Leaflet's own focus handler opens it at getCenter(); move it inside
      highlight(code);
      sync();
    });
    el.addEventListener('blur', () => {
      if (store.focused === code) store.focused = null;
      highlight(null);
      sync();
    });
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault(); // Space would scroll the page
        e.stopPropagation(); // and the map's own keyboard handler has nothing to do with it
        latest.current.props.onSelect?.(code);
      } else if (e.key === 'Escape') {
        layer.closeTooltip();
      }
    });
  };

  const featureLayer = new GeoJSON<RegionFeatureProperties>(null, {
    // className is only read when the path is created; later setStyle calls leave it alone.
    style: (f) => {
      const code = String(f?.id ?? '');
      return { ...styleFor(latest.current, store, code, false), className: isSmallUnit(code) ? 'fom-city-area' : 'fom-region' };
    },
    onEachFeature: (f, layer) => {
      if (layer instanceof Polygon) store.polygons.set(String(f.id), layer);
    },
  });
  featureLayer.addTo(map);

  const addUnit = (f: RegionFeatureCollection['features'][number]): void => {
    featureLayer.addData(f);
    const code = f.id;
    const layer = store.polygons.get(code);
    if (!layer) return;
    const point = labelPoint(f);
    store.labelPoints.set(code, [point.lat, point.lon]);
    bindTooltip(layer, code, true);
    addMouseHandlers(layer, code);
    if (isSmallUnit(code)) {
      // The marker is the city's focusable, clickable stand-in; the tiny polygon stays mouse-only, out of
      // the accessibility tree and without data-code, so a selector finds one element per code.
      const el = layer.getElement();
      el?.setAttribute('aria-hidden', 'true');
      el?.setAttribute('data-area-code', code);
      // Leaflet listens for focus on every shape with a tooltip, and Chromium then lets Tab stop on an
      // SVG shape that has no tabindex: an unnamed, hidden stop. -1 takes it out of the Tab order.
      el?.setAttribute('tabindex', '-1');
    } else {
      addKeyboardHandlers(layer, code, () => store.labelPoints.get(code) ?? layer.getCenter());
    }
  };

  const addCityMarker = (code: string): void => {
    const centre = latest.current.regionsByCode.get(code)?.centre;
    const at: LatLngExpression = centre ? [centre.lat, centre.lon] : (store.labelPoints.get(code) ?? [0, 0]);
    const marker = new CircleMarker(at, {
      ...styleFor(latest.current, store, code, true),
      radius: store.cityRadius,
      pane: CITIES_PANE,
      className: 'fom-region fom-city',
      bubblingMouseEvents: false,
    });
    store.markers.set(code, marker);
    bindTooltip(marker, code, false);
    addMouseHandlers(marker, code);
    marker.addTo(map);
    addKeyboardHandlers(marker, code, () => marker.getLatLng());
  };

  // One unit per step, in slices of a few milliseconds: projecting and clipping every border at once
  // was the longest task of a page load. Until the last step, the map is partly drawn and `sync` (from
  // the recolouring effect) styles what is there; the last step syncs all of it. The first slice waits
  // for a task of its own too: creating the map itself (Leaflet's panes, its size) was ~30 ms already.
  const cities = features.features.filter((f) => isSmallUnit(f.id));
  const creation = runInSlices([...features.features.map((f) => () => addUnit(f)), ...cities.map((f) => () => addCityMarker(f.id))], {
    startLater: true,
    onDone: () => {
      store.orderKey = '';
      sync();
      onDone();
    },
  });

  // A printed page shows the map as it is at that moment: all of it, also when the map itself is
  // first drawn for the paper (it missed the `beforeprint` it was drawn in).
  const stopFollowingPrint = whilePrinting(() => creation.finish());
  if (printing()) creation.finish();

  return () => {
    creation.cancel();
    stopFollowingPrint();
    featureLayer.remove();
    store.outline?.remove();
    store.outline = null;
    store.outlined = null;
    for (const marker of store.markers.values()) marker.remove();
    store.polygons.clear();
    store.markers.clear();
    store.labelPoints.clear();
    store.hovered = null;
    store.focused = null;
  };
}

/** The cities' dots and their labels at the root font size's radius, when it changed (a wall display's window resized). */
function resizeCities(store: LayerStore): void {
  const radius = cityRadius();
  if (radius === store.cityRadius) return;
  store.cityRadius = radius;
  for (const marker of store.markers.values()) {
    marker.setRadius(radius);
    // Its tooltip stands above the dot (bindTooltip), so the offset grows with it.
    const tooltip = marker.getTooltip();
    if (tooltip) {
      tooltip.options.offset = [0, -radius - 4];
      if (tooltip.isOpen()) tooltip.update();
    }
  }
  for (const [code, label] of store.labels) {
    if (!isSmallUnit(code)) continue;
    label.options.offset = [radius + 2, 0];
    label.update();
  }
}

/** Permanent value labels (wall displays); returns the cleanup. */
function createLabels(map: LeafletMap, features: RegionFeatureCollection, latest: Latest, store: LayerStore): () => void {
  for (const f of features.features) {
    const code = f.id;
    const city = isSmallUnit(code);
    const at = city ? store.markers.get(code)?.getLatLng() : store.labelPoints.get(code);
    if (!at) continue;
    const label = new LeafletTooltip({
      permanent: true,
      interactive: false,
      direction: city ? 'right' : 'center',
      offset: city ? [store.cityRadius + 2, 0] : [0, 0],
      className: 'fom-label',
      opacity: 1,
    })
      .setLatLng(at)
      .setContent(labelContent(labelText(latest.props, code)))
      .addTo(map);
    // The values are already in each unit's accessible name: these are visual only.
    const el = label.getElement();
    el?.setAttribute('aria-hidden', 'true');
    el?.removeAttribute('role');
    store.labels.set(code, label);
  }
  return () => {
    for (const label of store.labels.values()) label.remove();
    store.labels.clear();
  };
}

/** The focused unit's view (a city with its surroundings), or the whole country. */
const viewBounds = (features: RegionFeatureCollection, focusCode: string | null): LatLngBounds | null =>
  toLatLngBounds((focusCode ? focusBounds(features, focusCode) : null) ?? boundsOf(features));

/** Whether the map already shows `bounds` as `fitBounds` would (Leaflet's own arithmetic, symmetric padding). */
const showsAlready = (map: LeafletMap, bounds: LatLngBounds): boolean => {
  const zoom = map.getBoundsZoom(bounds, false, point(FIT_PADDING).multiplyBy(2));
  if (Math.abs(zoom - map.getZoom()) > 1e-9) return false;
  const centre = map.project(bounds.getSouthWest(), zoom).add(map.project(bounds.getNorthEast(), zoom)).divideBy(2);
  return centre.distanceTo(map.project(map.getCenter(), zoom)) < 0.5;
};

/**
 * Fits the view to the focused unit, or to the whole country. Never animated: an animated zoom starts in
 * a later frame, after `fitting` is cleared, and would pass for a user's zoom that stops later refits.
 */
function fitView(map: LeafletMap, features: RegionFeatureCollection, focusCode: string | null, store: LayerStore): void {
  const target = viewBounds(features, focusCode);
  if (!target) return;
  // A box of no size (hidden, or mid-resize as in a full-page screenshot) has no zoom that fits: Leaflet
  // would jump to its maximum zoom and stay there. The next resize with a real size fits again.
  // The size Leaflet keeps (read as the map was made, and again by `invalidateSize` on every resize): the
  // box's own would make the browser lay out the page again inside the task that made the map, which has
  // just added its panes and layers (7 ms at 1× CPU on the overview, 28 at 4×). The fit it feeds is the
  // one Leaflet itself computes from that size.
  const size = map.getSize();
  if (size.x < 1 || size.y < 1) return;
  // Every fit re-projects all the shapes (Leaflet resets the view even when nothing moves): the map is
  // created fitted, and its first resize report comes right after, so skip a fit that changes nothing.
  if (showsAlready(map, target)) return;
  store.fitting = true; // Leaflet fires zoomstart synchronously: not a user move
  map.fitBounds(target, { padding: FIT_PADDING, animate: false });
  store.fitting = false;
}

type LayersProps = ChoroplethMapProps & { latest: RefObject<Latest> };

function ChoroplethLayers(layersProps: LayersProps): null {
  const { latest, features, focusCode = null, showValueLabels = false, ariaLabel, zoomInTitle, zoomOutTitle, libraryTitle } = layersProps;
  const { classification, highlightedClass = null, activeCode = null, regions, valueLabel, shortValueLabel, rankLabel } = layersProps;
  const attribution = layersProps.attribution ?? DEFAULT_ATTRIBUTION;
  const map = useMap();
  const storeRef = useRef<LayerStore | null>(null);
  // The shapes whose layers are all on the map (they are created over a few tasks).
  const [drawn, setDrawn] = useState<RegionFeatureCollection | null>(null);

  // When the map goes: MapContainer removes it in a cleanup of its own, which React may run after this
  // one, so the keys are dropped once every cleanup of this commit has run.
  useEffect(() => () => queueMicrotask(dropRemovedLeafletListeners), [map]);

  // Layers: once per set of shapes (never per metric: the map keeps its state).
  useEffect(() => {
    storeRef.current ??= newStore();
    const container = map.getContainer();
    container.removeAttribute('data-drawn');
    return createLayers(map, features, latest, storeRef.current, () => {
      container.setAttribute('data-drawn', '');
      setDrawn(features);
    });
  }, [map, features, latest]);

  // Recolour in place whenever anything shown changes. The values are read from `latest`; these
  // dependencies are the triggers.
  useEffect(() => {
    if (storeRef.current) syncLayers(latest.current, storeRef.current);
  }, [latest, classification, highlightedClass, activeCode, focusCode, regions, valueLabel, shortValueLabel, rankLabel]);

  useEffect(() => {
    if (!showValueLabels || !storeRef.current || drawn !== features) return;
    return createLabels(map, features, latest.current, storeRef.current);
  }, [map, features, drawn, latest, showValueLabels]);

  // The zoom buttons, named in the page's language. Leaflet reads the names only when it builds the
  // control, so another language gets a new control. Before paint, so the buttons come with the map.
  useLayoutEffect(() => {
    const control = new Control.Zoom({ position: 'topleft', zoomInTitle, zoomOutTitle }).addTo(map);
    return () => {
      control.remove();
    };
  }, [map, zoomInTitle, zoomOutTitle]);

  // The accessible name of the map.
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', ariaLabel);
  }, [map, ariaLabel]);

  // Leaflet's credit link keeps its flag and link; only its English title is put in the page's language.
  useEffect(() => {
    const control = map.attributionControl;
    const prefix = control?.options.prefix;
    if (!control || typeof prefix !== 'string') return;
    control.setPrefix(prefix.replace(/title="[^"]*"/, `title="${escapeHtml(libraryTitle)}"`));
  }, [map, libraryTitle]);

  useEffect(() => {
    const control = map.attributionControl;
    control?.addAttribution(attribution);
    return () => {
      control?.removeAttribution(attribution);
    };
  }, [map, attribution]);

  // The view: the country, or the focused unit. Data changes never move it, so the user's pan and zoom stay.
  useEffect(() => {
    const store = (storeRef.current ??= newStore());
    store.userMoved = false;
    fitView(map, features, focusCode, store);
    const onUserMove = (): void => {
      if (!store.fitting) store.userMoved = true;
    };
    map.on('dragstart zoomstart', onUserMove);
    const refit = (): void => {
      map.invalidateSize({ animate: false });
      resizeCities(store);
      if (!store.userMoved) fitView(map, features, focusCode, store);
    };
    // The box may get its size after mounting (lazy page, wall layout): refit unless the user moved.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(refit);
    observer?.observe(map.getContainer());
    // Printing: fitted to the printed page's box before the browser lays the page out for paper
    // (lib/print-layout), and to the screen's after; the observer may see neither.
    const stopFollowingPrint = whilePrinting(refit, refit);
    return () => {
      map.off('dragstart zoomstart', onUserMove);
      observer?.disconnect();
      stopFollowingPrint();
    };
  }, [map, features, focusCode]);

  return null;
}

/** The choropleth map; see ChoroplethMapProps. Pair it with ChoroplethLegend for the key. */
export function ChoroplethMap(props: ChoroplethMapProps): ReactElement {
  const { features, focusCode, tileUrl, tileAttribution, className, style, regions } = props;
  // A document-unique id for the hatching pattern (several maps may share a page, e.g. the wall).
  const patternId = `fom-nodata-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const regionsByCode = useMemo(() => new Map(regions.map((r) => [r.code, r])), [regions]);
  const latest = useRef<Latest>({ props, regionsByCode, patternId });
  // After each render, before the layers' effects read it (layout effects run before passive ones).
  useLayoutEffect(() => {
    latest.current = { props, regionsByCode, patternId };
  });

  // Leaflet's map is created a task after its box: created in the commit that first shows the box (the
  // render for the arriving shapes, synchronous, as every query's update is), it made that task 45–55 ms
  // on a phone-sized /regions at full speed, four times that on a phone. A map first drawn for the paper
  // (during `beforeprint`) is created at once, so the paper has it.
  const [mapCreated, setMapCreated] = useState(printing);
  useEffect(() => {
    if (mapCreated) return;
    const timer = setTimeout(() => setMapCreated(true), 0);
    return () => clearTimeout(timer);
  }, [mapCreated]);

  // Only read at mount (MapContainer ignores later changes); the layers refit afterwards.
  const [initialBounds] = useState(
    () =>
      viewBounds(features, focusCode ?? null) ??
      latLngBounds([
        [40.5, 46.5],
        [55.5, 87.5],
      ]),
  );

  return (
    <div
      className={`fom-choropleth${className ? ` ${className}` : ''}`}
      style={{ position: 'relative', height: '100%', minHeight: 320, background: BACKGROUND, ...style }}
    >
      {/* The "no data" hatching, referenced by fill="url(#…)" from Leaflet's SVG (and not display:none,
          which would disable the pattern in some browsers). */}
      <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
        <defs>
          <pattern
            id={patternId}
            width={NO_DATA_PATTERN.size}
            height={NO_DATA_PATTERN.size}
            patternUnits="userSpaceOnUse"
            patternTransform={`rotate(${NO_DATA_PATTERN.degrees})`}
          >
            <rect width={NO_DATA_PATTERN.size} height={NO_DATA_PATTERN.size} fill={NO_DATA_STYLE.fill} />
            <line x1="0" y1="0" x2="0" y2={NO_DATA_PATTERN.size} stroke={NO_DATA_STYLE.hatch} strokeWidth={NO_DATA_PATTERN.lineWidth} />
          </pattern>
        </defs>
      </svg>
      {mapCreated ? (
        <MapContainer
          bounds={initialBounds}
          boundsOptions={{ padding: FIT_PADDING }}
          scrollWheelZoom={false}
          zoomControl={false} // ChoroplethLayers adds its own, with localised names
          dragging={!Browser.mobile}
          keyboard
          zoomSnap={0.25}
          zoomDelta={0.5}
          // Closer than a town's streets the simplified borders show nothing more. And a bound: created in
          // a box with no size yet (hidden, or not laid out), Leaflet fits the country at zoom Infinity, and
          // every shape added after that projects to NaN and throws; at 10 they are drawn, and refitted
          // when the box gets its size.
          maxZoom={10}
          style={{ height: '100%', width: '100%', minHeight: 'inherit', background: BACKGROUND }}
        >
          {tileUrl ? <TileLayer url={tileUrl} attribution={tileAttribution} /> : null}
          <ChoroplethLayers {...props} latest={latest} />
        </MapContainer>
      ) : null}
    </div>
  );
}

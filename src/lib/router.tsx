/**
 * A small history-API router. The app's view state lives in the URL (language, period, metric, tab,
 * refresh…), so the location is the single source of truth: components read it with `useLocation`
 * and `useSearchParam`, and change it with `navigate` or `updateSearch`.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

import { holdInPlace, isPlainClick, onReaderMove } from './in-page-links';

const NAVIGATE_EVENT = 'fom:navigate';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
};

const snapshotPath = () => window.location.pathname;
const snapshotSearch = () => window.location.search;

export interface Location {
  pathname: string;
  search: string;
}

/** The requested address when the first screen is rendered on the server (there is no `window` there). */
const ServerLocationContext = createContext<Location | null>(null);
export const ServerLocationProvider = ServerLocationContext.Provider;

/**
 * React asks for the "server snapshot" on the server and again in the browser while it hydrates the
 * server's HTML; in the browser that is the address the page was loaded from, as the server saw it.
 */
export const useLocation = (): Location => {
  const server = useContext(ServerLocationContext);
  const pathname = useSyncExternalStore(subscribe, snapshotPath, () => server?.pathname ?? snapshotPath());
  const search = useSyncExternalStore(subscribe, snapshotSearch, () => server?.search ?? snapshotSearch());
  return { pathname, search };
};

/**
 * Set when the app moved to another page (not only its search): the new page's heading takes focus, as
 * a page loaded anew starts from its top; left on the link that went away, focus fell to <body>.
 */
let arrivalPending = false;
let shownPathname = typeof window === 'undefined' ? '' : window.location.pathname;

/**
 * Where the reader was on a page they left for another: how far down, and what they followed there (a
 * link, by its address, or a region of the map, by its code) and where it stood, as one address can be
 * linked twice (from the map's list and a table). Kept in the history entry they left, so Back brings
 * them to it again instead of to the heading at the top of a page scrolled half-way (review, 2026-12-05).
 */
interface Place {
  scrollY: number;
  /** A selector for what had focus: `a[href="…"]` or `[data-code="…"]`; null when it was neither. */
  focus: string | null;
  focusTop: number;
}
let returningTo: Place | null = null;

const isPlace = (value: unknown): value is Place =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Place).scrollY === 'number' &&
  typeof (value as Place).focusTop === 'number' &&
  (typeof (value as Place).focus === 'string' || (value as Place).focus === null);

const focusSelector = (el: Element | null): string | null => {
  const code = el?.getAttribute('data-code');
  if (code) return `[data-code="${CSS.escape(code)}"]`;
  const href = el instanceof HTMLAnchorElement ? el.getAttribute('href') : null;
  return href ? `a[href="${CSS.escape(href)}"]` : null;
};

/** Where the reader was on a page whose document this tab left, most recent first. */
interface LeftAt {
  address: string;
  scrollY: number;
}
const LEFT_AT_KEY = 'fom-left-at';
/** As many pages as Back is likely to go through. */
const PAGES_LEFT_KEPT = 20;

const isLeftAt = (value: unknown): value is LeftAt =>
  typeof (value as LeftAt | null)?.address === 'string' && typeof (value as LeftAt).scrollY === 'number';

const readLeftAt = (): LeftAt[] => {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(LEFT_AT_KEY) ?? '[]');
    return Array.isArray(kept) ? kept.filter(isLeftAt) : [];
  } catch {
    return [];
  }
};

/** Keeps where the reader is on this page, for its document loaded again (scrollWhenLeft). */
const keepLeftAt = (): void => {
  const address = window.location.pathname + window.location.search;
  const kept = readLeftAt().filter((left) => left.address !== address);
  kept.unshift({ address, scrollY: Math.round(window.scrollY) });
  try {
    sessionStorage.setItem(LEFT_AT_KEY, JSON.stringify(kept.slice(0, PAGES_LEFT_KEPT)));
  } catch {
    // Storage refused (private mode, quota): the browser's own return is all there is.
  }
};

const rememberPlace = (): void => {
  const active = document.activeElement;
  const place: Place = {
    scrollY: window.scrollY,
    focus: focusSelector(active),
    focusTop: active ? active.getBoundingClientRect().top + window.scrollY : 0,
  };
  window.history.replaceState({ ...(window.history.state as object | null), fomPlace: place }, '');
  // Left inside the app, the page's kept place is this one too: Back to it from another site, past the
  // app's other pages, returns here, not to where the document was last left.
  keepLeftAt();
};

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', (event) => {
    if (window.location.pathname !== shownPathname) {
      arrivalPending = true;
      const place: unknown = (event.state as { fomPlace?: unknown } | null)?.fomPlace;
      returningTo = isPlace(place) ? place : null;
    }
    shownPathname = window.location.pathname;
  });
  // The document itself is left (reloaded, or left for another site or page): where the reader was is
  // kept for the page drawn again (scrollWhenLeft). In the tab's session storage: a history entry's state
  // replaced at that moment was lost.
  window.addEventListener('pagehide', keepLeftAt);
}

/**
 * How far down the reader was on this page when its document was last left, if it has been loaded again
 * (a reload; Back or Forward to it), else null. The browser's own return there happens once the page has
 * loaded, before the panels the app draws afterwards (src/components/below-first-screen.tsx) have made it
 * tall enough: it stopped short by up to 1,200 px.
 */
export const scrollWhenLeft = (): number | null => {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (navigation?.type !== 'reload' && navigation?.type !== 'back_forward') return null;
  const address = window.location.pathname + window.location.search;
  return readLeftAt().find((left) => left.address === address)?.scrollY ?? null;
};

/**
 * Back on a page left from a link or a map region: waits until the page is tall enough again and what was
 * followed is there (panels come from the cache at once, a lazy map or table a moment later), then scrolls
 * to where the reader was and focuses it (of several, the one nearest its old place), and holds it there
 * while the page settles (the same scroll offset put the overview's ranked list 520 px lower than the
 * reader left it). After ~2 s, or where nothing was followed, it scrolls and focuses the heading without
 * scrolling to it. Stops waiting as soon as the reader scrolls, types or clicks, or the page goes; returns
 * that stop.
 */
const restorePlace = (place: Place, heading: HTMLElement): (() => void) => {
  let frame = 0;
  let frames = 0;
  let stopHolding = (): void => undefined;
  const stopWatching = onReaderMove(() => stopWaiting());
  const stopWaiting = (): void => {
    cancelAnimationFrame(frame);
    stopWatching();
  };
  const step = (): void => {
    const candidates = place.focus ? [...document.querySelectorAll<HTMLElement>(`main ${place.focus}`)] : [];
    const tallEnough = document.documentElement.scrollHeight - window.innerHeight >= place.scrollY - 1;
    if ((!tallEnough || (place.focus && candidates.length === 0)) && frames++ < 120) {
      frame = requestAnimationFrame(step);
      return;
    }
    stopWaiting();
    window.scrollTo(0, place.scrollY);
    const distance = (el: HTMLElement) => Math.abs(el.getBoundingClientRect().top + window.scrollY - place.focusTop);
    const target = candidates.sort((a, b) => distance(a) - distance(b))[0];
    (target ?? heading).focus({ preventScroll: true });
    if (target) stopHolding = holdInPlace(target, place.focusTop - place.scrollY);
  };
  step();
  return () => {
    stopWaiting();
    stopHolding();
  };
};

/** For a page's heading (with tabIndex -1): focused when the reader has just arrived from another page of the app. */
const useArrivalFocus = <T extends HTMLElement>() => {
  const ref = useRef<T>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    if (!arrivalPending || !ref.current) return;
    arrivalPending = false;
    const place = returningTo;
    returningTo = null;
    if (place) return restorePlace(place, ref.current);
    ref.current.focus({ preventScroll: true });
    return undefined;
  }, [pathname]);
  return ref;
};

/** A page's `<h1>`, which takes focus when the reader arrives from another page of the app. */
export const PageHeading = ({ children }: { children: ReactNode }) => {
  const ref = useArrivalFocus<HTMLHeadingElement>();
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
};

export const navigate = (to: string, options: { replace?: boolean } = {}): void => {
  const url = new URL(to, window.location.href);
  if (url.href === window.location.href) return;
  if (url.pathname !== window.location.pathname) {
    arrivalPending = true;
    returningTo = null;
    if (!options.replace) rememberPlace();
  }
  shownPathname = url.pathname;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
};

/**
 * Sets or removes search parameters, keeping the rest. Filters are replaced in history by default so
 * the back button leaves the page rather than stepping through every click of a selector.
 */
export const updateSearch = (changes: Record<string, string | null | undefined>, options: { push?: boolean } = {}): void => {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  navigate(url.pathname + url.search + url.hash, { replace: !options.push });
};

export const useSearchParam = (name: string): string | null => {
  const { search } = useLocation();
  return new URLSearchParams(search).get(name);
};

/** Builds a link to `pathname` that carries the named search parameters of the current URL. */
export const useLinkWithParams = () => {
  const { search } = useLocation();
  return useCallback(
    (pathname: string, keep: readonly string[], extra: Record<string, string | null> = {}) => {
      const current = new URLSearchParams(search);
      const next = new URLSearchParams();
      for (const key of keep) {
        const value = current.get(key);
        if (value !== null) next.set(key, value);
      }
      for (const [key, value] of Object.entries(extra)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      const qs = next.toString();
      return qs ? `${pathname}?${qs}` : pathname;
    },
    [search],
  );
};

/** Matches "/regions/:code" style patterns; returns the parameters or null. */
export const matchPath = (pattern: string, pathname: string): Record<string, string> | null => {
  const names: string[] = [];
  const source = pattern.replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const match = new RegExp(`^${source}/?$`).exec(pathname);
  if (!match) return null;
  const params: Record<string, string> = {};
  names.forEach((name, i) => {
    try {
      params[name] = decodeURIComponent(match[i + 1] ?? '');
    } catch {
      // A malformed escape such as "%E0%A4%A" stays as typed; the page says it is not a known one.
      params[name] = match[i + 1] ?? '';
    }
  });
  return params;
};

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

export { isPlainClick };

/** An ordinary anchor (so open-in-new-tab works) that navigates in place on a plain click. */
export const Link = ({ to, onClick, ...rest }: LinkProps) => {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainClick(event)) return;
    event.preventDefault();
    navigate(to);
    window.scrollTo(0, 0);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
};

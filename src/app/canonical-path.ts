/**
 * The one address each page is known by. Region codes are written in capitals and direction ids in
 * lower case everywhere (links, the API, /meta, shared addresses), but a code typed by hand or copied
 * from a spreadsheet often is not: `/regions/kz-62` is the region page, not "region not found".
 */
import { DirectionId, RegionCode } from '../api/contract';
import { matchPath } from '../lib/router';

/** The canonical form of `pathname`, or null when it already is canonical (or names no page at all). */
export const canonicalPath = (pathname: string): string | null => {
  const region = matchPath('/regions/:code', pathname);
  if (region) {
    const code = region.code ?? '';
    const upper = code.toUpperCase();
    return upper !== code && RegionCode.safeParse(upper).success ? `/regions/${upper}` : null;
  }
  const direction = matchPath('/directions/:id', pathname);
  if (direction) {
    const id = direction.id ?? '';
    const lower = id.toLowerCase();
    return lower !== id && DirectionId.safeParse(lower).success ? `/directions/${lower}` : null;
  }
  return null;
};

/**
 * Where a server should redirect a request for `url` (path and query), or null: the canonical path with
 * the query kept, so the page's language, period and other view state survive the redirect.
 */
export const canonicalLocation = (url: string): string | null => {
  const parsed = new URL(url, 'http://localhost');
  const path = canonicalPath(parsed.pathname);
  return path === null ? null : `${path}${parsed.search}`;
};

/**
 * In the browser, before anything reads the address: an address typed in another case is shown, and
 * kept in history, in its canonical form (the server redirects already; this covers a static host).
 */
export const canonicalizeAddress = (win: Pick<Window, 'location' | 'history'> = window): void => {
  const path = canonicalPath(win.location.pathname);
  if (path !== null) win.history.replaceState(null, '', `${path}${win.location.search}${win.location.hash}`);
};

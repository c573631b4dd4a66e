/**
 * The document's title (WCAG 2.4.2): the page, as its heading names it, in the reader's language, then
 * the product — "Ұлытау облысы — Front-Office Monitor", "Регионы — Front-Office Monitor".
 *
 * A pure function of the address, the language and /meta, so the server writes into the page it renders
 * (src/app/render-first-screen.tsx) the very title the browser then keeps up to date as the reader
 * navigates or switches language (`DocumentTitle` in src/app/app.tsx). The title lives in `<head>`, out
 * of React's tree: it is set, never hydrated.
 */
import { DirectionId, RegionCode, type Meta } from '../api/contract';
import { commonMessages } from '../lib/i18n/common-messages';
import { createFormatter } from '../lib/i18n/format';
import type { Locale } from '../lib/i18n/locales';
import { capitalise, defineMessages, translate, type MessageParams } from '../lib/i18n/messages';
import { matchPath } from '../lib/router';
import { notFoundMessages } from './routes/not-found';

// The region's and direction's not-found headings are repeated here: those pages' catalogs travel in
// the regions' and directions' chunks, which the entry should not load for a title.
const messages = defineMessages({
  kk: {
    title: '{page} — {product}',
    regionNotFound: 'Өңір табылмады',
    directionNotFound: 'Бағыт табылмады',
  },
  ru: {
    title: '{page} — {product}',
    regionNotFound: 'Регион не найден',
    directionNotFound: 'Направление не найдено',
  },
  en: {
    title: '{page} — {product}',
    regionNotFound: 'Region not found',
    directionNotFound: 'Direction not found',
  },
});

type CommonKey = keyof (typeof commonMessages)['en'];

/** The pages named like their link in the navigation (the routes of src/app/app.tsx). */
const SECTIONS: ReadonlyArray<readonly [path: string, name: CommonKey]> = [
  ['/', 'navOverview'],
  ['/regions', 'navRegions'],
  ['/directions', 'navDirections'],
  ['/roadmap', 'navRoadmap'],
  ['/activity', 'navActivity'],
  ['/wall', 'navWall'],
];

/** Which page an address shows, as far as /meta (once here) tells: a section, a region, a direction, or none. */
type PageIdentity =
  | { kind: 'section'; name: CommonKey }
  | { kind: 'region'; name: string | null }
  | { kind: 'direction'; name: string | null }
  | { kind: 'missing'; heading: 'regionNotFound' | 'directionNotFound' | 'notFound' };

const identify = (pathname: string, locale: Locale, meta: Meta | undefined): PageIdentity => {
  for (const [path, name] of SECTIONS) if (matchPath(path, pathname)) return { kind: 'section', name };
  // One region or direction: its name once /meta is here (unknown until then), or missing where the page
  // says so: a malformed code at once, an unknown region once /meta lists the real ones.
  const region = matchPath('/regions/:code', pathname);
  if (region) {
    const code = region.code ?? '';
    if (!RegionCode.safeParse(code).success) return { kind: 'missing', heading: 'regionNotFound' };
    if (!meta) return { kind: 'region', name: null };
    const found = meta.regions.find((r) => r.code === code);
    // The title starts with it: «Область Ұлытау — …», as the page's heading.
    return found ? { kind: 'region', name: capitalise(found.name[locale].trim()) || null } : { kind: 'missing', heading: 'regionNotFound' };
  }
  const direction = matchPath('/directions/:id', pathname);
  if (direction) {
    if (!DirectionId.safeParse(direction.id).success) return { kind: 'missing', heading: 'directionNotFound' };
    const found = meta?.directions.find((d) => d.id === direction.id);
    return { kind: 'direction', name: found?.name[locale].trim() || null };
  }
  return { kind: 'missing', heading: 'notFound' };
};

/**
 * The HTTP status a server should send with the page: 404 where the app shows a "not found" page (an
 * unknown address, a malformed code, a region /meta does not list), so that crawlers, link checkers and
 * monitoring see what the reader sees; without /meta an unknown but well-formed region code passes.
 */
export const pageStatus = (pathname: string, meta: Meta | undefined): 200 | 404 =>
  identify(pathname, 'en', meta).kind === 'missing' ? 404 : 200;

export const pageTitle = (pathname: string, locale: Locale, meta: Meta | undefined): string => {
  const format = createFormatter(locale);
  const common = (key: CommonKey) => translate(commonMessages, locale, format, key);
  const own = (key: keyof (typeof messages)['en'], params?: MessageParams) => translate(messages, locale, format, key, params);

  const page = identify(pathname, locale, meta);
  const pageName = (): string => {
    switch (page.kind) {
      case 'section':
        return common(page.name);
      case 'region':
        return page.name ?? common('navRegions');
      case 'direction':
        return page.name ?? common('navDirections');
      case 'missing':
        return page.heading === 'notFound' ? translate(notFoundMessages, locale, format, 'title') : own(page.heading);
    }
  };

  return own('title', { page: pageName(), product: common('productName') });
};

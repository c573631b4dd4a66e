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
import { defineMessages, translate, type MessageParams } from '../lib/i18n/messages';
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

export const pageTitle = (pathname: string, locale: Locale, meta: Meta | undefined): string => {
  const format = createFormatter(locale);
  const common = (key: CommonKey) => translate(commonMessages, locale, format, key);
  const own = (key: keyof (typeof messages)['en'], params?: MessageParams) => translate(messages, locale, format, key, params);

  const pageName = (): string => {
    for (const [path, name] of SECTIONS) if (matchPath(path, pathname)) return common(name);
    // One region or direction: its name once /meta is here (the section's until then), or "not found"
    // where the page says so: a malformed code at once, an unknown region once /meta lists the real ones.
    const region = matchPath('/regions/:code', pathname);
    if (region) {
      const code = region.code ?? '';
      if (!RegionCode.safeParse(code).success) return own('regionNotFound');
      if (!meta) return common('navRegions');
      const found = meta.regions.find((r) => r.code === code);
      return found ? found.name[locale].trim() || common('navRegions') : own('regionNotFound');
    }
    const direction = matchPath('/directions/:id', pathname);
    if (direction) {
      if (!DirectionId.safeParse(direction.id).success) return own('directionNotFound');
      const found = meta?.directions.find((d) => d.id === direction.id);
      return found?.name[locale].trim() || common('navDirections');
    }
    return translate(notFoundMessages, locale, format, 'title');
  };

  return own('title', { page: pageName(), product: common('productName') });
};

/**
 * The current language, read from `?lang=` (remembered across visits), and the hooks views use to
 * translate and format. The language is remembered in a cookie, which a server that renders the first
 * screen (src/app/render-first-screen.tsx) reads too, so the page arrives in the reader's language.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { updateSearch, useSearchParam } from '../router';
import { createFormatter, type Formatter } from './format';
import { LANGUAGE_TAG, isLocale, type Locale } from './locales';
import { translate, type Catalog, type MessageParams, type Translate } from './messages';

export const LOCALE_COOKIE = 'fom_lang';

/** The language to show: the URL's (`?lang=`), else the one remembered, else the configured default. */
export const chooseLocale = (fromUrl: string | null, remembered: Locale | null, fallback: Locale): Locale =>
  isLocale(fromUrl) ? fromUrl : (remembered ?? fallback);

/**
 * The query string with the language shown in it, or null when it names a language already: an address
 * copied from the browser then opens in the language it was copied in. Without it, a reader whose
 * language came from an earlier visit (the cookie) shared pages that opened in Kazakh, or in each
 * colleague's own language. Added at the end, the rest of the query as it was.
 */
export const searchWithLocale = (search: string, locale: Locale): string | null => {
  const params = new URLSearchParams(search);
  if (isLocale(params.get('lang'))) return null;
  if (!params.has('lang')) return `${search && search !== '?' ? `${search}&` : '?'}lang=${locale}`;
  params.set('lang', locale);
  return `?${params.toString()}`;
};

/** The language remembered in a request's `Cookie` header, if any. */
export const localeFromCookie = (cookieHeader: string | undefined): Locale | null => {
  const value = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]{2})(?:;|$)`).exec(cookieHeader ?? '')?.[1];
  return isLocale(value) ? value : null;
};

interface I18nValue {
  locale: Locale;
  format: Formatter;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

/**
 * The language this browser remembers, from the cookie: the one the server rendered the first screen in
 * too, so the two cannot disagree. None on the server.
 * Not also kept in localStorage, as it was until 2026-12-04: the two could disagree (the page was then
 * drawn again over the server's); a page's first use of localStorage waits on the browser to open the
 * origin's storage (18 ms of a start-up task in one profile of a phone's load); and a browser that
 * refuses cookies refuses storage too.
 */
export const rememberedLocale = (): Locale | null => (typeof window === 'undefined' ? null : localeFromCookie(document.cookie));

export const I18nProvider = ({ defaultLocale, children }: { defaultLocale: Locale; children: ReactNode }) => {
  const fromUrl = useSearchParam('lang');
  const locale = chooseLocale(fromUrl, rememberedLocale(), defaultLocale);

  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAG[locale].slice(0, 2);
    // Where cookies are off, the URL still carries the language.
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; SameSite=Lax`;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => updateSearch({ lang: next }), []);
  const value = useMemo(() => ({ locale, format: createFormatter(locale), setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

export const useI18n = (): I18nValue => {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
};

/** `const t = useMessages(catalog)` then `t('title')`, `t('volunteers', { count: 3 })`. */
export const useMessages = <K extends string>(catalog: Catalog<K>): Translate<K> => {
  const { locale, format } = useI18n();
  return useCallback((key: K, params?: MessageParams) => translate(catalog, locale, format, key, params), [catalog, locale, format]);
};

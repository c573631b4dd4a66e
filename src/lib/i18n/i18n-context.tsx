/**
 * The current language, read from `?lang=` (remembered across visits), and the hooks views use to
 * translate and format. Switching language waits until the language's data is ready.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { updateSearch, useSearchParam } from '../router';
import { createFormatter, prepareLocale, type Formatter } from './format';
import { LANGUAGE_TAG, isLocale, type Locale } from './locales';
import { translate, type Catalog, type MessageParams, type Translate } from './messages';

const STORAGE_KEY = 'fom.lang';

interface I18nValue {
  locale: Locale;
  format: Formatter;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

export const rememberedLocale = (): Locale | null => {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
};

/** The language to show first: the URL's, else the one remembered, else the configured default. */
export const initialLocale = (defaultLocale: Locale): Locale => {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  return isLocale(fromUrl) ? fromUrl : (rememberedLocale() ?? defaultLocale);
};

export const I18nProvider = ({ defaultLocale, children }: { defaultLocale: Locale; children: ReactNode }) => {
  const fromUrl = useSearchParam('lang');
  const wanted: Locale = isLocale(fromUrl) ? fromUrl : (rememberedLocale() ?? defaultLocale);
  // The locale shown lags the URL only while a missing language's data loads (a few ms, once).
  const [ready, setReady] = useState<Locale | null>(null);

  useEffect(() => {
    let cancelled = false;
    void prepareLocale(wanted).then(() => {
      if (!cancelled) setReady(wanted);
    });
    return () => {
      cancelled = true;
    };
  }, [wanted]);

  useEffect(() => {
    if (!ready) return;
    document.documentElement.lang = LANGUAGE_TAG[ready].slice(0, 2);
    try {
      window.localStorage.setItem(STORAGE_KEY, ready);
    } catch {
      // Private mode or a kiosk with storage off: the URL still carries the language.
    }
  }, [ready]);

  const setLocale = useCallback((locale: Locale) => updateSearch({ lang: locale }), []);
  const value = useMemo(() => (ready ? { locale: ready, format: createFormatter(ready), setLocale } : null), [ready, setLocale]);
  if (!value) return null;
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

/**
 * CLDR plural categories for our three languages, written out because they are short and must not
 * depend on the browser's locale data (Debian's Chromium lacks parts of Kazakh).
 */
import type { Locale } from './locales';

export type PluralCategory = 'one' | 'few' | 'many' | 'other';

export const pluralCategory = (locale: Locale, n: number): PluralCategory => {
  const abs = Math.abs(n);
  if (!Number.isInteger(abs)) return 'other';
  if (locale === 'ru') {
    const mod10 = abs % 10;
    const mod100 = abs % 100;
    if (mod10 === 1 && mod100 !== 11) return 'one';
    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'few';
    return 'many';
  }
  // Kazakh and English: "one" for exactly 1, "other" otherwise.
  return abs === 1 ? 'one' : 'other';
};

/**
 * Alphabetical order of names (regions in lists, menus and table columns) in each language, from our
 * own alphabets rather than the browser's collation:
 * - Debian's Chromium has no Kazakh collation: `Intl.Collator('kk')` resolves to en-US, which puts
 *   і right after и and ү before ұ, where the Kazakh alphabet has ұ, ү and, near its end, і.
 * - The first `localeCompare(…, 'kk')` loads ICU's collation data: a 26 ms task on `/directions`.
 *
 * Order: spaces and punctuation, digits, Latin, then Cyrillic in the language's alphabet; letters
 * outside these by code point after them. Case does not order names, it only breaks ties.
 *
 * Russian names are ordered by their proper name, as an index lists them: the official "город Алматы"
 * and "область Абай" come under А, not under Г and О with every other city and new region.
 */
import type { Locale } from './locales';

/** The Kazakh Cyrillic alphabet (42 letters), in its order. */
const KAZAKH = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
/** The Russian alphabet with the Kazakh letters after the Russian letter they are built on. */
const RUSSIAN = 'аәбвгғдеёжзиійкқлмнңоөпрстуұүфхһцчшщъыьэюя';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

const DIGIT_RANK = 1_000;
const LATIN_RANK = 2_000;
const CYRILLIC_RANK = 3_000;
const OTHER_LETTER_RANK = 10_000;

const ALPHABET: Record<Locale, string> = { kk: KAZAKH, ru: RUSSIAN, en: KAZAKH };
/** Letters a language does not tell apart in order: Russian sorts ё with е. */
const SAME_AS: Record<Locale, Record<string, string>> = { kk: {}, ru: { ё: 'е' }, en: {} };

const rankTable = (locale: Locale): Map<string, number> => {
  const ranks = new Map<string, number>();
  [...DIGITS].forEach((c, i) => ranks.set(c, DIGIT_RANK + i));
  [...LATIN].forEach((c, i) => ranks.set(c, LATIN_RANK + i));
  [...ALPHABET[locale]].forEach((c, i) => ranks.set(c, CYRILLIC_RANK + i));
  for (const [letter, base] of Object.entries(SAME_AS[locale])) ranks.set(letter, ranks.get(base) ?? 0);
  return ranks;
};

/**
 * Compares identifiers (region codes, series keys) character by character, with no language's rules.
 * `localeCompare` without a locale still loads the browser's collation data on first use (~25 ms).
 */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Words a Russian official name may begin with before the proper name ("город Астана", "область Жетісу"):
 * in lower case and followed by a capital, so "Город добра" or "Город Мастеров" keep their place under Г.
 */
const LEADING_GENERIC: Partial<Record<Locale, RegExp>> = { ru: /^(?:город|область)\s+(?=\p{Lu})/u };

/** The part of a name that orders it: without a leading generic word where the language puts one first. */
const sortingName = (name: string, locale: Locale): string => name.replace(LEADING_GENERIC[locale] ?? /^$/, '');

const comparators = new Map<Locale, (a: string, b: string) => number>();

/** Compares two names in the alphabetical order of `locale` (a comparator for `Array.prototype.sort`). */
export const compareText = (locale: Locale): ((a: string, b: string) => number) => {
  let compare = comparators.get(locale);
  if (compare) return compare;
  const ranks = rankTable(locale);
  const rank = (char: string): number => {
    const known = ranks.get(char);
    if (known !== undefined) return known;
    const code = char.charCodeAt(0);
    // Spaces, punctuation and symbols come before every letter and digit ("Алматы" < "Алматы облысы").
    return /\p{L}/u.test(char) ? OTHER_LETTER_RANK + code : code - DIGIT_RANK * 100;
  };
  const byLetters = (a: string, b: string): number => {
    // Composed first: "й" typed as и + a combining breve is the letter й, not и followed by a mark.
    const x = a.normalize('NFC').toLowerCase();
    const y = b.normalize('NFC').toLowerCase();
    const shorter = Math.min(x.length, y.length);
    for (let i = 0; i < shorter; i++) {
      const p = x[i] ?? '';
      const q = y[i] ?? '';
      if (p !== q) {
        const difference = rank(p) - rank(q);
        if (difference !== 0) return difference;
      }
    }
    return x.length - y.length || compareCodeUnits(a, b);
  };
  compare = (a, b) => byLetters(sortingName(a, locale), sortingName(b, locale)) || byLetters(a, b);
  comparators.set(locale, compare);
  return compare;
};

/** Items named in every language (regions of /meta), in the alphabetical order of their names in `locale`; a new array. */
export const byLocalisedName = <T extends { name: Readonly<Record<Locale, string>> }>(items: readonly T[], locale: Locale): T[] => {
  const compare = compareText(locale);
  return [...items].sort((a, b) => compare(a.name[locale], b.name[locale]));
};

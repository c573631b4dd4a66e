/**
 * Message catalogs. Each feature defines its own with `defineMessages`, whose type makes every
 * language carry every key. Plural messages give the CLDR forms each language needs; `{name}`
 * placeholders are filled with already formatted text, `{count}` is formatted as a number.
 */
import { pluralCategory, type PluralCategory } from './plural';
import type { Formatter } from './format';
import type { Locale } from './locales';

export type Plural = Partial<Record<PluralCategory, string>> & { other: string };
export type Message = string | Plural;
export type Catalog<K extends string> = Record<Locale, Record<K, Message>>;

export const defineMessages = <K extends string>(catalog: Catalog<K>): Catalog<K> => catalog;

export type MessageParams = Record<string, string | number>;

export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

export const translate = <K extends string>(
  catalog: Catalog<K>,
  locale: Locale,
  format: Formatter,
  key: K,
  params: MessageParams = {},
): string => {
  const message = catalog[locale][key];
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = typeof params.count === 'number' ? params.count : 0;
    text = message[pluralCategory(locale, count)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? format.number(value, { maxFractionDigits: 1 }) : value;
  });
};

/**
 * A sentence that starts with a placeholder needs its first letter in capitals: Russian month names and
 * periods are lower case ("ноябрь 2026: …", "янв. 2026 – …").
 */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A label put inside a phrase, in brackets or after a comma: "(волонтёры на 10 000 жителей)", not "(Волонтёры …)". */
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

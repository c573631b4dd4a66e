/** The three languages of the product and how to recognise them in a URL. */
import { LOCALES } from '../../config/runtime-config';

export { LOCALES };
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** BCP 47 tags for Intl and for the `lang` attribute. */
export const LANGUAGE_TAG: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** Each language's name in itself, for the language switch. */
export const ENDONYM: Record<Locale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

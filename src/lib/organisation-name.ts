/**
 * Organisations have registered names in Kazakh and Russian, none in English: a reader of the English
 * pages sees the Russian one, as in the organisations table and its sort (`nameLang`).
 */
import type { ActivityEvent, NameLanguage } from '../api/contract';
import type { Locale } from './i18n/locales';

export const nameLanguageOf = (locale: Locale): NameLanguage => (locale === 'kk' ? 'kk' : 'ru');

/** What an event is about: its organisation's name in the reader's language, else the source system's text. */
export const eventSubject = (event: Pick<ActivityEvent, 'subject' | 'organization'>, locale: Locale): string =>
  event.organization ? event.organization.name[nameLanguageOf(locale)] : event.subject;

/**
 * Number and month data of each language. The app formats with this table, never with the browser's
 * Intl data: Debian's Chromium prints Kazakh as "1,234,567.5" with months "M01", and probing Intl to
 * find out cost ~30 ms of start-up. A unit test checks the table against ICU where ICU is complete.
 */
import type { Locale } from './locales';

export interface LocaleData {
  group: string;
  decimal: string;
  /** Text between a number and "%". */
  percentGap: string;
  months: readonly string[];
  monthsShort: readonly string[];
  /** Month names as used inside a full date ("22 ноября"). */
  monthsInDate: readonly string[];
  /** The word before the last item of a list ("A, B and C"): Intl.ListFormat lacks Kazakh in Debian's Chromium. */
  and: string;
}

const NBSP = '\u00a0';

export const LOCALE_DATA: Record<Locale, LocaleData> = {
  kk: {
    group: NBSP,
    decimal: ',',
    percentGap: NBSP,
    months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    monthsShort: ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'],
    monthsInDate: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    and: 'және',
  },
  ru: {
    group: NBSP,
    decimal: ',',
    percentGap: NBSP,
    months: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    monthsShort: ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
    monthsInDate: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    and: 'и',
  },
  en: {
    group: ',',
    decimal: '.',
    percentGap: '',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    monthsInDate: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    and: 'and',
  },
};

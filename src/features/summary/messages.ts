/** Text of the national KPI panel and the wall's KPI scene. */
import { defineMessages } from '../../lib/i18n/messages';

export const summaryMessages = defineMessages({
  kk: {
    panelTitle: 'Ұлттық көрсеткіштер',
    kpisMissing: '/summary жауабында мына көрсеткіштердің мәні жоқ: {names}.',
  },
  ru: {
    panelTitle: 'Национальные показатели',
    kpisMissing: 'В ответе /summary нет значений показателей: {names}.',
  },
  en: {
    panelTitle: 'National indicators',
    kpisMissing: 'The answer from /summary has no figure for: {names}.',
  },
});

/** Text of the national KPI panel. */
import { defineMessages } from '../../lib/i18n/messages';

export const summaryMessages = defineMessages({
  kk: {
    panelTitle: 'Ұлттық көрсеткіштер',
  },
  ru: {
    panelTitle: 'Национальные показатели',
  },
  en: {
    panelTitle: 'National indicators',
  },
});

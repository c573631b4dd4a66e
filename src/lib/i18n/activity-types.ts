/**
 * What each type of activity event is called, in one place: the live feed (/activity), its filter and its
 * CSV, and a region's recent activity name the same event the same way.
 */
import type { ActivityType } from '../../api/contract';
import { defineMessages } from './messages';

export const activityTypeMessages = defineMessages<ActivityType>({
  kk: {
    requestOpened: 'Көмекке өтінім ашылды',
    requestClosed: 'Өтінім жабылды',
    actionCompleted: 'Акция өткізілді',
    organisationRegistered: 'Ұйым тіркелді',
  },
  ru: {
    requestOpened: 'Заявка на помощь открыта',
    requestClosed: 'Заявка закрыта',
    actionCompleted: 'Акция проведена',
    organisationRegistered: 'Организация зарегистрирована',
  },
  en: {
    requestOpened: 'Request for help opened',
    requestClosed: 'Request closed',
    actionCompleted: 'Action completed',
    organisationRegistered: 'Organisation registered',
  },
});

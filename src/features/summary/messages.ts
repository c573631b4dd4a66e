/** Text of the national KPI panel. */
import { defineMessages } from '../../lib/i18n/messages';

export const summaryMessages = defineMessages({
  kk: {
    panelTitle: 'Ұлттық көрсеткіштер',
    up: '{comparison} {percent} өсім ({absolute})',
    down: '{comparison} {percent} төмендеу ({absolute})',
    flat: '{comparison} өзгеріссіз',
    nearlyFlat: '{comparison} іс жүзінде өзгеріссіз ({absolute})',
    upNoPercent: '{comparison} {absolute} өсім',
    vsPrevious: 'алдыңғы кезеңмен салыстырғанда',
    vsYearAgo: 'өткен жылмен салыстырғанда',
    endOfPeriod: 'кезең соңында',
    overPeriod: 'кезең ішінде',
    tileFailed: 'жүктелмеді',
  },
  ru: {
    panelTitle: 'Национальные показатели',
    up: 'рост на {percent} ({absolute}) {comparison}',
    down: 'снижение на {percent} ({absolute}) {comparison}',
    flat: 'без изменений {comparison}',
    nearlyFlat: 'практически без изменений ({absolute}) {comparison}',
    upNoPercent: 'рост на {absolute} {comparison}',
    vsPrevious: 'к предыдущему периоду',
    vsYearAgo: 'к тому же периоду прошлого года',
    endOfPeriod: 'на конец периода',
    overPeriod: 'за период',
    tileFailed: 'не загрузилось',
  },
  en: {
    panelTitle: 'National indicators',
    up: 'up {percent} ({absolute}) {comparison}',
    down: 'down {percent} ({absolute}) {comparison}',
    flat: 'unchanged {comparison}',
    nearlyFlat: 'practically unchanged ({absolute}) {comparison}',
    upNoPercent: 'up {absolute} {comparison}',
    vsPrevious: 'on the previous period',
    vsYearAgo: 'on the same period last year',
    endOfPeriod: 'at end of period',
    overPeriod: 'over the period',
    tileFailed: 'failed to load',
  },
});

// Reference data for /meta: regions, directions and metrics with their names in Kazakh, Russian and English.
import { DIRECTION_IDS, METRIC_IDS } from '../../src/api/contract';
import type { Direction, DirectionId, LocalizedText, Meta, Metric, MetricId, Region } from '../../src/api/contract';
import { DATA_FROM } from './calendar';
import type { DemoModel } from './cube';
import { NATIONAL_POPULATION, REGION_UNITS } from './geography';
import { isStock } from './national';

export const DIRECTION_NAMES: Record<DirectionId, LocalizedText> = {
  elderly: {
    kk: 'Қарттар мен жалғыз басты адамдарға көмек',
    ru: 'Помощь пожилым и одиноким людям',
    en: 'Help to elderly and lonely people',
  },
  hardship: {
    kk: 'Қиын өмірлік жағдайдағы адамдарды қолдау',
    ru: 'Поддержка людей в трудной жизненной ситуации',
    en: 'Support for people in difficult life situations',
  },
  ecology: { kk: 'Экологиялық волонтерлік', ru: 'Экологическое волонтёрство', en: 'Environmental volunteering' },
  emergencies: {
    kk: 'Төтенше жағдайларға ден қою және салдарын жою',
    ru: 'Реагирование на чрезвычайные ситуации и ликвидация их последствий',
    en: 'Emergency response and recovery',
  },
  events: { kk: 'Іс-шаралық волонтерлік', ru: 'Событийное волонтёрство', en: 'Event volunteering' },
  health: { kk: 'Медициналық волонтерлік', ru: 'Медицинское волонтёрство', en: 'Health and medical volunteering' },
  education: { kk: 'Білім беру және тәлімгерлік', ru: 'Образование и наставничество', en: 'Education and mentoring' },
  culture: { kk: 'Мәдениет және мәдени мұра', ru: 'Культура и культурное наследие', en: 'Culture and heritage' },
  animals: { kk: 'Жануарларды қорғау', ru: 'Защита животных', en: 'Animal welfare' },
  sport: { kk: 'Спорттық волонтерлік', ru: 'Спортивное волонтёрство', en: 'Sports volunteering' },
};

/** The four directions the ministry names (help to the elderly, hardship, ecology, emergencies). */
const MINISTRY_PRIORITIES: ReadonlySet<DirectionId> = new Set(['elderly', 'hardship', 'ecology', 'emergencies']);

export const METRIC_NAMES: Record<MetricId, LocalizedText> = {
  volunteers: { kk: 'Еріктілер', ru: 'Волонтёры', en: 'Volunteers' },
  organisations: { kk: 'Волонтерлік ұйымдар', ru: 'Волонтёрские организации', en: 'Volunteer organisations' },
  projects: { kk: 'Белсенді жобалар', ru: 'Активные проекты', en: 'Active projects' },
  actions: { kk: 'Волонтерлік акциялар', ru: 'Волонтёрские акции', en: 'Volunteer actions' },
  peopleHelped: { kk: 'Көмек алған адамдар', ru: 'Получили помощь', en: 'People helped' },
  openRequests: { kk: 'Ашық көмек өтінімдері', ru: 'Открытые заявки на помощь', en: 'Open requests for help' },
};

const METRIC_UNITS: Record<MetricId, Metric['unit']> = {
  volunteers: 'people',
  organisations: 'count',
  projects: 'count',
  actions: 'count',
  peopleHelped: 'people',
  openRequests: 'count',
};

export const REGIONS: readonly Region[] = REGION_UNITS.map((u) => ({
  code: u.code,
  type: u.type,
  name: { kk: u.name.kk, ru: u.name.ru, en: u.name.en },
  centre: { name: { kk: u.centre.kk, ru: u.centre.ru, en: u.centre.en }, lat: u.centre.lat, lon: u.centre.lon },
  population: u.population,
  populationAsOf: u.populationAsOf,
  populationEstimated: u.populationSource === 'estimate',
}));

export const DIRECTIONS: readonly Direction[] = DIRECTION_IDS.map((id) => ({
  id,
  name: DIRECTION_NAMES[id],
  ministryPriority: MINISTRY_PRIORITIES.has(id),
}));

export const METRICS: readonly Metric[] = METRIC_IDS.map((id) => ({
  id,
  unit: METRIC_UNITS[id],
  kind: isStock(id) ? 'stock' : 'flow',
  name: METRIC_NAMES[id],
}));

export const buildMeta = (model: DemoModel): Meta => ({
  apiVersion: '1',
  demo: true,
  asOf: model.asOf,
  dataFrom: DATA_FROM,
  nationalPopulation: NATIONAL_POPULATION,
  regions: [...REGIONS],
  directions: [...DIRECTIONS],
  metrics: [...METRICS],
});

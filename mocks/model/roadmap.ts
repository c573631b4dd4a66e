// The 2024–2026 roadmap: indicators (actuals from the model, synthetic targets) and measures whose progress moves with time.
import { DIRECTION_IDS } from '../../src/api/contract';
import type { LocalizedText, MonthlyPoint, Roadmap, RoadmapIndicator, RoadmapIndicatorId, RoadmapMeasure } from '../../src/api/contract';
import { allocate } from './allocate';
import { monthFromIndex, monthIndex } from './calendar';
import type { DemoModel } from './cube';
import { NATIONAL_POPULATION, REGION_CODES, REGION_UNITS, characterOf } from './geography';
import { jitter } from './random';
import { directionWeights, regionWeights } from './shares';

const RESPONSIBLE = {
  culture: {
    kk: 'Қазақстан Республикасы Мәдениет және ақпарат министрлігі',
    ru: 'Министерство культуры и информации Республики Казахстан',
    en: 'Ministry of Culture and Information',
  },
  emergencies: {
    kk: 'Қазақстан Республикасы Төтенше жағдайлар министрлігі',
    ru: 'Министерство по чрезвычайным ситуациям Республики Казахстан',
    en: 'Ministry of Emergency Situations',
  },
  akimats: {
    kk: 'Облыстардың, республикалық маңызы бар қалалардың әкімдіктері',
    ru: 'Акиматы областей и городов республиканского значения',
    en: 'Regional akimats',
  },
  network: { kk: 'Ұлттық волонтерлік желі', ru: 'Национальная волонтёрская сеть', en: 'National Volunteer Network' },
  labour: {
    kk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі',
    ru: 'Министерство труда и социальной защиты населения Республики Казахстан',
    en: 'Ministry of Labour and Social Protection of the Population',
  },
  digital: {
    kk: 'Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі',
    ru: 'Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан',
    en: 'Ministry of Digital Development, Innovation and Aerospace Industry',
  },
  education: {
    kk: 'Қазақстан Республикасы Оқу-ағарту министрлігі',
    ru: 'Министерство просвещения Республики Казахстан',
    en: 'Ministry of Education',
  },
  health: {
    kk: 'Қазақстан Республикасы Денсаулық сақтау министрлігі',
    ru: 'Министерство здравоохранения Республики Казахстан',
    en: 'Ministry of Health',
  },
} satisfies Record<string, LocalizedText>;

const TITLE: LocalizedText = {
  kk: 'Волонтерлік қызметті дамыту мен қолдаудың 2024–2026 жылдарға арналған жол картасы',
  ru: 'Дорожная карта по развитию и поддержке волонтёрской деятельности на 2024–2026 годы',
  en: 'Roadmap for the development and support of volunteering 2024–2026',
};

const ROADMAP_START_IDX = monthIndex('2024-01');
const BASELINE_MONTH = '2023-12';

type Anchor = readonly [string, number];

/** Registries kept outside the volunteer cube (MES's emergency volunteers, silver volunteers): anchored curves. */
const EMERGENCY_ANCHORS: readonly Anchor[] = [
  ['2023-12', 47_100], // "> 47,000 volunteers" work with MES (Jan 2024)
  ['2024-03', 47_600],
  ['2024-06', 49_800], // the spring floods: ~50,000 helped, many registered
  ['2024-12', 50_200],
  ['2025-12', 51_400],
  ['2026-11', 52_400],
  ['2026-12', 52_500],
];
const SILVER_ANCHORS: readonly Anchor[] = [
  ['2023-12', 5_150],
  ['2024-12', 5_600],
  ['2025-12', 6_020], // "6,000 silver volunteers" (Dec 2025)
  ['2026-11', 6_400],
  ['2026-12', 6_430],
];

const interpolate = (anchors: readonly Anchor[], idx: number): number => {
  const points = anchors.map(([m, v]) => [monthIndex(m), v] as const);
  let prev = points[0] ?? ([idx, 0] as const);
  if (idx <= prev[0]) return prev[1];
  for (const p of points) {
    if (idx <= p[0]) return prev[1] + ((p[1] - prev[1]) * (idx - prev[0])) / (p[0] - prev[0] || 1);
    prev = p;
  }
  const before = points[points.length - 2] ?? prev;
  return prev[1] + ((prev[1] - before[1]) * (idx - prev[0])) / (prev[0] - before[0] || 1);
};

/** A registry curve at a month; the current month moves from last month's value by the elapsed fraction. */
const registryAt = (model: DemoModel, anchors: readonly Anchor[], idx: number): number => {
  if (idx !== model.position.monthIdx) return Math.round(interpolate(anchors, idx));
  const prev = interpolate(anchors, idx - 1);
  return Math.round(prev + (interpolate(anchors, idx) - prev) * model.position.fraction);
};

interface IndicatorSpec {
  id: RoadmapIndicatorId;
  name: LocalizedText;
  unit: RoadmapIndicator['unit'];
  cumulative: boolean;
  responsible: LocalizedText;
  /** Targets for 2024, 2025, 2026; synthetic (the roadmap's real targets are not published). */
  targets: readonly [number, number, number];
  /** The value in a month (for cumulative=false: the month's own flow). */
  actual: (model: DemoModel, idx: number) => number | null;
  baseline: (model: DemoModel) => number | null;
  byRegion: ((model: DemoModel, nationalActual: number, target2026: number) => RoadmapIndicator['byRegion']) | null;
}

const BASELINE_IDX = monthIndex(BASELINE_MONTH);
const EMERGENCIES = DIRECTION_IDS.indexOf('emergencies');

/**
 * Splits a 2026 target over regions by fixed weights, with some regions set higher bars than others. A
 * target is a plan fixed in advance: split by the regions' current actuals, it moved with the clock
 * (Ulytau's volunteer target was 2201 at one minute and 2202 nine minutes later).
 */
const regionalTargets = (weights: readonly number[], target: number, key: string): number[] =>
  allocate(
    target,
    weights.map((w, r) => w * (1 + 0.12 * jitter('roadmap-target', key, REGION_CODES[r] ?? r))),
  );

/**
 * The regions' shares in the baseline month the roadmap was drawn up on (Dec 2023; it was approved in
 * Jan 2024). Straight from the model's shares, not from the cube, so they are the same whatever the demo
 * clock says (even before that month).
 */
const baselineShares = (metric: 'volunteers' | 'organisations'): number[] => regionWeights(metric, BASELINE_IDX);

/** The baseline's volunteers in the emergencies direction: the flood regions weigh most. */
const baselineEmergencyShares = (): number[] =>
  baselineShares('volunteers').map((w, r) => {
    const mix = directionWeights('volunteers', r, BASELINE_IDX);
    const sum = mix.reduce((s, v) => s + v, 0);
    return sum > 0 ? (w * (mix[EMERGENCIES] ?? 0)) / sum : 0;
  });

const byRegionFromModel =
  (metric: 'volunteers' | 'organisations') =>
  (model: DemoModel, _national: number, target: number): RoadmapIndicator['byRegion'] => {
    const actuals = REGION_CODES.map((c) => model.value(metric, model.position.monthIdx, c) ?? 0);
    const targets = regionalTargets(baselineShares(metric), target, metric);
    return REGION_CODES.map((code, r) => ({ code, actual: actuals[r] ?? 0, target2026: targets[r] ?? 0 }));
  };

const byRegionByWeights =
  (key: string, weightsOf: (model: DemoModel) => number[], targetWeights: () => number[]) =>
  (model: DemoModel, national: number, target: number): RoadmapIndicator['byRegion'] => {
    const actuals = allocate(national, weightsOf(model));
    const targets = regionalTargets(targetWeights(), target, key);
    return REGION_CODES.map((code, r) => ({ code, actual: actuals[r] ?? 0, target2026: targets[r] ?? 0 }));
  };

/** Older volunteers live where older people live: the north and east. */
const silverWeights = (): number[] => REGION_UNITS.map((u) => u.population * characterOf(u.code).silver);

const sumFlowYear = (model: DemoModel, metric: 'peopleHelped', year: number): number | null =>
  model.periodValue(metric, { from: `${year}-01`, to: `${year}-12` });

/**
 * The indicators. Against their 2026 targets (as of late 2026): volunteers, platform projects and
 * front-offices on track; organisations, emergency volunteers and people helped at risk; participation
 * share and silver volunteers clearly off track.
 */
const INDICATORS: readonly IndicatorSpec[] = [
  {
    id: 'volunteers',
    name: { kk: 'Еріктілер саны', ru: 'Число волонтёров', en: 'Number of volunteers' },
    unit: 'people',
    cumulative: true,
    responsible: RESPONSIBLE.culture,
    targets: [245_000, 290_000, 330_000],
    actual: (m, i) => m.value('volunteers', i),
    baseline: (m) => m.value('volunteers', BASELINE_MONTH),
    byRegion: byRegionFromModel('volunteers'),
  },
  {
    id: 'organisations',
    name: { kk: 'Волонтерлік ұйымдар саны', ru: 'Число волонтёрских организаций', en: 'Number of volunteer organisations' },
    unit: 'count',
    cumulative: true,
    responsible: RESPONSIBLE.culture,
    targets: [740, 810, 900],
    actual: (m, i) => m.value('organisations', i),
    baseline: (m) => m.value('organisations', BASELINE_MONTH),
    byRegion: byRegionFromModel('organisations'),
  },
  {
    id: 'participationShare',
    name: {
      kk: 'Волонтерлікке қатысатын халықтың үлесі',
      ru: 'Доля населения, вовлечённого в волонтёрство',
      en: 'Share of the population volunteering',
    },
    unit: 'percent',
    cumulative: true,
    responsible: RESPONSIBLE.akimats,
    targets: [1.3, 1.6, 2.0],
    actual: (m, i) => {
      const v = m.value('volunteers', i);
      // Of the published national population, the figure the app divides by for every "per 10,000" in every
      // period (a population grown month by month made this say 1.59 % where the app says 161 per 10,000).
      return v === null ? null : Math.round((v / NATIONAL_POPULATION) * 10_000) / 100;
    },
    baseline: (m) => {
      const v = m.value('volunteers', BASELINE_MONTH);
      return v === null ? null : Math.round((v / NATIONAL_POPULATION) * 10_000) / 100;
    },
    byRegion: null,
  },
  {
    id: 'frontOffices',
    name: {
      kk: 'Өңірлік волонтерлік фронт-офистер',
      ru: 'Региональные волонтёрские фронт-офисы',
      en: 'Regional volunteer front-offices',
    },
    unit: 'count',
    cumulative: true,
    responsible: RESPONSIBLE.akimats,
    targets: [20, 20, 20],
    // All 20 were opened under the 2021–2023 roadmap; the target is kept, and met.
    actual: () => 20,
    baseline: () => 20,
    byRegion: null,
  },
  {
    id: 'emergencyVolunteers',
    name: {
      // Those who work with the ministry (>47,000 in Jan 2024), not the >3,500 it trained over three years.
      kk: 'ТЖМ-мен жұмыс істейтін еріктілер',
      ru: 'Волонтёры, работающие с МЧС',
      en: 'Volunteers working with the Emergencies Ministry',
    },
    unit: 'people',
    cumulative: true,
    responsible: RESPONSIBLE.emergencies,
    targets: [49_000, 52_000, 55_000],
    actual: (m, i) => registryAt(m, EMERGENCY_ANCHORS, i),
    baseline: () => interpolate(EMERGENCY_ANCHORS, monthIndex(BASELINE_MONTH)),
    // Regionally where the model's emergencies volunteers are: the flood regions weigh most.
    byRegion: byRegionByWeights(
      'emergencyVolunteers',
      (m) => REGION_CODES.map((c) => m.value('volunteers', m.position.monthIdx, c, 'emergencies') ?? 0),
      baselineEmergencyShares,
    ),
  },
  {
    id: 'silverVolunteers',
    name: { kk: '«Күміс» еріктілер', ru: '«Серебряные» волонтёры', en: '"Silver" volunteers' },
    unit: 'people',
    cumulative: true,
    responsible: RESPONSIBLE.labour,
    targets: [6_500, 8_000, 10_000],
    actual: (m, i) => registryAt(m, SILVER_ANCHORS, i),
    baseline: () => interpolate(SILVER_ANCHORS, monthIndex(BASELINE_MONTH)),
    byRegion: byRegionByWeights('silverVolunteers', silverWeights, silverWeights),
  },
  {
    id: 'platformProjects',
    name: {
      kk: 'Qazvolunteer.kz платформасындағы белсенді жобалар',
      ru: 'Активные проекты на платформе Qazvolunteer.kz',
      en: 'Active projects on Qazvolunteer.kz',
    },
    unit: 'count',
    cumulative: true,
    responsible: RESPONSIBLE.network,
    targets: [1_300, 1_550, 1_750],
    actual: (m, i) => m.value('projects', i),
    baseline: (m) => m.value('projects', BASELINE_MONTH),
    byRegion: null,
  },
  {
    id: 'peopleHelped',
    name: { kk: 'Көмек алған адамдар', ru: 'Число людей, получивших помощь', en: 'People helped' },
    unit: 'people',
    cumulative: false,
    responsible: RESPONSIBLE.network,
    targets: [1_600_000, 1_950_000, 2_300_000],
    // Not cumulative: each point is the month's own number; a year's total is the sum of its months.
    actual: (m, i) => m.value('peopleHelped', i),
    baseline: (m) => sumFlowYear(m, 'peopleHelped', 2023),
    byRegion: null,
  },
];

const buildIndicator = (model: DemoModel, spec: IndicatorSpec): RoadmapIndicator => {
  const actuals: MonthlyPoint[] = [];
  for (let i = ROADMAP_START_IDX; i <= model.position.monthIdx; i++) {
    const point: MonthlyPoint = { month: monthFromIndex(i), value: spec.actual(model, i) };
    // As in every other series: the current month is still under way (a level so far, a flow so far).
    if (i === model.position.monthIdx) point.partial = true;
    actuals.push(point);
  }
  const latest = spec.actual(model, model.position.monthIdx) ?? 0;
  const [t2024, t2025, t2026] = spec.targets;
  return {
    id: spec.id,
    name: spec.name,
    unit: spec.unit,
    cumulative: spec.cumulative,
    responsible: spec.responsible,
    baseline: { year: 2023, value: spec.baseline(model) },
    targets: [
      { year: 2024, value: t2024 },
      { year: 2025, value: t2025 },
      { year: 2026, value: t2026 },
    ],
    actuals,
    demoTargets: true,
    byRegion: spec.byRegion ? spec.byRegion(model, latest, t2026) : null,
  };
};

interface MeasureSpec {
  id: string;
  title: LocalizedText;
  responsible: LocalizedText;
  start: string;
  deadline: string;
  /**
   * Speed relative to plan: 1 finishes exactly on the deadline, above 1 early, below 1 late (overdue),
   * 0 never starts. Progress is a function of the demo clock, so the page is right on any date.
   */
  pace: number;
}

const MEASURES: readonly MeasureSpec[] = [
  {
    id: 'M01',
    title: {
      kk: 'Волонтерлік бойынша ұлттық іс-шаралар күнтізбесін бекіту',
      ru: 'Утверждение национального календаря волонтёрских мероприятий',
      en: 'Approve the national calendar of volunteer events',
    },
    responsible: RESPONSIBLE.culture,
    start: '2024-01-15',
    deadline: '2024-06-30',
    pace: 1.2,
  },
  {
    id: 'M02',
    title: {
      kk: '1000 ерікті құтқарушыны даярлау',
      ru: 'Подготовить 1000 волонтёров-спасателей',
      en: 'Train 1,000 emergency volunteers',
    },
    responsible: RESPONSIBLE.emergencies,
    start: '2024-02-01',
    deadline: '2025-12-31',
    pace: 1.15,
  },
  {
    id: 'M03',
    title: {
      kk: 'Кәсіби ерікті құтқарушылардың мобильді тобын құру',
      ru: 'Создать мобильную группу профессиональных волонтёров-спасателей',
      en: 'Set up a mobile group of professional emergency volunteers',
    },
    responsible: RESPONSIBLE.emergencies,
    start: '2024-04-01',
    deadline: '2025-09-30',
    pace: 1.05,
  },
  {
    id: 'M04',
    title: {
      kk: 'Барлық 20 өңірде волонтерлік ресурстық орталықтар ашу',
      ru: 'Открыть ресурсные центры волонтёрства во всех 20 регионах',
      en: 'Open volunteer resource centres in all 20 regions',
    },
    responsible: RESPONSIBLE.akimats,
    start: '2024-03-01',
    deadline: '2025-06-30',
    pace: 0.45,
  },
  {
    id: 'M05',
    title: {
      kk: 'Еріктінің цифрлық паспортын іске қосу',
      ru: 'Запустить цифровой паспорт волонтёра',
      en: 'Launch the digital volunteer passport',
    },
    responsible: RESPONSIBLE.digital,
    start: '2026-02-01',
    deadline: '2026-09-30',
    pace: 0.75,
  },
  {
    id: 'M06',
    title: {
      kk: 'Qazvolunteer.kz платформасын «электрондық үкімет» порталымен біріктіру',
      ru: 'Интегрировать платформу Qazvolunteer.kz с порталом «электронного правительства»',
      en: 'Integrate Qazvolunteer.kz with the e-government portal',
    },
    responsible: RESPONSIBLE.digital,
    start: '2024-06-01',
    deadline: '2025-12-31',
    pace: 0.6,
  },
  {
    id: 'M07',
    title: {
      kk: '«Күміс» волонтерлік бағдарламасы',
      ru: 'Программа «серебряного» волонтёрства',
      en: 'Silver volunteering programme',
    },
    responsible: RESPONSIBLE.labour,
    start: '2024-09-01',
    deadline: '2026-12-31',
    pace: 0.9,
  },
  {
    id: 'M08',
    title: {
      kk: '2026 Халықаралық еріктілер жылының ұлттық іс-шаралар жоспары',
      ru: 'План национальных мероприятий Международного года волонтёров 2026',
      en: 'IYV 2026 national events plan',
    },
    responsible: RESPONSIBLE.culture,
    start: '2025-05-12',
    deadline: '2026-12-31',
    pace: 1.0,
  },
  {
    id: 'M09',
    title: {
      kk: 'Өңірлердегі волонтерлік ұйымдарға мемлекеттік гранттар',
      ru: 'Государственные гранты волонтёрским организациям в регионах',
      en: 'State grants for volunteer organisations in the regions',
    },
    responsible: RESPONSIBLE.culture,
    start: '2025-01-15',
    deadline: '2026-10-31',
    pace: 1.1,
  },
  {
    id: 'M10',
    title: {
      kk: 'Мектептер мен колледждерде волонтерлік тәлімгерлік бағдарламасы',
      ru: 'Программа волонтёрского наставничества в школах и колледжах',
      en: 'Volunteer mentoring programme in schools and colleges',
    },
    responsible: RESPONSIBLE.education,
    start: '2025-01-01',
    deadline: '2026-08-31',
    pace: 0.7,
  },
  {
    id: 'M11',
    title: {
      kk: 'Ауруханаларда медициналық волонтерлік стандартын енгізу',
      ru: 'Внедрить стандарт медицинского волонтёрства в больницах',
      en: 'Introduce a medical volunteering standard in hospitals',
    },
    responsible: RESPONSIBLE.health,
    start: '2024-05-01',
    deadline: '2025-03-31',
    pace: 1.1,
  },
  {
    id: 'M12',
    title: {
      kk: '«Волонтерлік қызмет туралы» Заңға түзетулер әзірлеу',
      ru: 'Разработать поправки в Закон «О волонтёрской деятельности»',
      en: 'Draft amendments to the law "On volunteer activity"',
    },
    responsible: RESPONSIBLE.culture,
    start: '2025-07-01',
    deadline: '2026-06-30',
    pace: 0,
  },
  {
    id: 'M13',
    title: {
      kk: 'Бірыңғай панельде ай сайынғы өңірлік мониторинг',
      ru: 'Ежемесячный региональный мониторинг на единой панели',
      en: 'Monthly regional monitoring on a single dashboard',
    },
    responsible: RESPONSIBLE.network,
    start: '2025-09-01',
    deadline: '2026-12-31',
    pace: 1.05,
  },
  {
    id: 'M14',
    title: {
      kk: 'Волонтерлікті дамытудың 2030 жылға дейінгі жол картасының жобасы',
      ru: 'Проект дорожной карты развития волонтёрства до 2030 года',
      en: 'Draft the volunteering roadmap to 2030',
    },
    responsible: RESPONSIBLE.culture,
    start: '2026-12-01',
    deadline: '2026-12-31',
    pace: 1,
  },
];

const DAY_MS = 86_400_000;

const buildMeasure = (now: Date, spec: MeasureSpec): RoadmapMeasure => {
  const start = Date.parse(`${spec.start}T00:00:00+05:00`);
  const deadline = Date.parse(`${spec.deadline}T23:59:59+05:00`);
  const elapsed = (now.getTime() - start) / Math.max(DAY_MS, deadline - start);
  const progress = elapsed <= 0 ? 0 : Math.min(1, elapsed * spec.pace);
  const percent = Math.floor(progress * 100);
  const status: RoadmapMeasure['status'] = percent >= 100 ? 'done' : percent <= 0 ? 'notStarted' : 'inProgress';
  return {
    id: spec.id,
    title: spec.title,
    responsible: spec.responsible,
    deadline: spec.deadline,
    status,
    percentDone: Math.max(0, Math.min(100, percent)),
  };
};

export const buildRoadmap = (model: DemoModel): Roadmap => ({
  asOf: model.asOf,
  title: TITLE,
  start: '2024-01-01',
  end: '2026-12-31',
  indicators: INDICATORS.map((spec) => buildIndicator(model, spec)),
  measures: MEASURES.map((spec) => buildMeasure(model.now, spec)),
});

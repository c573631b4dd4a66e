// @vitest-environment node
// The demo model agrees with the published figures, adds up exactly, and moves with the clock.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DIRECTION_IDS, METRIC_IDS, Roadmap } from '../../src/api/contract';
import { setDemoNow } from '../../mocks/clock';
import { getModel } from '../../mocks/model/cube';
import { FLOOD_REGIONS, NATIONAL_POPULATION, REGION_CODES } from '../../mocks/model/geography';
import { organisationsAt } from '../../mocks/model/organisations';
import { buildRoadmap } from '../../mocks/model/roadmap';
import { recentEvents } from '../../mocks/model/activity';

const NOW = new Date('2026-11-22T09:30:00Z');
const year = (y: number) => ({ from: `${y}-01`, to: `${y}-12` });

beforeEach(() => setDemoNow(NOW));
afterAll(() => setDemoNow(null));

describe('published anchors', () => {
  it('May 2025: exactly 755 organisations and more than 275,000 volunteers', () => {
    const m = getModel();
    expect(m.value('organisations', '2025-05')).toBe(755);
    expect(m.value('volunteers', '2025-05')).toBeGreaterThan(275_000);
  });

  it('Dec 2025 and Jan 2026: more than 800 organisations and 300,000 volunteers', () => {
    const m = getModel();
    for (const month of ['2025-12', '2026-01']) {
      expect(m.value('organisations', month)).toBeGreaterThan(800);
      expect(m.value('volunteers', month)).toBeGreaterThan(300_000);
    }
  });

  it('more than 300,000 volunteers from early December 2025 (reported on 5 Dec 2025) through January 2026', () => {
    // A day of the month under way: the level moves from November's towards December's.
    for (const iso of ['2025-12-01T00:00:00+05:00', '2025-12-05T12:00:00+05:00']) {
      const m = getModel(new Date(iso));
      expect(m.value('volunteers', '2025-12')).toBeGreaterThan(300_000);
    }
    const m = getModel();
    for (const month of ['2025-11', '2025-12', '2026-01']) expect(m.value('volunteers', month)).toBeGreaterThan(300_000);
    // The same day a year on: this year so far compared with last year to 6 Dec.
    const later = getModel(new Date('2026-12-06T11:06:00Z'));
    expect(later.periodValue('volunteers', year(2025), null, null, later.position.fraction)).toBeGreaterThan(300_000);
  });

  it('2019 above 50 organisations and 50,000 volunteers; 2020 about 50,000 volunteers and 224 organisations', () => {
    const m = getModel();
    for (let i = 1; i <= 12; i++) {
      const month = `2019-${String(i).padStart(2, '0')}`;
      expect(m.value('volunteers', month)).toBeGreaterThan(50_000);
      expect(m.value('organisations', month)).toBeGreaterThan(50);
      const v2020 = m.value('volunteers', `2020-${String(i).padStart(2, '0')}`) ?? 0;
      expect(Math.abs(v2020 - 50_000) / 50_000).toBeLessThanOrEqual(0.1);
    }
    expect(m.value('organisations', '2020-12')).toBe(224);
  });

  it('end 2022 ~200,000 volunteers and ~700 organisations; mid 2023 680 organisations', () => {
    const m = getModel();
    expect(m.value('volunteers', '2022-12')).toBeCloseTo(200_000, -4);
    expect(m.value('organisations', '2022-12')).toBe(700);
    expect(m.value('organisations', '2023-06')).toBe(680);
  });

  it('2025: more than 130,000 actions and about 2 million people helped', () => {
    const m = getModel();
    expect(m.periodValue('actions', year(2025))).toBeGreaterThan(130_000);
    const helped = m.periodValue('peopleHelped', year(2025)) ?? 0;
    expect(Math.abs(helped - 2_000_000) / 2_000_000).toBeLessThanOrEqual(0.1);
  });

  it('has no data before 2019-01 and none after the current month', () => {
    const m = getModel();
    expect(m.value('volunteers', '2018-12')).toBeNull();
    expect(m.value('actions', '2026-12')).toBeNull();
    expect(m.periodValue('actions', { from: '2018-07', to: '2019-06' })).toBeNull();
  });
});

describe('breakdowns add up exactly', () => {
  it('regions sum to the nation and directions to each region, for every metric and month', () => {
    const m = getModel();
    for (const month of ['2019-01', '2020-04', '2024-04', '2025-05', '2025-12', '2026-11']) {
      for (const metric of METRIC_IDS) {
        const national = m.value(metric, month) ?? -1;
        const regions = REGION_CODES.map((c) => m.value(metric, month, c) ?? 0);
        expect(regions.reduce((a, b) => a + b, 0)).toBe(national);
        const byDirection = DIRECTION_IDS.map((d) => m.value(metric, month, null, d) ?? 0);
        expect(byDirection.reduce((a, b) => a + b, 0)).toBe(national);
        REGION_CODES.forEach((c, r) => {
          const cells = DIRECTION_IDS.map((d) => m.value(metric, month, c, d) ?? 0);
          expect(cells.reduce((a, b) => a + b, 0)).toBe(regions[r]);
        });
      }
    }
  });
});

describe('regional character', () => {
  it('Astana has about 50 organisations (40–60), in the series and in the register', () => {
    const m = getModel();
    const astana = m.value('organisations', m.currentMonth, 'KZ-71') ?? 0;
    expect(astana).toBeGreaterThanOrEqual(40);
    expect(astana).toBeLessThanOrEqual(60);
    expect(organisationsAt(m).filter((o) => o.region === 'KZ-71')).toHaveLength(astana);
  });

  it('the cities have more volunteers per capita than any region; Ulytau is the smallest', () => {
    const m = getModel();
    const volunteers = REGION_CODES.map((c) => m.value('volunteers', '2025-12', c) ?? 0);
    const min = Math.min(...volunteers);
    expect(volunteers[REGION_CODES.indexOf('KZ-62')]).toBe(min);
    expect(Math.max(...volunteers)).toBe(
      Math.max(volunteers[REGION_CODES.indexOf('KZ-71')] ?? 0, volunteers[REGION_CODES.indexOf('KZ-75')] ?? 0),
    );
  });

  it('flood regions carry a larger emergencies share than the nation in 2024, with a spring spike', () => {
    const m = getModel();
    const r2024 = year(2024);
    let floodEm = 0;
    let floodAll = 0;
    for (const code of FLOOD_REGIONS) {
      floodEm += m.periodValue('actions', r2024, code, 'emergencies') ?? 0;
      floodAll += m.periodValue('actions', r2024, code) ?? 0;
    }
    const nationalShare = (m.periodValue('actions', r2024, null, 'emergencies') ?? 0) / (m.periodValue('actions', r2024) ?? 1);
    expect(floodEm / floodAll).toBeGreaterThan(nationalShare);
    const april2024 = m.value('actions', '2024-04', null, 'emergencies') ?? 0;
    const april2023 = m.value('actions', '2023-04', null, 'emergencies') ?? 0;
    expect(april2024).toBeGreaterThan(2 * april2023);
  });

  it('emergencies are about 12 % of volunteers nationally; social support, ecology and events lead in 2025', () => {
    const m = getModel();
    const total = m.value('volunteers', '2025-12') ?? 1;
    const share = (d: (typeof DIRECTION_IDS)[number]) => (m.value('volunteers', '2025-12', null, d) ?? 0) / total;
    expect(share('emergencies')).toBeGreaterThan(0.09);
    expect(share('emergencies')).toBeLessThan(0.15);
    const ranked = [...DIRECTION_IDS].sort((a, b) => share(b) - share(a)).slice(0, 4);
    expect(new Set(ranked)).toEqual(new Set(['elderly', 'hardship', 'ecology', 'events']));
  });
});

describe('time', () => {
  it('is deterministic: the same instant gives the same data', () => {
    const a = getModel(new Date('2026-11-22T09:30:00Z'));
    const b = getModel(new Date('2026-11-22T09:30:40Z'));
    expect(b).toBe(a); // cached within the minute
    const fresh = getModel(new Date('2026-11-22T09:35:00Z'));
    const again = getModel(new Date('2026-11-22T09:35:00Z'));
    expect(METRIC_IDS.map((k) => fresh.value(k, '2025-06', 'KZ-10', 'ecology'))).toEqual(
      METRIC_IDS.map((k) => again.value(k, '2025-06', 'KZ-10', 'ecology')),
    );
    expect(organisationsAt(fresh).slice(0, 5)).toEqual(organisationsAt(again).slice(0, 5));
  });

  it('the current month keeps moving during the day; finished months do not', () => {
    const morning = getModel(new Date('2026-11-22T09:30:00Z'));
    const later = getModel(new Date('2026-11-22T10:30:00Z'));
    expect(later.value('actions', '2026-11')).toBeGreaterThan(morning.value('actions', '2026-11') ?? 0);
    expect(later.value('peopleHelped', '2026-11')).toBeGreaterThan(morning.value('peopleHelped', '2026-11') ?? 0);
    expect(later.value('volunteers', '2026-11')).not.toBe(morning.value('volunteers', '2026-11'));
    expect(later.value('volunteers', '2026-10')).toBe(morning.value('volunteers', '2026-10'));
  });

  it('activity events are fixed by time: an hour later the older events are unchanged', () => {
    const morning = getModel(new Date('2026-11-22T09:30:00Z'));
    const later = getModel(new Date('2026-11-22T10:30:00Z'));
    const since = Date.parse('2026-11-22T09:00:00Z');
    const early = recentEvents(morning, since);
    const lateView = recentEvents(later, since).filter((e) => Date.parse(e.at) <= morning.now.getTime());
    expect(lateView.slice(0, early.length)).toEqual(early.slice(0, lateView.length));
  });
});

describe('roadmap', () => {
  it('parses, has 8 indicators and ~14 measures, some overdue, and regional splits that add up', () => {
    const roadmap = Roadmap().parse(buildRoadmap(getModel()));
    expect(roadmap.indicators).toHaveLength(8);
    expect(roadmap.measures.length).toBeGreaterThanOrEqual(12);
    const overdue = roadmap.measures.filter((m) => m.status !== 'done' && m.deadline < '2026-11-22');
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    for (const indicator of roadmap.indicators) {
      if (!indicator.byRegion) continue;
      const latest = indicator.actuals.at(-1)?.value ?? null;
      expect(indicator.byRegion.reduce((a, r) => a + (r.actual ?? 0), 0)).toBe(latest);
      expect(indicator.byRegion.reduce((a, r) => a + (r.target2026 ?? 0), 0)).toBe(indicator.targets.find((t) => t.year === 2026)?.value);
    }
  });

  it('splits the 2026 targets over regions once: the same at any demo time, adding up to the national target', () => {
    const targetsAt = (iso: string) => {
      setDemoNow(new Date(iso));
      return Roadmap()
        .parse(buildRoadmap(getModel()))
        .indicators.filter((i) => i.byRegion !== null)
        .map((i) => ({
          id: i.id,
          target: i.targets.find((t) => t.year === 2026)?.value,
          byRegion: i.byRegion?.map((r) => ({ code: r.code, target: r.target2026 })),
        }));
    };
    // Nine minutes apart (Ulytau's volunteers target was 2201, then 2202), and a year apart.
    const morning = targetsAt('2026-12-06T10:57:00Z');
    expect(morning.map((i) => i.id)).toEqual(['volunteers', 'organisations', 'emergencyVolunteers', 'silverVolunteers']);
    expect(targetsAt('2026-12-06T11:06:00Z')).toEqual(morning);
    expect(targetsAt('2025-12-06T11:06:00Z')).toEqual(morning);
    for (const indicator of morning) {
      expect(indicator.byRegion?.reduce((a, r) => a + (r.target ?? 0), 0)).toBe(indicator.target);
    }
  });

  it('states the share of the population volunteering as the app’s per-capita figures do: volunteers over the published population', () => {
    const model = getModel();
    const roadmap = Roadmap().parse(buildRoadmap(model));
    const share = roadmap.indicators.find((i) => i.id === 'participationShare')?.actuals.at(-1);
    const volunteers = model.value('volunteers', model.currentMonth);
    expect(share?.value).toBe(Math.round(((volunteers ?? 0) / NATIONAL_POPULATION) * 10_000) / 100);
  });
});

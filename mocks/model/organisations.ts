// The demo register of volunteer organisations: one per unit of the model's organisation counts, stable identities.
import { DIRECTION_IDS } from '../../src/api/contract';
import type { DirectionId, Organization, RegionCode } from '../../src/api/contract';
import { allocate } from './allocate';
import { DATA_FROM_INDEX, astanaDate, daysInMonth, isoDate, monthIndex } from './calendar';
import type { DemoModel } from './cube';
import { REGION_CODES, REGION_COUNT, REGION_UNITS, characterOf } from './geography';
import { CITY_TEMPLATES, DIRECTION_TEMPLATES, GENERIC_TEMPLATES, PROPER_NAMES } from './organisation-names';
import type { NameTemplate } from './organisation-names';
import { normal, pickWeighted, streamFor } from './random';
import { directionWeights } from './shares';

/** What an organisation is regardless of when we look: its name and direction (k-th organisation of a region). */
export interface OrganisationIdentity {
  id: string;
  regionIdx: number;
  k: number;
  name: { kk: string; ru: string };
  direction: DirectionId;
}

// Directions are drawn from one fixed month's mix, so an organisation never changes direction.
const DIRECTION_REFERENCE_MONTH = monthIndex('2025-06');

// Identities are generated level by level (k = 1 for all regions, then k = 2, ...), so adding organisations
// later never renames existing ones, even though names are made unique across the whole country.
const identities: OrganisationIdentity[][] = REGION_CODES.map(() => []);
const usedRuNames = new Set<string>();
let generatedLevels = 0;

const makeIdentity = (regionIdx: number, k: number): OrganisationIdentity => {
  const unit = REGION_UNITS[regionIdx];
  const code = unit?.code ?? 'KZ-00';
  const rand = streamFor('org', code, k);
  const direction =
    DIRECTION_IDS[pickWeighted(directionWeights('organisations', regionIdx, DIRECTION_REFERENCE_MONTH), rand())] ?? 'hardship';
  let name = { kk: '', ru: '' };
  for (let attempt = 0; attempt < 12; attempt++) {
    const style = rand();
    const pool: readonly NameTemplate[] = style < 0.45 ? DIRECTION_TEMPLATES[direction] : style < 0.9 ? GENERIC_TEMPLATES : CITY_TEMPLATES;
    const template = pool[Math.floor(rand() * pool.length)] ?? GENERIC_TEMPLATES[0];
    const proper = PROPER_NAMES[Math.floor(rand() * PROPER_NAMES.length)] ?? { kk: 'Мейірім', ru: 'Мейірим' };
    if (!template) break;
    name = { kk: template.kk(proper.kk, unit?.centre.kk ?? ''), ru: template.ru(proper.ru, unit?.centre.ru ?? '') };
    if (!usedRuNames.has(name.ru)) break;
  }
  if (usedRuNames.has(name.ru)) {
    // Rare after 12 tries; a branch suffix keeps names unique, as real registers do with "филиал".
    const centre = unit?.centre;
    name = { kk: `${name.kk} (${centre?.kk ?? ''}, ${k})`, ru: `${name.ru} (${centre?.ru ?? ''}, ${k})` };
  }
  usedRuNames.add(name.ru);
  return { id: `org-${code.slice(3)}-${String(k).padStart(4, '0')}`, regionIdx, k, name, direction };
};

/** The k-th organisation (1-based) of a region. */
export const organisationIdentity = (regionIdx: number, k: number): OrganisationIdentity => {
  while (generatedLevels < k) {
    generatedLevels++;
    for (let r = 0; r < REGION_COUNT; r++) identities[r]?.push(makeIdentity(r, generatedLevels));
  }
  const found = identities[regionIdx]?.[k - 1];
  if (!found) throw new RangeError(`no organisation ${k} in region ${regionIdx}`);
  return found;
};

const directionCountCache = new Map<string, number[]>();

/**
 * How many of a region's first `count` organisations work in each direction (in DIRECTION_IDS order).
 * The register lists a region's organisations 1…count, so the cube splits organisations by direction
 * with these counts rather than by weights: the region's page and its list of organisations agree
 * (Ulytau listed 3 culture organisations where its page said 1).
 */
export const directionCounts = (regionIdx: number, count: number): number[] => {
  const key = `${regionIdx}:${count}`;
  const hit = directionCountCache.get(key);
  if (hit) return hit;
  const counts = DIRECTION_IDS.map(() => 0);
  for (let k = 1; k <= count; k++) {
    const d = DIRECTION_IDS.indexOf(organisationIdentity(regionIdx, k).direction);
    counts[d] = (counts[d] ?? 0) + 1;
  }
  directionCountCache.set(key, counts);
  return counts;
};

const PRE_DATA_FIRST = monthIndex('2017-01'); // the law on volunteer activity dates from 30 Dec 2016

/**
 * Registration dates. An organisation k exists from the first month from which the region's count stays
 * at least k until now: counts over time then match the organisations series except where it dips.
 */
const registrationMonths = (model: DemoModel, regionIdx: number, count: number): number[] => {
  const code = REGION_CODES[regionIdx] ?? null;
  const current = model.position.monthIdx;
  const months = new Array<number>(count).fill(-1);
  let runningMin = Infinity;
  // Walk back from now: while the suffix minimum is m, organisations 1..m already existed in that month.
  let assigned = count;
  for (let i = current; i >= DATA_FROM_INDEX && assigned > 0; i--) {
    runningMin = Math.min(runningMin, model.value('organisations', i, code) ?? 0);
    while (assigned > runningMin && assigned > 0) {
      months[assigned - 1] = i + 1 <= current ? i + 1 : current;
      assigned--;
    }
  }
  return months;
};

const orgCache = new WeakMap<DemoModel, Organization[]>();

/**
 * Keeps a region's listed organisations within its own figures: where the organisations of a direction
 * would run more projects than the region has in that direction, their counts are scaled down to that
 * (largest remainder, so the biggest stay biggest). The listed projects may add up to less than the
 * region's: not every project is run by a listed organisation (initiative groups, schools and akimats run
 * the rest). The list has no period, so its projects are today's, compared with the region's active
 * projects in the default period (year to date): Ulytau listed 31 projects where its page said 19.
 */
const capProjects = (model: DemoModel, code: RegionCode, organisations: readonly Organization[]): void => {
  DIRECTION_IDS.forEach((d) => {
    const inDirection = organisations.filter((o) => o.direction === d);
    const own = inDirection.map((o) => o.activeProjects ?? 0);
    const cap = model.value('projects', model.position.monthIdx, code, d) ?? 0;
    if (own.reduce((a, b) => a + b, 0) <= cap) return;
    const capped = allocate(cap, own);
    inDirection.forEach((o, i) => (o.activeProjects = capped[i] ?? 0));
  });
};

/** All organisations existing at the model's time, in region then registration order. */
export const organisationsAt = (model: DemoModel): Organization[] => {
  const hit = orgCache.get(model);
  if (hit) return hit;
  const today = astanaDate(model.now);
  const current = model.position.monthIdx;
  const todayDay = Number(today.slice(8, 10));
  const out: Organization[] = [];
  REGION_CODES.forEach((code, r) => {
    const inRegion: Organization[] = [];
    const count = model.value('organisations', current, code) ?? 0;
    const months = registrationMonths(model, r, count);
    const regionBoost = Math.sqrt(characterOf(code).volunteers);
    for (let k = 1; k <= count; k++) {
      const identity = organisationIdentity(r, k);
      const rand = streamFor('org-facts', code, k);
      const month = months[k - 1] ?? -1;
      let registered: string;
      if (month < 0) {
        // Organisations older than the data: registered between 2017 and 2018.
        const idx = PRE_DATA_FIRST + Math.floor(rand() * 24);
        registered = isoDate(idx, 1 + Math.floor(rand() * daysInMonth(idx)));
      } else {
        const lastDay = month === current ? todayDay : daysInMonth(month);
        registered = isoDate(month, 1 + Math.floor(rand() * lastDay));
      }
      // Heavy tail: most groups have a few dozen volunteers, a handful have thousands; older ones are bigger.
      const ageYears = Math.max(0, (current - monthIndex(registered.slice(0, 7))) / 12);
      const raw = Math.exp(Math.log(40) + 1.15 * normal(rand(), rand())) * (1 + 0.12 * ageYears) * regionBoost;
      const volunteers = raw < 5 ? 5 + Math.floor(rand() * 6) : Math.min(3000, Math.round(raw));
      const activeProjects = Math.max(0, Math.round(Math.sqrt(volunteers) * 0.26 * (0.3 + 1.2 * rand())));
      inRegion.push({
        id: identity.id,
        name: identity.name,
        region: code,
        direction: identity.direction,
        volunteers,
        activeProjects,
        registered,
      });
    }
    capProjects(model, code, inRegion);
    out.push(...inRegion);
  });
  orgCache.set(model, out);
  return out;
};

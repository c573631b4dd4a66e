// The 20 regions of the demo model: reference data from regions.json plus each region's synthetic "character".
import * as z from 'zod/mini';
import type { DirectionId, RegionCode } from '../../src/api/contract';
import regionsJson from '../data/regions.json' with { type: 'json' };

const LocalizedName = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
const RegionsFile = z.object({
  nationalPopulation: z.object({ value: z.int().check(z.positive()), asOf: z.string() }),
  units: z
    .array(
      z.object({
        code: z.string().check(z.regex(/^KZ-\d{2}$/)),
        type: z.enum(['region', 'city']),
        name: LocalizedName,
        centre: z.extend(LocalizedName, { lat: z.number(), lon: z.number() }),
        population: z.int().check(z.positive()),
        populationAsOf: z.string(),
        populationSource: z.string(),
      }),
    )
    .check(z.length(20)),
});

// Parsed once at load: a broken data file should fail loudly here, not as odd numbers on a map.
const file = RegionsFile.parse(regionsJson);

export type RegionUnit = (typeof file.units)[number];

export const REGION_UNITS: readonly RegionUnit[] = file.units;
export const REGION_CODES: readonly RegionCode[] = file.units.map((u) => u.code);
export const REGION_COUNT = REGION_CODES.length;
export const NATIONAL_POPULATION = file.nationalPopulation.value;

const indexByCode = new Map<string, number>(REGION_CODES.map((c, i) => [c, i]));
/** Index of a region in REGION_CODES, or -1 for an unknown code. */
export const regionIndex = (code: string): number => indexByCode.get(code) ?? -1;

/** Regions hit by the spring 2024 floods: they carry more emergency work, most of all in Mar–May 2024. */
export const FLOOD_REGIONS: ReadonlySet<RegionCode> = new Set(['KZ-23', 'KZ-27', 'KZ-15', 'KZ-39', 'KZ-59', 'KZ-11', 'KZ-10']);

/**
 * Synthetic per-region character (nothing regional is published): multipliers on a per-capita basis.
 * - volunteers: volunteers per capita (the two big cities far above the rest);
 * - organisations: organisations per (population^0.7), tuned so Astana has about 50, as published;
 * - need: demand for help (requests, people helped), higher in poorer, more rural regions;
 * - silver: share of older people (the north is older), for silver volunteering;
 * - hazard: emergencies work apart from the 2024 floods (mudflows, wildfires in the east and south-east).
 */
interface RegionCharacter {
  volunteers: number;
  organisations: number;
  need: number;
  silver: number;
  hazard: number;
}

const CHARACTER: Record<string, RegionCharacter> = {
  'KZ-10': { volunteers: 0.95, organisations: 1.0, need: 1.05, silver: 1.2, hazard: 1.1 },
  'KZ-11': { volunteers: 0.9, organisations: 1.0, need: 1.0, silver: 1.2, hazard: 1.0 },
  'KZ-15': { volunteers: 1.0, organisations: 1.0, need: 1.0, silver: 0.9, hazard: 1.0 },
  'KZ-19': { volunteers: 0.8, organisations: 0.85, need: 1.1, silver: 0.9, hazard: 1.25 },
  'KZ-23': { volunteers: 1.0, organisations: 0.9, need: 0.95, silver: 0.8, hazard: 1.0 },
  'KZ-27': { volunteers: 0.95, organisations: 1.0, need: 1.0, silver: 1.0, hazard: 1.0 },
  'KZ-31': { volunteers: 0.85, organisations: 0.9, need: 1.15, silver: 0.85, hazard: 1.0 },
  'KZ-33': { volunteers: 0.85, organisations: 0.9, need: 1.1, silver: 0.9, hazard: 1.2 },
  'KZ-35': { volunteers: 1.1, organisations: 1.15, need: 0.95, silver: 1.3, hazard: 1.0 },
  'KZ-39': { volunteers: 1.0, organisations: 1.05, need: 1.0, silver: 1.3, hazard: 1.0 },
  'KZ-43': { volunteers: 1.0, organisations: 0.95, need: 1.15, silver: 0.8, hazard: 1.0 },
  'KZ-47': { volunteers: 0.9, organisations: 0.85, need: 1.0, silver: 0.7, hazard: 1.0 },
  'KZ-55': { volunteers: 1.05, organisations: 1.1, need: 0.95, silver: 1.3, hazard: 1.0 },
  'KZ-59': { volunteers: 0.95, organisations: 1.05, need: 1.05, silver: 1.45, hazard: 1.0 },
  'KZ-61': { volunteers: 0.7, organisations: 0.8, need: 1.25, silver: 0.7, hazard: 1.0 },
  'KZ-62': { volunteers: 0.85, organisations: 0.9, need: 1.0, silver: 1.1, hazard: 1.0 },
  'KZ-63': { volunteers: 1.0, organisations: 1.1, need: 1.0, silver: 1.4, hazard: 1.2 },
  'KZ-71': { volunteers: 2.3, organisations: 0.68, need: 0.8, silver: 0.8, hazard: 0.9 },
  'KZ-75': { volunteers: 1.8, organisations: 0.95, need: 0.85, silver: 1.0, hazard: 1.0 },
  'KZ-79': { volunteers: 1.05, organisations: 0.9, need: 1.1, silver: 0.7, hazard: 0.9 },
};

const DEFAULT_CHARACTER: RegionCharacter = { volunteers: 1, organisations: 1, need: 1, silver: 1, hazard: 1 };
export const characterOf = (code: string): RegionCharacter => CHARACTER[code] ?? DEFAULT_CHARACTER;

/** Directions a city does more or less of than the countryside (events and education concentrate in cities). */
export const CITY_DIRECTION_TILT: Partial<Record<DirectionId, number>> = {
  events: 1.4,
  education: 1.2,
  culture: 1.15,
  ecology: 0.85,
  animals: 1.2,
};

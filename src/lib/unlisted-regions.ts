/**
 * Figures the API sent for a region that its own list of regions (/meta) does not have. Every view is
 * built from that list, so they were dropped without a word, and the region they were meant for (a code
 * mistyped, "KZ-99" for "KZ-62") showed "no data". A panel given both answers says which codes it left out.
 * Read from the answers' shapes, as a panel is given them: /meta's regions have names, the statistics'
 * regions (/regions) have values, the roadmap's have `byRegion`.
 */

type Row = Record<string, unknown>;

const rowsOf = (value: unknown): Row[] =>
  Array.isArray(value) ? value.filter((row): row is Row => typeof row === 'object' && row !== null) : [];

const field = (data: unknown, key: string): unknown => (typeof data === 'object' && data !== null ? (data as Row)[key] : undefined);

/** The codes of /meta's list of regions, if `data` is that answer. */
const listedCodes = (data: unknown): Set<string> | null => {
  const regions = rowsOf(field(data, 'regions'));
  if (regions.length === 0 || !regions.every((r) => 'name' in r && typeof r.code === 'string')) return null;
  return new Set(regions.map((r) => r.code as string));
};

/** Codes of the regions `data` has figures for (none when it is /meta itself). */
const codesWithFigures = (data: unknown): string[] =>
  [...rowsOf(field(data, 'regions')).filter((r) => 'values' in r), ...rowsOf(field(data, 'byRegion'))]
    .map((r) => r.code)
    .filter((code): code is string => typeof code === 'string');

/** The codes, in the order first met, of the figures in `answers` for regions /meta's answer among them does not list. */
export const unlistedRegionCodes = (answers: readonly unknown[]): string[] => {
  const listed = answers.map(listedCodes).find((codes) => codes !== null);
  if (!listed) return [];
  const unlisted = new Set<string>();
  for (const answer of answers) for (const code of codesWithFigures(answer)) if (!listed.has(code)) unlisted.add(code);
  return [...unlisted];
};

/**
 * Statistics the API sent that could not be true (negative, beyond any real count) are shown as "no data"
 * (the contract's Quantity), and the answer says how many there were, so a panel can say so rather than
 * show a map of "no data" with no word why. The note rides on the answer itself: it outlives TanStack
 * Query's structural sharing and the server's embedding of first answers, which a side table would not.
 */
export interface RefusedValues {
  /** The path asked for, as failures name it ("/regions"). */
  endpoint: string;
  count: number;
}

const FIELD = 'refusedValues';

/** The answer with its note, when some of its values were refused. */
export const withRefusedValues = (data: unknown, refused: RefusedValues): unknown =>
  refused.count > 0 && typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...data, [FIELD]: refused } : data;

/** The note of an answer, if it has one. */
export const refusedValuesOf = (data: unknown): RefusedValues | null => {
  if (typeof data !== 'object' || data === null || !(FIELD in data)) return null;
  const note: unknown = (data as Record<string, unknown>)[FIELD];
  if (typeof note !== 'object' || note === null) return null;
  const { endpoint, count } = note as Partial<RefusedValues>;
  return typeof endpoint === 'string' && typeof count === 'number' && count > 0 ? { endpoint, count } : null;
};

const LEFT_OUT_FIELD = 'unknownDirectionsLeftOut';

/** The answer with a note of how many entries of directions the app does not know were left out of it (src/api/unknown-directions.ts). */
export const withUnknownDirectionsLeftOut = (data: unknown, leftOut: RefusedValues): unknown =>
  leftOut.count > 0 && typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...data, [LEFT_OUT_FIELD]: leftOut } : data;

/** That note of an answer, if it has one. */
export const unknownDirectionsLeftOutOf = (data: unknown): RefusedValues | null => {
  if (typeof data !== 'object' || data === null || !(LEFT_OUT_FIELD in data)) return null;
  const note: unknown = (data as Record<string, unknown>)[LEFT_OUT_FIELD];
  if (typeof note !== 'object' || note === null) return null;
  const { endpoint, count } = note as Partial<RefusedValues>;
  return typeof endpoint === 'string' && typeof count === 'number' && count > 0 ? { endpoint, count } : null;
};

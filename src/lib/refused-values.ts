/**
 * Notes an answer carries of what was taken out of it at the edge, so a panel can say so rather than show
 * "no data" with no word why:
 * - statistics the API sent that could not be true (negative, beyond any real count), shown as "no data"
 *   (the contract's Quantity);
 * - entries of directions the app does not know yet, left out (src/api/unknown-directions.ts).
 * A note rides on the answer itself: it outlives TanStack Query's structural sharing and the server's
 * embedding of first answers, which a side table would not.
 */
export interface RefusedValues {
  /** The path asked for, as failures name it ("/regions"). */
  endpoint: string;
  count: number;
}

/** Putting a note under `field` on an answer (when there is something to note), and reading it back. */
const answerNote = (field: string) => ({
  add: (data: unknown, note: RefusedValues): unknown =>
    note.count > 0 && typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...data, [field]: note } : data,
  of: (data: unknown): RefusedValues | null => {
    if (typeof data !== 'object' || data === null || !(field in data)) return null;
    const note: unknown = (data as Record<string, unknown>)[field];
    if (typeof note !== 'object' || note === null) return null;
    const { endpoint, count } = note as Partial<RefusedValues>;
    return typeof endpoint === 'string' && typeof count === 'number' && count > 0 ? { endpoint, count } : null;
  },
});

const refused = answerNote('refusedValues');
const unknownDirections = answerNote('unknownDirectionsLeftOut');

/** The answer with its note, when some of its values were refused. */
export const withRefusedValues = refused.add;
/** The note of an answer, if it has one. */
export const refusedValuesOf = refused.of;

/** The answer with a note of how many entries of directions the app does not know were left out of it. */
export const withUnknownDirectionsLeftOut = unknownDirections.add;
/** That note of an answer, if it has one. */
export const unknownDirectionsLeftOutOf = unknownDirections.of;

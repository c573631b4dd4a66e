/** The change of a value against its comparison period, as numbers a view can put into words. */
export interface Change {
  absolute: number;
  /** Percent change, null when the previous value is 0 (growth from nothing has no percentage). */
  percent: number | null;
  direction: 'up' | 'down' | 'flat';
}

export const computeChange = (value: number | null, previous: number | null): Change | null => {
  if (value === null || previous === null) return null;
  const absolute = value - previous;
  const percent = previous === 0 ? null : (absolute / previous) * 100;
  const direction = Math.abs(percent ?? absolute) < 0.05 ? 'flat' : absolute > 0 ? 'up' : 'down';
  return { absolute, percent, direction };
};

/**
 * Which words a "flat" change takes: `flat` ("unchanged") when nothing changed as far as the reader can
 * see, `nearlyFlat` ("practically unchanged (+71)") when the count did change but by less than 0.05 %,
 * which rounds to "0,0 %" — "unchanged" beside a different number reads as an error.
 */
export const flatWording = (shownAbsolute: string): 'flat' | 'nearlyFlat' => (/[1-9]/.test(shownAbsolute) ? 'nearlyFlat' : 'flat');

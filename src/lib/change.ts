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

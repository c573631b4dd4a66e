/** Shares of a whole, rounded so that they add up: the directions' breakdowns on /directions and on a region's page. */

/**
 * Rounds parts of a whole to `decimals` digits so that the rounded parts add up to exactly `total`
 * (Hamilton's largest-remainder method): each part is rounded down, and the units still missing go to
 * the parts that lost the most (on a tie, the larger part, then the earlier one). Null parts stay null
 * and do not count; when nothing is known the result is all null.
 */
export const largestRemainder = (values: readonly (number | null)[], total = 100, decimals = 1): (number | null)[] => {
  const unit = 10 ** decimals;
  const known = values
    .map((v, i) => ({ v, i }))
    .filter((x): x is { v: number; i: number } => x.v !== null && Number.isFinite(x.v) && x.v >= 0);
  const sum = known.reduce((s, x) => s + x.v, 0);
  if (sum <= 0) return values.map(() => null);
  const units = Math.round(total * unit);
  const parts = known.map((x) => {
    const exact = (x.v / sum) * units;
    const floor = Math.floor(exact + 1e-9);
    return { ...x, floor, rest: exact - floor };
  });
  let missing = units - parts.reduce((s, p) => s + p.floor, 0);
  const order = [...parts].sort((a, b) => b.rest - a.rest || b.v - a.v || a.i - b.i);
  for (const p of order) {
    if (missing <= 0) break;
    p.floor += 1;
    missing -= 1;
  }
  const out: (number | null)[] = values.map(() => null);
  for (const p of parts) out[p.i] = p.floor / unit;
  return out;
};

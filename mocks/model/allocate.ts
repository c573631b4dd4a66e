// Largest-remainder rounding: splits an integer total into integer parts that add up to it exactly.

/**
 * Splits `total` in proportion to `weights` (largest-remainder / Hamilton method). Used everywhere a
 * total is broken down (nation → regions → directions), so breakdowns always sum exactly to the total.
 * All-zero weights split evenly; ties go to the lower index so the result is deterministic.
 */
export const allocate = (total: number, weights: readonly number[]): number[] => {
  const n = weights.length;
  if (n === 0) return [];
  const whole = Math.max(0, Math.round(total));
  let sum = 0;
  for (const w of weights) if (Number.isFinite(w) && w > 0) sum += w;
  const even = sum <= 0;
  const parts = new Array<number>(n);
  const fracs = new Array<number>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i] ?? 0;
    const q = even ? whole / n : Number.isFinite(w) && w > 0 ? (whole * w) / sum : 0;
    const f = Math.floor(q);
    parts[i] = f;
    fracs[i] = q - f;
    given += f;
  }
  let rest = whole - given;
  if (rest <= 0) return parts;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (fracs[b] ?? 0) - (fracs[a] ?? 0) || a - b);
  // `rest` is in [0, n) in exact arithmetic; the modulo guards against floating-point surprises.
  for (let j = 0; rest > 0; j = (j + 1) % n, rest--) {
    const idx = order[j] ?? 0;
    parts[idx] = (parts[idx] ?? 0) + 1;
  }
  return parts;
};

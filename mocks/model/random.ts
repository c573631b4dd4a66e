// Seeded pseudo-random numbers for the demo model: the same keys always give the same data (no Math.random).

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for synthetic statistics, and reproducible everywhere. */
export const mulberry32 = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

// Changing this string reshuffles every synthetic figure (anchors still hold): a version of the demo data.
const GLOBAL_SEED = 'front-office-monitor/demo/v1';

const FNV_PRIME = 0x01000193;
const fnvString = (h0: number, text: string): number => {
  let h = h0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
};
const SEED_HASH = fnvString(0x811c9dc5, GLOBAL_SEED);

/**
 * Hashes a list of keys to a 32-bit seed (FNV-1a plus a murmur finaliser). The finaliser matters:
 * neighbouring keys (month 101, month 102) must give unrelated streams, and raw FNV-1a is weak there.
 * Numbers are mixed as 32-bit words rather than formatted as text: this runs ~10^5 times per model build.
 */
export const hashKeys = (...parts: ReadonlyArray<string | number>): number => {
  let h = SEED_HASH;
  for (const part of parts) {
    h ^= 0x7c; // separator, so ("ab", "c") and ("a", "bc") differ
    h = Math.imul(h, FNV_PRIME);
    if (typeof part === 'number') {
      const word = Number.isInteger(part) ? part | 0 : Math.round(part * 1e6) | 0;
      for (let shift = 0; shift < 32; shift += 8) {
        h ^= (word >>> shift) & 0xff;
        h = Math.imul(h, FNV_PRIME);
      }
    } else {
      h = fnvString(h, part);
    }
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

/** A reproducible stream of uniforms in [0, 1) identified by its keys. */
export const streamFor = (...parts: ReadonlyArray<string | number>): (() => number) => mulberry32(hashKeys(...parts));

/** One reproducible uniform in [0, 1). */
export const uniform = (...parts: ReadonlyArray<string | number>): number => streamFor(...parts)();

/** One reproducible value in [-1, 1), for symmetric noise. */
export const jitter = (...parts: ReadonlyArray<string | number>): number => uniform(...parts) * 2 - 1;

/** Picks an index with probability proportional to `weights`, using the uniform `u`. */
export const pickWeighted = (weights: readonly number[], u: number): number => {
  const total = weights.reduce((a, b) => a + b, 0);
  let target = u * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i] ?? 0;
    if (target < 0) return i;
  }
  return weights.length - 1;
};

/** A standard normal draw from two uniforms (Box–Muller). */
export const normal = (u1: number, u2: number): number =>
  Math.sqrt(-2 * Math.log(Math.max(u1, 1e-12))) * Math.cos(2 * Math.PI * u2);

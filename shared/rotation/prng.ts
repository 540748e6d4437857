/**
 * mulberry32: a tiny seeded PRNG, so a plan depends only on its seed (and the budget), never on
 * Math.random. Returns floats in [0, 1).
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform integer in [0, k). */
export const randInt = (rand: () => number, k: number): number => Math.floor(rand() * k);

/** Fisher–Yates shuffle in place. */
export function shuffle<T>(rand: () => number, xs: T[]): T[] {
  for (let k = xs.length - 1; k > 0; k--) {
    const j = randInt(rand, k + 1);
    const x = xs[k]!;
    xs[k] = xs[j]!;
    xs[j] = x;
  }
  return xs;
}

/**
 * A seeded random source in [0, 1): the linear congruential generator d3-force uses internally (`src/lcg.js`), so a
 * layout started with the same seed is the same layout, in tests and in golden files. `lcg(1)` replays d3's own sequence.
 *
 * @param seed - any number; it is reduced to an unsigned 32-bit integer.
 */
export function lcg(seed = 1): () => number {
  // Parameters from Numerical Recipes, as in d3-force; a * s stays below 2^53, so the arithmetic is exact.
  const a = 1664525;
  const c = 1013904223;
  const m = 4294967296;
  let s = seed >>> 0;
  return () => (s = (a * s + c) % m) / m;
}

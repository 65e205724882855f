import { describe, expect, it } from 'vitest';
import { lcg } from './lcg.ts';

describe('lcg', () => {
  it('replays the same sequence for the same seed', () => {
    const a = lcg(42);
    const b = lcg(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, lcg(43))).not.toEqual(first);
  });

  it('stays within [0, 1)', () => {
    const values = Array.from({ length: 10_000 }, lcg(7));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it('matches d3-force with seed 1', () => {
    // d3-force's lcg starts from s = 1: the first value is (1664525 + 1013904223) / 2^32.
    expect(lcg()()).toBeCloseTo((1664525 + 1013904223) / 4294967296, 15);
  });
});

import { describe, expect, it } from 'vitest';
import { createHitTester } from './canvas-hit.ts';

describe('canvas hit testing', () => {
  const sizes = [
    { width: 100, height: 40 },
    { width: 20, height: 20 },
    { width: 60, height: 30 },
  ];
  const positions = new Float64Array([0, 0, 40, 10, 300, 300]);

  it('finds the box that holds the point, the topmost where boxes overlap', () => {
    const hit = createHitTester(sizes);
    expect(hit.find(positions, -45, 0)).toBe(0);
    expect(hit.find(positions, 42, 12)).toBe(1);
    expect(hit.find(positions, 320, 310)).toBe(2);
    expect(hit.find(positions, 200, 0)).toBe(-1);
  });

  it('rebuilds when the positions move and skips unplaced nodes', () => {
    const hit = createHitTester(sizes);
    expect(hit.find(positions, 300, 300)).toBe(2);
    const moved = new Float64Array([0, 0, 40, 10, NaN, NaN]);
    expect(hit.find(moved, 300, 300)).toBe(-1);
  });
});

import { forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { forceCollideRect } from './collide-rect.ts';
import { lcg } from './lcg.ts';
import { createGrid, rectsOf } from './rects.ts';
import { overlappingPairs, scatteredBoxes } from './test-helpers.ts';
import type { Size } from './types.ts';

type Node = SimulationNodeDatum & Size & { x: number; y: number };

function settle(nodes: Node[], padding = 0, ticks = 60): Node[] {
  const simulation = forceSimulation(nodes)
    .randomSource(lcg(1))
    .force(
      'collide',
      forceCollideRect<Node>((node) => node, padding),
    )
    .stop();
  simulation.tick(ticks);
  return nodes;
}

describe('forceCollideRect', () => {
  it('separates two overlapping boxes along the axis of least overlap', () => {
    const [a, b] = settle([
      { x: 0, y: 0, width: 200, height: 40 },
      { x: 30, y: 10, width: 200, height: 40 },
    ]);
    expect(overlappingPairs([a!, b!])).toEqual([]);
    // They overlapped by 170 px across and 30 px down: they part vertically and keep their x.
    expect(b!.y - a!.y).toBeGreaterThanOrEqual(40 - 0.5);
    expect(b!.x - a!.x).toBeCloseTo(30);
  });

  it('keeps the padding between boxes', () => {
    const [a, b] = settle(
      [
        { x: 0, y: 0, width: 40, height: 100 },
        { x: -10, y: 0, width: 40, height: 100 },
      ],
      12,
    );
    expect(a!.x - b!.x).toBeGreaterThanOrEqual(40 + 12 - 0.5);
  });

  it('moves the smaller box more', () => {
    const [big, small] = settle([
      { x: 0, y: 0, width: 300, height: 100 },
      { x: 0, y: 40, width: 60, height: 30 },
    ]);
    expect(Math.abs(big!.y)).toBeLessThan(Math.abs(small!.y - 40));
  });

  it('never moves a pinned node', () => {
    const [pinned, free] = settle([
      { x: 0, y: 0, fx: 0, fy: 0, width: 100, height: 40 },
      { x: 10, y: 10, width: 100, height: 40 },
    ]);
    expect([pinned!.x, pinned!.y]).toEqual([0, 0]);
    expect(overlappingPairs([pinned!, free!])).toEqual([]);
  });

  it('spreads a crowd until little overlap is left', () => {
    const nodes = scatteredBoxes(lcg(3), 100, 300);
    const before = overlappingPairs(nodes).length;
    settle(nodes, 0, 120);
    expect(before).toBeGreaterThan(500);
    expect(overlappingPairs(nodes).length).toBeLessThan(before / 10);
  });
});

describe('createGrid', () => {
  it('finds every overlapping pair, once, as brute force does', () => {
    for (const spread of [300, 3000, 60000]) {
      const boxes = scatteredBoxes(lcg(spread), 300, spread);
      const r = rectsOf(
        boxes.map((b) => ({ ...b, fx: null })),
        (b) => b,
      );
      boxes.forEach((b, i) => [(r.x[i] = b.x), (r.y[i] = b.y)]);
      const grid = createGrid();
      grid.index(r, 6);
      const found: [number, number][] = [];
      for (let i = 0; i < boxes.length; i++) grid.forEachLater(r, i, 6, (a, b) => void found.push([a, b]));
      expect(found.sort((p, q) => p[0] - q[0] || p[1] - q[1])).toEqual(overlappingPairs(boxes, 6));
    }
  });
});

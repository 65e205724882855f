import type { Force, SimulationNodeDatum } from 'd3-force';
import { createGrid, rectsOf, separate, type Rects } from './rects.ts';
import type { Size } from './types.ts';

/** How hard and how often {@link forceCollideRect} pushes. */
export interface CollideRectOptions {
  /** Share of the overlap removed per tick, 0–1. */
  strength?: number;
  /** Passes per tick; more is stiffer and slower. */
  iterations?: number;
  /** Acts on one tick in `every` (1: all), for large maps where a pass costs more than the precision it buys. */
  every?: number;
}

/**
 * Rectangle collision, after d3's `forceCollide` for circles: each node is a box centred on its position, sized by
 * `size` (read when the force is initialised), and boxes that would overlap on the next tick, with `padding` kept
 * between them, are pushed apart along the axis of least overlap. The push is `strength` times the overlap, split by
 * area so a big box moves less; a node pinned on that axis (`fx`/`fy`) does not move and the other takes the whole
 * push. A grid of cells as big as the largest box finds the neighbours, without allocating: a tick costs about n.
 *
 * Like `forceCollide` it works on velocities and ignores alpha, so it keeps acting while the layout cools. It may leave
 * a few pixels of overlap; `removeOverlaps` guarantees none remain.
 */
export function forceCollideRect<N extends SimulationNodeDatum>(
  size: (node: N) => Size,
  padding = 0,
  { strength = 1, iterations = 1, every = 1 }: CollideRectOptions = {},
): Force<N, undefined> {
  let nodes: readonly N[] = [];
  let rects: Rects = rectsOf([], size);
  const push = (overlap: number) => overlap * strength;

  const grid = createGrid();
  const separateFrom = (i: number, j: number, ox: number, oy: number) => void separate(rects, i, j, ox, oy, push);
  let calls = 0;
  function force(): void {
    if (calls++ % every !== 0) return;
    const r = rects;
    for (let k = 0; k < iterations; k++) {
      // Work on the positions the nodes are heading for, then turn the corrections back into velocity.
      nodes.forEach((node, i) => {
        r.x[i] = (node.x ?? 0) + (node.vx ?? 0);
        r.y[i] = (node.y ?? 0) + (node.vy ?? 0);
        // Pins change between ticks (a drag), sizes only with the graph.
        r.fixed[i] = (node.fx != null ? 1 : 0) | (node.fy != null ? 2 : 0);
      });
      grid.index(r, padding);
      for (let i = 0; i < nodes.length; i++) grid.forEachLater(r, i, padding, separateFrom);
      nodes.forEach((node, i) => {
        node.vx = r.x[i]! - (node.x ?? 0);
        node.vy = r.y[i]! - (node.y ?? 0);
      });
    }
  }

  force.initialize = (next: N[]) => {
    nodes = next;
    rects = rectsOf(next, size);
  };
  return force;
}

import { quadtree, type Quadtree, type QuadtreeLeaf } from 'd3-quadtree';
import type { Size } from './types.ts';

// Indices into the typed arrays below are always in bounds; `!` answers noUncheckedIndexedAccess in the hot loops.

/**
 * Boxes by index, in typed arrays: the working set shared by `forceCollideRect` and `removeOverlaps`. `x`, `y` are
 * centres, `hw`, `hh` half sizes; `fixed` has bit 1 set when a box may not move along x, bit 2 along y.
 */
export interface Rects {
  x: Float64Array;
  y: Float64Array;
  hw: Float64Array;
  hh: Float64Array;
  area: Float64Array;
  fixed: Uint8Array;
  /** The largest half sizes: they bound how far apart the centres of two overlapping boxes can be. */
  maxHw: number;
  maxHh: number;
}

/** Something placed that may be pinned, as a d3-force node is. */
export interface Placed {
  fx?: number | null | undefined;
  fy?: number | null | undefined;
}

/** Reads sizes and pins from nodes; positions start at zero for the caller to fill. */
export function rectsOf<N extends Placed>(nodes: readonly N[], size: (node: N) => Size): Rects {
  const n = nodes.length;
  const r: Rects = {
    ...{ x: new Float64Array(n), y: new Float64Array(n), hw: new Float64Array(n), hh: new Float64Array(n) },
    ...{ area: new Float64Array(n), fixed: new Uint8Array(n), maxHw: 0, maxHh: 0 },
  };
  nodes.forEach((node, i) => {
    const { width, height } = size(node);
    r.hw[i] = width / 2;
    r.hh[i] = height / 2;
    // A point still weighs a little, so the mass split below never divides 0 by 0.
    r.area[i] = Math.max(1, width * height);
    r.fixed[i] = (node.fx != null ? 1 : 0) | (node.fy != null ? 2 : 0);
    r.maxHw = Math.max(r.maxHw, width / 2);
    r.maxHh = Math.max(r.maxHh, height / 2);
  });
  return r;
}

/** Indexes the boxes' current centres for neighbour search. */
export function indexRects(r: Rects): Quadtree<number> {
  const indices = Array.from({ length: r.x.length }, (_, i) => i);
  return quadtree(
    indices,
    (i) => r.x[i]!,
    (i) => r.y[i]!,
  );
}

/**
 * Calls `visit(j, ox, oy)` for every box `j` in `tree`, other than `i`, that overlaps box `i` grown by `padding`, with
 * the overlap along each axis. Positions are read live; the tree only prunes the search, so it may be a little stale.
 */
export function forEachOverlap(
  tree: Quadtree<number>,
  r: Rects,
  i: number,
  padding: number,
  visit: (j: number, ox: number, oy: number) => void,
): void {
  const { x, y, hw, hh } = r;
  const reachX = hw[i]! + r.maxHw + padding;
  const reachY = hh[i]! + r.maxHh + padding;
  tree.visit((quad, x0, y0, x1, y1) => {
    if (quad.length) return x0 > x[i]! + reachX || x1 < x[i]! - reachX || y0 > y[i]! + reachY || y1 < y[i]! - reachY;
    for (let leaf: QuadtreeLeaf<number> | undefined = quad; leaf; leaf = leaf.next) {
      const j = leaf.data;
      if (j === i) continue;
      const ox = hw[i]! + hw[j]! + padding - Math.abs(x[j]! - x[i]!);
      const oy = hh[i]! + hh[j]! + padding - Math.abs(y[j]! - y[i]!);
      if (ox > 0 && oy > 0) visit(j, ox, oy);
    }
    return true;
  });
}

/**
 * Pushes boxes `i` and `j` apart along the axis where they overlap least, by `amount` in all, split by area (the
 * bigger box moves less) and never moving a box along an axis it is pinned on. Returns false when neither can move.
 */
export function separate(
  r: Rects,
  i: number,
  j: number,
  ox: number,
  oy: number,
  amount: (overlap: number) => number,
): boolean {
  const canX = (r.fixed[i]! & 1) === 0 || (r.fixed[j]! & 1) === 0;
  const canY = (r.fixed[i]! & 2) === 0 || (r.fixed[j]! & 2) === 0;
  if (!canX && !canY) return false;
  const alongX = canX && (ox <= oy || !canY);
  const [pos, bit] = alongX ? [r.x, 1] : [r.y, 2];
  const delta = amount(alongX ? ox : oy);
  // Coincident centres part in index order, which keeps the result deterministic without a random source.
  const sign = pos[j]! >= pos[i]! ? 1 : -1;
  const shareI = r.fixed[i]! & bit ? 0 : r.fixed[j]! & bit ? 1 : r.area[j]! / (r.area[i]! + r.area[j]!);
  pos[i]! -= sign * delta * shareI;
  pos[j]! += sign * delta * (1 - shareI);
  return true;
}

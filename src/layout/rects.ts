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
 * A uniform grid over the boxes' centres, for the collision force's every-tick neighbour search: cells at least as
 * big as two of the largest boxes (plus padding), so boxes that overlap sit in the same or adjacent cells; boxes
 * sorted by cell in typed arrays that are reused from tick to tick, so a search allocates nothing.
 */
export function createGrid() {
  let order = new Int32Array(0);
  let cellOf = new Int32Array(0);
  let start = new Int32Array(0);
  let [x0, y0, cellW, cellH, cols, rows] = [0, 0, 1, 1, 1, 1];
  const cell = (v: number, origin: number, size: number, count: number) =>
    Math.min(count - 1, Math.max(0, Math.floor((v - origin) / size)));
  return {
    /** Sorts the boxes of `r` into cells, by their current centres. */
    index(r: Rects, padding: number): void {
      const n = r.x.length;
      let [x1, y1] = [-Infinity, -Infinity];
      [x0, y0] = [Infinity, Infinity];
      for (let i = 0; i < n; i++) {
        x0 = Math.min(x0, r.x[i]!);
        y0 = Math.min(y0, r.y[i]!);
        x1 = Math.max(x1, r.x[i]!);
        y1 = Math.max(y1, r.y[i]!);
      }
      cellW = 2 * r.maxHw + padding || 1;
      cellH = 2 * r.maxHh + padding || 1;
      // A sparse map spread far apart would need too many cells: bigger cells find the same neighbours.
      while (((x1 - x0) / cellW + 1) * ((y1 - y0) / cellH + 1) > 4 * n + 16) [cellW, cellH] = [2 * cellW, 2 * cellH];
      cols = n ? Math.floor((x1 - x0) / cellW) + 1 : 1;
      rows = n ? Math.floor((y1 - y0) / cellH) + 1 : 1;
      if (order.length < n) [order, cellOf] = [new Int32Array(n), new Int32Array(n)];
      if (start.length < cols * rows + 1) start = new Int32Array(cols * rows + 1);
      start.fill(0, 0, cols * rows + 1);
      for (let i = 0; i < n; i++) {
        const c = cell(r.y[i]!, y0, cellH, rows) * cols + cell(r.x[i]!, x0, cellW, cols);
        cellOf[i] = c;
        start[c + 1]!++;
      }
      for (let c = 0; c < cols * rows; c++) start[c + 1]! += start[c]!;
      // Counting sort: `start` ends up one cell ahead, so shift it back once the boxes are placed.
      for (let i = 0; i < n; i++) order[start[cellOf[i]!]!++] = i;
      for (let c = cols * rows; c > 0; c--) start[c] = start[c - 1]!;
      start[0] = 0;
    },
    /**
     * Calls `visit(i, j, ox, oy)` for every box `j > i` that overlaps box `i` grown by `padding`, with the overlap
     * along each axis. Positions are read live; cells are those of the last {@link index}.
     */
    forEachLater(
      r: Rects,
      i: number,
      padding: number,
      visit: (i: number, j: number, ox: number, oy: number) => void,
    ): void {
      const { x, y, hw, hh } = r;
      const cx = cell(x[i]!, x0, cellW, cols);
      const cy = cell(y[i]!, y0, cellH, rows);
      for (let row = Math.max(0, cy - 1); row <= Math.min(rows - 1, cy + 1); row++) {
        for (let col = Math.max(0, cx - 1); col <= Math.min(cols - 1, cx + 1); col++) {
          const c = row * cols + col;
          for (let k = start[c]!; k < start[c + 1]!; k++) {
            const j = order[k]!;
            if (j <= i) continue;
            const ox = hw[i]! + hw[j]! + padding - Math.abs(x[j]! - x[i]!);
            const oy = hh[i]! + hh[j]! + padding - Math.abs(y[j]! - y[i]!);
            if (ox > 0 && oy > 0) visit(i, j, ox, oy);
          }
        }
      }
    },
  };
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

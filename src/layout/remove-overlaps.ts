import { quadtree, type Quadtree } from 'd3-quadtree';
import { forEachOverlap, indexRects, rectsOf, separate, type Placed, type Rects } from './rects.ts';
import { stretchAbout } from './geometry.ts';
import type { Point, Size } from './types.ts';

/** Separated boxes end this much further apart than asked, so rounding never brings an overlap back. */
const EPSILON = 1e-3;

/**
 * Moves nodes so that no two boxes overlap, keeping at least `padding` between them: the deterministic final pass after
 * warm-up and after the layout settles, which turns the collision force's "almost" into a guarantee.
 *
 * Up to `maxIterations` rounds push each overlapping pair of free boxes fully apart along its axis of least overlap
 * (the bigger box moving less). If overlaps remain after that, or a box overlaps a pinned one, the boxes are placed
 * one by one, pinned ones first, each where it is if that is free, else at the nearest free spot beside the boxes in
 * its way. Mutates `x`, `y` of the nodes it moves, nothing else.
 *
 * @returns how many pairs still overlap: 0, unless pinned boxes overlap each other.
 */
export function removeOverlaps<N extends Placed & Partial<Point>>(
  nodes: readonly N[],
  size: (node: N) => Size,
  padding = 0,
  maxIterations = 50,
): number {
  const r = rectsAt(nodes, size);
  const fully = (overlap: number) => overlap + EPSILON;
  // Rounds part pairs of free boxes; a box against a pinned one is left to the greedy pass, since pushing it along
  // could walk it through a row of pinned boxes.
  let overlaps = Infinity;
  let pinnedOverlaps = 0;
  for (let round = 0; round < maxIterations && overlaps > 0; round++) {
    overlaps = 0;
    pinnedOverlaps = 0;
    const tree = indexRects(r);
    for (let i = 0; i < nodes.length; i++) {
      forEachOverlap(tree, r, i, padding, (j, ox, oy) => {
        if (j < i) return;
        if (r.fixed[i] !== 0 || r.fixed[j] !== 0) pinnedOverlaps++;
        else if (separate(r, i, j, ox, oy, fully)) overlaps++;
      });
    }
  }
  if (overlaps > 0 || pinnedOverlaps > 0) placeGreedily(r, padding);
  nodes.forEach((node, i) => {
    if (node.x !== r.x[i] || node.y !== r.y[i]) Object.assign(node, { x: r.x[i], y: r.y[i] });
  });
  return countOverlaps(r, padding);
}

/** How far {@link makeRoom} stretches a layout along each axis at most. */
const MAX_STRETCH = 1.5;

/**
 * Spreads the boxes' centres apart about their middle, along x and along y, just enough that no two boxes overlap
 * (with `padding` between them), so that a layout made for smaller boxes (a shipped layout, sized without the
 * browser's fonts) keeps its shape. Moving centres apart never makes boxes overlap, so only pairs that overlap ask
 * for room, each along one axis or the other; of the stretches that clear them all, it takes the one that grows the
 * map's area least, at most {@link MAX_STRETCH} along each axis ({@link removeOverlaps} does what that leaves).
 * Mutates `x`, `y` of the nodes, and returns the stretch.
 */
export function makeRoom<N extends Placed & Point>(
  nodes: readonly N[],
  size: (node: N) => Size,
  padding = 0,
): { sx: number; sy: number } {
  const r = rectsAt(nodes, size);
  // For each overlapping pair, the stretch along x and the stretch along y that would each clear it alone.
  const needs: [number, number][] = [];
  const tree = indexRects(r);
  for (let i = 0; i < nodes.length; i++) {
    forEachOverlap(tree, r, i, padding, (j, ox, oy) => {
      if (j < i) return;
      const dx = Math.abs(r.x[j]! - r.x[i]!);
      const dy = Math.abs(r.y[j]! - r.y[i]!);
      if (dx > 0 || dy > 0) needs.push([dx > 0 ? (dx + ox) / dx : Infinity, dy > 0 ? (dy + oy) / dy : Infinity]);
    });
  }
  // Try each pair's x stretch (and none): the pairs it leaves ask for the largest y stretch among them.
  needs.sort((a, b) => a[0] - b[0]);
  const yLeft = new Float64Array(needs.length + 1).fill(1);
  for (let k = needs.length - 1; k >= 0; k--) yLeft[k] = Math.max(yLeft[k + 1]!, needs[k]![1]);
  let best = { sx: 1, sy: Math.min(MAX_STRETCH, yLeft[0]!) };
  for (let k = 0; k < needs.length; k++) {
    const sx = needs[k]![0];
    if (sx > MAX_STRETCH) break;
    const sy = Math.min(MAX_STRETCH, yLeft[k + 1]!);
    if (sx * sy < best.sx * best.sy) best = { sx, sy };
  }
  if (best.sx === 1 && best.sy === 1) return best;
  const n = Math.max(1, nodes.length);
  const middle = { x: r.x.reduce((sum, x) => sum + x, 0) / n, y: r.y.reduce((sum, y) => sum + y, 0) / n };
  stretchAbout(nodes, middle, best.sx, best.sy);
  return best;
}

/** The boxes of `nodes` where they stand (a node not placed yet at the origin). */
function rectsAt<N extends Placed & Partial<Point>>(nodes: readonly N[], size: (node: N) => Size): Rects {
  const r = rectsOf(nodes, size);
  nodes.forEach((node, i) => {
    r.x[i] = node.x ?? 0;
    r.y[i] = node.y ?? 0;
  });
  return r;
}

/** Counts the pairs of boxes closer than `padding`. */
export function countOverlaps(r: Rects, padding: number): number {
  const tree = indexRects(r);
  let count = 0;
  for (let i = 0; i < r.x.length; i++) forEachOverlap(tree, r, i, padding, (j) => void (count += j > i ? 1 : 0));
  return count;
}

/** Places boxes one by one, pinned ones first, then from the middle out, so the crowd grows like a snowball. */
function placeGreedily(r: Rects, padding: number): void {
  const n = r.x.length;
  const centre = { x: r.x.reduce((sum, x) => sum + x, 0) / n, y: r.y.reduce((sum, y) => sum + y, 0) / n };
  const away = (i: number) => Math.hypot(r.x[i]! - centre.x, r.y[i]! - centre.y);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => Number(r.fixed[b] !== 0) - Number(r.fixed[a] !== 0) || away(a) - away(b) || a - b,
  );
  const placed = quadtree<number>(
    [],
    (i) => r.x[i]!,
    (i) => r.y[i]!,
  );
  for (const i of order) {
    if (r.fixed[i] === 0) moveTo(r, i, freeSpot(placed, r, i, padding, centre));
    placed.add(i);
  }
}

/**
 * The free spot nearest to box `i` among: where it is, beside a box in its way, beside a box in the way of that.
 * Failing those, the first free spot on the way out from `centre` through the box, which exists as the placed boxes
 * are finitely many.
 */
function freeSpot(placed: Quadtree<number>, r: Rects, i: number, padding: number, centre: Point): Point {
  const home = { x: r.x[i]!, y: r.y[i]! };
  const distance = (p: Point) => Math.hypot(p.x - home.x, p.y - home.y);
  const blockersAt = (spot: Point) => {
    moveTo(r, i, spot);
    const blockers: number[] = [];
    forEachOverlap(placed, r, i, padding, (j) => void blockers.push(j));
    return blockers;
  };
  let frontier: Point[] = [home];
  for (let depth = 0; depth < 3; depth++) {
    const next: Point[] = [];
    let best: Point | undefined;
    for (const spot of frontier) {
      const blockers = blockersAt(spot);
      if (blockers.length === 0 && (!best || distance(spot) < distance(best))) best = spot;
      for (const j of blockers) next.push(...besides(r, i, j, spot, padding));
    }
    if (best) return best;
    frontier = next.sort((a, b) => distance(a) - distance(b)).slice(0, 32);
  }
  const length = Math.hypot(home.x - centre.x, home.y - centre.y);
  const [ux, uy] = length > 0 ? [(home.x - centre.x) / length, (home.y - centre.y) / length] : [0, 1];
  const step = Math.max(4, Math.min(r.hw[i]!, r.hh[i]!));
  for (let k = 1; ; k++) {
    const spot = { x: home.x + ux * step * k, y: home.y + uy * step * k };
    if (blockersAt(spot).length === 0) return spot;
  }
}
/** The four spots where box `i`, moved from `spot` along one axis, just clears box `j`. */
function besides(r: Rects, i: number, j: number, spot: Point, padding: number): Point[] {
  const dx = r.hw[i]! + r.hw[j]! + padding + EPSILON;
  const dy = r.hh[i]! + r.hh[j]! + padding + EPSILON;
  return [
    { x: r.x[j]! - dx, y: spot.y },
    { x: r.x[j]! + dx, y: spot.y },
    { x: spot.x, y: r.y[j]! - dy },
    { x: spot.x, y: r.y[j]! + dy },
  ];
}

function moveTo(r: Rects, i: number, p: Point): void {
  r.x[i] = p.x;
  r.y[i] = p.y;
}

import type { Force, SimulationNodeDatum } from 'd3-force';

// Indices into the typed arrays below are always in bounds; `!` answers noUncheckedIndexedAccess in the hot loops.

/** How {@link forceManyBodyFlat} pushes: as d3's `forceManyBody` with a constant strength and no maximum distance. */
export interface ManyBodyOptions {
  /** Every node's strength: negative repels (d3's default, -30). */
  strength?: number;
  /** Barnes–Hut opening criterion (d3's default, 0.9): larger is coarser and faster. */
  theta?: number;
  /** Below this distance forces stop growing (d3's default, 1). */
  distanceMin?: number;
}

/** `first` of a quad that has children. */
const INTERNAL = -2;
/** `first` of a quad holding no point (only the root can be empty). */
const EMPTY = -1;
/** Points this deep share a leaf (a chain) rather than splitting it further: they are as good as coincident. */
const MAX_DEPTH = 40;

/**
 * Barnes–Hut repulsion with d3's `forceManyBody` formula and opening criterion, for large maps. d3's version builds a
 * quadtree of objects every tick and visits it with one object per visited quad: at 20,000 nodes that is about a
 * million short-lived objects per tick, and in a Web Worker the garbage collector's helper threads then crowd out the
 * page's own threads (frames stall while the worker collects). This one keeps its quadtree in typed arrays that live
 * as long as the force, and walks it with a stack of integers: a tick allocates nothing.
 *
 * Quads are numbered in creation order, so a quad's children always come after it: summing masses bottom-up is one
 * backwards sweep. A leaf holds a chain of points (`next`), for coincident points and those past {@link MAX_DEPTH}.
 */
export function forceManyBodyFlat<N extends SimulationNodeDatum>({
  strength = -30,
  theta = 0.9,
  distanceMin = 1,
}: ManyBodyOptions = {}): Force<N, undefined> {
  const theta2 = theta * theta;
  const distanceMin2 = distanceMin * distanceMin;
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let next = new Int32Array(0);
  // Per quad: four children (-1: none), first point or INTERNAL / EMPTY, side, points under it, their centre.
  let child = new Int32Array(0);
  let first = new Int32Array(0);
  let side = new Float64Array(0);
  let count = new Float64Array(0);
  let cx = new Float64Array(0);
  let cy = new Float64Array(0);
  let quads = 0;
  let stack = new Int32Array(0);

  const grow = (wanted: number) => {
    if (wanted <= first.length) return;
    const size = Math.max(wanted, 2 * first.length, 64);
    const more = <T extends Int32Array | Float64Array>(old: T, n: number): T => {
      const fresh = new (old.constructor as new (n: number) => T)(n);
      fresh.set(old);
      return fresh;
    };
    child = more(child, 4 * size);
    first = more(first, size);
    side = more(side, size);
    count = more(count, size);
    cx = more(cx, size);
    cy = more(cy, size);
  };
  const newQuad = (s: number, point: number) => {
    grow(quads + 1);
    const q = quads++;
    child.fill(-1, 4 * q, 4 * q + 4);
    first[q] = point;
    side[q] = s;
    return q;
  };

  /** Which child of a quad at (qx, qy) with children of side `half` holds (x, y): 0 1 / 2 3. */
  const quadrant = (x: number, y: number, qx: number, qy: number, half: number) =>
    (y >= qy + half ? 2 : 0) + (x >= qx + half ? 1 : 0);

  function build(): void {
    const n = nodes.length;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < n; i++) {
      const x = (px[i] = nodes[i]!.x ?? NaN);
      const y = (py[i] = nodes[i]!.y ?? NaN);
      if (Number.isNaN(x) || Number.isNaN(y)) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    quads = 0;
    // A square root a hair larger than the points' extent, so the largest coordinates fall inside it.
    const extent = Math.max(x1 - x0, y1 - y0, 1) * (1 + 1e-9) + 1e-9;
    newQuad(extent, EMPTY);
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(px[i]!) || Number.isNaN(py[i]!)) continue;
      next[i] = -1;
      let [q, qx, qy, depth] = [0, x0, y0, 0];
      for (;;) {
        const f = first[q]!;
        if (f === EMPTY) {
          first[q] = i;
          break;
        }
        if (f >= 0) {
          if ((px[f] === px[i] && py[f] === py[i]) || depth >= MAX_DEPTH) {
            next[i] = f;
            first[q] = i;
            break;
          }
          // Split the leaf: its chain moves down a level, and the point goes on looking for its place.
          first[q] = INTERNAL;
          const half = side[q]! / 2;
          child[4 * q + quadrant(px[f]!, py[f]!, qx, qy, half)] = newQuad(half, f);
        }
        const half = side[q]! / 2;
        const k = quadrant(px[i]!, py[i]!, qx, qy, half);
        if (k & 1) qx += half;
        if (k & 2) qy += half;
        const c = child[4 * q + k]!;
        if (c === -1) {
          child[4 * q + k] = newQuad(half, i);
          break;
        }
        q = c;
        depth++;
      }
    }
    // Bottom-up (children were made after their parents): how many points each quad holds, and their centre.
    for (let q = quads - 1; q >= 0; q--) {
      let [c, sx, sy] = [0, 0, 0];
      const f = first[q]!;
      if (f >= 0) {
        for (let j = f; j !== -1; j = next[j]!) [c, sx, sy] = [c + 1, sx + px[j]!, sy + py[j]!];
      } else if (f === INTERNAL) {
        for (let k = 0; k < 4; k++) {
          const ch = child[4 * q + k]!;
          if (ch === -1) continue;
          c += count[ch]!;
          sx += count[ch]! * cx[ch]!;
          sy += count[ch]! * cy[ch]!;
        }
      }
      count[q] = c;
      cx[q] = c ? sx / c : 0;
      cy[q] = c ? sy / c : 0;
    }
  }

  const jiggle = () => (random() - 0.5) * 1e-6;

  function force(alpha: number): void {
    build();
    if (stack.length < 4 * MAX_DEPTH + 8) stack = new Int32Array(4 * MAX_DEPTH + 8);
    const push = strength * alpha;
    for (let i = 0; i < nodes.length; i++) {
      const x = px[i]!;
      const y = py[i]!;
      if (Number.isNaN(x) || Number.isNaN(y)) continue;
      let [vx, vy] = [0, 0];
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const q = stack[--top]!;
        const c = count[q]!;
        if (!c) continue;
        let dx = cx[q]! - x;
        let dy = cy[q]! - y;
        let l = dx * dx + dy * dy;
        const w = side[q]!;
        const f = first[q]!;
        // Far enough: the whole quad acts as one body at its centre.
        const far = (w * w) / theta2 < l;
        if (!far && f === INTERNAL) {
          for (let k = 3; k >= 0; k--) {
            const ch = child[4 * q + k]!;
            if (ch !== -1) stack[top++] = ch;
          }
          continue;
        }
        // A leaf holding only this node pushes nothing.
        if (!far && f === i && next[i] === -1) continue;
        // Limit forces for very close nodes; randomize the direction of coincident ones (as d3 does).
        if (dx === 0) {
          dx = jiggle();
          l += dx * dx;
        }
        if (dy === 0) {
          dy = jiggle();
          l += dy * dy;
        }
        if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
        // This node does not push itself: a near leaf counts the others in its chain only.
        const bodies = far ? c : f === i || leafHolds(f, i) ? c - 1 : c;
        vx += (dx * push * bodies) / l;
        vy += (dy * push * bodies) / l;
      }
      const node = nodes[i]!;
      node.vx = (node.vx ?? 0) + vx;
      node.vy = (node.vy ?? 0) + vy;
    }
  }

  /** Whether the chain starting at `f` holds point `i`. */
  function leafHolds(f: number, i: number): boolean {
    for (let j = f; j !== -1; j = next[j]!) if (j === i) return true;
    return false;
  }

  force.initialize = (next_: N[], random_: () => number) => {
    nodes = next_;
    random = random_;
    px = new Float64Array(nodes.length);
    py = new Float64Array(nodes.length);
    next = new Int32Array(nodes.length);
    grow(2 * nodes.length + 1);
  };
  return force;
}

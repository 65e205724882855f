import { boundsOf, stretchAbout } from './geometry.ts';
import type { SimNode } from './types.ts';

/** Vertical distance between the bands of successive kinds (question, position, argument, fact). */
export const RANK_GAP = 160;
/** The golden angle, as in d3-force's phyllotaxis start. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Gives `fresh` nodes their starting place, where they belong: next to their neighbours already placed, a band up or
 * down by rank (a new argument under the position it supports), scattered by `random` so siblings do not start
 * stacked. Nodes are placed breadth first, so a newcomer reached only through other newcomers waits for them.
 *
 * A node with no placed neighbour starts a new cluster, questions first: beside the map when there is one (so the
 * nodes already there are not pushed around), or on a sunflower spiral in its band for a first layout. Deterministic
 * for a given `random`. Mutates `x`, `y` of the fresh nodes only.
 */
export function placeNodes(
  nodes: readonly SimNode[],
  fresh: ReadonlySet<SimNode>,
  links: readonly { source: SimNode; target: SimNode }[],
  random: () => number,
): void {
  // By index, in flat arrays: this runs over every node and link of a map before its first paint.
  const n = nodes.length;
  const indexOf = new Map<SimNode, number>();
  nodes.forEach((node, i) => indexOf.set(node, i));
  // Each node's neighbours, in link order (a link counts for both its ends; one with an end off the list, for none).
  const ends = new Int32Array(2 * links.length).fill(-1);
  // Node i's neighbours are adjacent[start[i] … start[i + 1]]: counted, summed, then filled in.
  const start = new Int32Array(n + 1);
  links.forEach(({ source, target }, l) => {
    const a = indexOf.get(source);
    const b = indexOf.get(target);
    if (a === undefined || b === undefined) return;
    ends[2 * l] = a;
    ends[2 * l + 1] = b;
    start[a + 1]!++;
    start[b + 1]!++;
  });
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const next = start.slice();
  const adjacent = new Int32Array(start[n]!);
  for (let l = 0; l < links.length; l++) {
    const a = ends[2 * l]!;
    const b = ends[2 * l + 1]!;
    if (a < 0) continue;
    adjacent[next[a]!++] = b;
    adjacent[next[b]!++] = a;
  }
  const spacing = typicalSize(nodes);
  const waiting = new Uint8Array(n);
  let left = 0;
  nodes.forEach((node, i) => {
    if (!fresh.has(node)) return;
    waiting[i] = 1;
    left++;
  });
  const afresh = left === n;
  let right = nodes.reduce((edge, node, i) => (waiting[i] ? edge : Math.max(edge, node.x + node.width / 2)), 0);
  let seeds = 0;

  const place = (i: number) => {
    const node = nodes[i]!;
    waiting[i] = 0;
    left--;
    // The mean place and rank of the neighbours already placed.
    let placed = 0;
    let sumX = 0;
    let sumY = 0;
    let sumRank = 0;
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const j = adjacent[k]!;
      if (waiting[j] || j === i) continue;
      const other = nodes[j]!;
      placed++;
      sumX += other.x;
      sumY += other.y;
      sumRank += other.rank;
    }
    if (placed > 0) {
      node.x = sumX / placed + (random() - 0.5) * 2 * spacing;
      node.y = sumY / placed + (node.rank - sumRank / placed) * RANK_GAP + (random() - 0.5) * spacing * 0.5;
    } else if (afresh) {
      const radius = 2 * spacing * Math.sqrt(seeds);
      node.x = radius * Math.cos(seeds * GOLDEN_ANGLE);
      node.y = node.rank * RANK_GAP + 0.5 * radius * Math.sin(seeds * GOLDEN_ANGLE);
      seeds++;
    } else {
      node.x = right + spacing + node.width / 2;
      node.y = node.rank * RANK_GAP;
      right = node.x + node.width / 2;
    }
  };

  const hasPlacedNeighbour = (i: number) => {
    for (let k = start[i]!; k < start[i + 1]!; k++) if (!waiting[adjacent[k]!]) return true;
    return false;
  };
  const queue: number[] = [];
  const seedOrder: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!waiting[i]) continue;
    seedOrder.push(i);
    if (hasPlacedNeighbour(i)) queue.push(i);
  }
  seedOrder.sort((a, b) => nodes[a]!.rank - nodes[b]!.rank);
  for (let head = 0, nextSeed = 0; left > 0; head++) {
    while (head === queue.length) {
      const seed = seedOrder[nextSeed++]!;
      if (waiting[seed]) queue.push(seed);
    }
    const i = queue[head]!;
    if (!waiting[i]) continue;
    place(i);
    for (let k = start[i]!; k < start[i + 1]!; k++) if (waiting[adjacent[k]!]) queue.push(adjacent[k]!);
  }
  if (afresh && n > LARGE_MAP) spread(nodes);
}

/**
 * Maps with more nodes than this are large: drawn on a canvas and laid out in a worker. A first layout of more nodes
 * than this starts spread out (see {@link spread}); smaller ones keep the layout they always had.
 */
export const LARGE_MAP = 600;
/** How much room a spread start gives, as a multiple of the nodes' own area (a settled layout takes about 2.5). */
const SPREAD_ROOM = 2;

/**
 * Stretches a crowded first placement about its centre until it covers {@link SPREAD_ROOM} times the nodes' area.
 * Placed by their neighbours, a thousand nodes or more pile up in four bands a few hundred pixels across: the first
 * frames showed blocks stacked dozens deep (the canvas rasterising them made the longest frames), and the forces spent
 * their first ticks pushing them apart, mixing the bands (at 5,000 nodes, questions ended up below arguments on
 * average). Stretched, the first frame is already a map, top to bottom, and the settled layout keeps that order.
 */
function spread(nodes: readonly SimNode[]): void {
  const bounds = boundsOf(nodes);
  let area = 0;
  for (const node of nodes) area += node.width * node.height;
  const scale = Math.sqrt((SPREAD_ROOM * area) / Math.max(1, bounds.width * bounds.height));
  if (scale > 1) stretchAbout(nodes, { x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 }, scale);
}

/** The side of an average node's box (the root of its area), which scales spirals and scatter. */
function typicalSize(nodes: readonly SimNode[]): number {
  if (nodes.length === 0) return 100;
  return nodes.reduce((sum, node) => sum + Math.sqrt(node.width * node.height), 0) / nodes.length;
}

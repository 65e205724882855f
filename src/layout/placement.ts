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
  const neighbours = new Map<SimNode, SimNode[]>(nodes.map((node) => [node, []]));
  for (const { source, target } of links) {
    neighbours.get(source)?.push(target);
    neighbours.get(target)?.push(source);
  }
  const spacing = typicalSize(nodes);
  const waiting = new Set(nodes.filter((node) => fresh.has(node)));
  const afresh = waiting.size === nodes.length;
  let right = nodes.reduce((edge, node) => (waiting.has(node) ? edge : Math.max(edge, node.x + node.width / 2)), 0);
  let seeds = 0;

  const place = (node: SimNode) => {
    waiting.delete(node);
    // The mean place and rank of the neighbours already placed (summed in a loop: this runs for every node of a map).
    let placed = 0;
    let sumX = 0;
    let sumY = 0;
    let sumRank = 0;
    for (const other of neighbours.get(node) ?? []) {
      if (waiting.has(other) || other === node) continue;
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

  const queue = [...waiting].filter((node) => neighbours.get(node)?.some((other) => !waiting.has(other)));
  const seedOrder = [...waiting].sort((a, b) => a.rank - b.rank);
  for (let head = 0, nextSeed = 0; waiting.size > 0; head++) {
    while (head === queue.length) {
      const seed = seedOrder[nextSeed++]!;
      if (waiting.has(seed)) queue.push(seed);
    }
    const node = queue[head]!;
    if (!waiting.has(node)) continue;
    place(node);
    for (const other of neighbours.get(node) ?? []) if (waiting.has(other)) queue.push(other);
  }
}

/** The side of an average node's box (the root of its area), which scales spirals and scatter. */
function typicalSize(nodes: readonly SimNode[]): number {
  if (nodes.length === 0) return 100;
  return nodes.reduce((sum, node) => sum + Math.sqrt(node.width * node.height), 0) / nodes.length;
}

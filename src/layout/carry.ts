import type { SimLink } from './forces.ts';
import { lcg } from './lcg.ts';
import { placeNodes } from './placement.ts';
import { KIND_RANK, type LayoutGraph, type Point, type SimNode } from './types.ts';

/** How far (px, box edge to box edge) a newcomer's neighbourhood reaches: nodes that close make room for it. */
const CLEARANCE = 120;

/** The force layout's memory of nodes: those on the map, by id, and where those filtered out last stood. */
export interface NodeMemory {
  live: Map<string, SimNode>;
  departed: Map<string, Point>;
}

/** What changed between the last graph and this one, with the simulation's nodes and links for the new one. */
export interface CarriedGraph {
  nodes: SimNode[];
  links: SimLink[];
  /** Nodes placed for the first time (in a first layout, all of them). */
  fresh: ReadonlySet<SimNode>;
  /** Nodes that were on the map already and stay. */
  kept: ReadonlySet<SimNode>;
  /** Kept nodes clear of every newcomer, which can hold still while newcomers settle; those near one make room. */
  still: ReadonlySet<SimNode>;
}

/**
 * Carries positions from the last graph to `graph`, so that filtering never reshuffles the map: a node that stays
 * keeps its `SimNode` (and so its place, its velocity and its pin), a node that comes back after being filtered out
 * returns where it last stood, and only nodes never seen are placed, by {@link placeNodes}. Links whose ends are not
 * both on the map, or that loop on one node, are dropped. Updates `memory`.
 */
export function carryGraph(memory: NodeMemory, graph: LayoutGraph, random: () => number): CarriedGraph {
  const { live, departed } = memory;
  const kept = new Set<SimNode>();
  const nodes = graph.nodes.map(({ id, kind, width, height }): SimNode => {
    const node = live.get(id);
    if (node) {
      kept.add(node);
      node.kind = kind;
      node.rank = KIND_RANK[kind];
      node.width = width;
      node.height = height;
      return node;
    }
    const back = departed.get(id);
    if (back) departed.delete(id);
    const x = back?.x ?? NaN;
    const y = back?.y ?? NaN;
    return { id, kind, rank: KIND_RANK[kind], width, height, x, y, vx: 0, vy: 0, held: false, anchor: null };
  });
  for (const [id, node] of live) {
    if (!kept.has(node)) departed.set(id, { x: node.x, y: node.y });
  }
  live.clear();
  for (const node of nodes) live.set(node.id, node);

  const links: SimLink[] = [];
  for (const { source, target, kind } of graph.links) {
    const a = live.get(source);
    const b = live.get(target);
    if (a && b && a !== b) links.push({ source: a, target: b, kind });
  }
  const fresh = new Set(nodes.filter((node) => Number.isNaN(node.x)));
  placeNodes(nodes, fresh, links, random);
  const still = new Set([...kept].filter((node) => !fresh.size || !nearAny(node, fresh, CLEARANCE)));
  return { nodes, links, fresh, kept, still };
}

/**
 * Where a fresh layout of `graph` starts, worked out on its own: the placement `createForceLayout` (with the same
 * `random`, used for nothing before; both default to `lcg()`) gives the graph before its first tick, as an interleaved
 * positions buffer. The canvas view paints it while the layout itself is still on its way to its worker.
 */
export function startingPositions(graph: LayoutGraph, random: () => number = lcg()): Float64Array {
  const { nodes } = carryGraph({ live: new Map(), departed: new Map() }, graph, random);
  const positions = new Float64Array(2 * nodes.length);
  nodes.forEach((node, i) => {
    positions[2 * i] = node.x;
    positions[2 * i + 1] = node.y;
  });
  return positions;
}

/** Is `node`'s box within `margin` of any box in `others`? */
function nearAny(node: SimNode, others: ReadonlySet<SimNode>, margin: number): boolean {
  for (const other of others) {
    const gapX = Math.abs(node.x - other.x) - (node.width + other.width) / 2;
    const gapY = Math.abs(node.y - other.y) - (node.height + other.height) / 2;
    if (gapX < margin && gapY < margin) return true;
  }
  return false;
}

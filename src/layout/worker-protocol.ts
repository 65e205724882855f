import type { EdgeKind, NodeKind } from '../model/types.ts';
import { nodeOrder } from './graph.ts';
import type { LayoutGraph, Point } from './types.ts';

/** Messages to the layout worker. `version` numbers graphs so stale positions are never painted. */
export type ToWorker =
  | {
      type: 'graph';
      version: number;
      graph: PackedGraph;
      coolingTicks: number;
      start: Readonly<Record<string, Point>> | null;
    }
  | { type: 'pin'; id: string; x: number; y: number }
  | { type: 'release'; id: string };

/** Positions for graph `version` (a transferred buffer), and whether the layout has settled. */
export interface FromWorker {
  version: number;
  positions: Float64Array;
  settled: boolean;
  ticks: number;
}

/**
 * A layout graph packed for `postMessage`: a few arrays instead of an object per node and per link, which the
 * structured clone would copy one by one (about 100 ms for a 20,000-node map, on the main thread, before its first
 * paint). Nodes keep their order; links are indices into it.
 */
export interface PackedGraph {
  ids: string[];
  kinds: NodeKind[];
  /** Width and height of each node, interleaved. */
  sizes: Float64Array;
  /** Source and target index of each link, interleaved. */
  ends: Int32Array;
  linkKinds: EdgeKind[];
}

/**
 * Packs `graph`; links with an end that is not one of its nodes are left out (the layout drops them anyway). `index`
 * is each node's place in `graph.nodes`, by id, for a caller that has it already.
 */
export function packGraph(graph: LayoutGraph, index: ReadonlyMap<string, number> = nodeOrder(graph)): PackedGraph {
  const n = graph.nodes.length;
  const ids: string[] = new Array(n);
  const kinds: NodeKind[] = new Array(n);
  const sizes = new Float64Array(2 * n);
  graph.nodes.forEach((node, i) => {
    ids[i] = node.id;
    kinds[i] = node.kind;
    sizes[2 * i] = node.width;
    sizes[2 * i + 1] = node.height;
  });
  const kept = graph.links.filter((link) => index.has(link.source) && index.has(link.target));
  const ends = new Int32Array(2 * kept.length);
  kept.forEach((link, i) => {
    ends[2 * i] = index.get(link.source)!;
    ends[2 * i + 1] = index.get(link.target)!;
  });
  return { ids, kinds, sizes, ends, linkKinds: kept.map((link) => link.kind) };
}

/** The graph `packGraph` packed, as the layout takes it (in the worker). */
export function unpackGraph(packed: PackedGraph): LayoutGraph {
  const { ids, kinds, sizes, ends, linkKinds } = packed;
  return {
    nodes: ids.map((id, i) => ({ id, kind: kinds[i]!, width: sizes[2 * i]!, height: sizes[2 * i + 1]! })),
    links: linkKinds.map((kind, i) => ({ source: ids[ends[2 * i]!]!, target: ids[ends[2 * i + 1]!]!, kind })),
  };
}

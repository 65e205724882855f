import { EDGE_KINDS, NODE_KINDS } from '../model/kinds.ts';
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
 * A layout graph packed for `postMessage`: one string and a few typed arrays (whose buffers can be transferred)
 * instead of an object per node and per link, or arrays of strings, which the structured clone copies one by one. On
 * a 20,000-node map, on the main thread before its first paint, the objects took about 100 ms to clone, and arrays of
 * ids and kinds 15 ms to serialise; this takes under a millisecond.
 */
export interface PackedGraph {
  /** The node ids one after another: id `i` ends at `idEnds[i]` and starts where id `i - 1` ends. */
  idText: string;
  idEnds: Uint32Array;
  /** Each node's kind, as its place in `NODE_KINDS`. */
  kinds: Uint8Array;
  /** Width and height of each node, interleaved. */
  sizes: Float64Array;
  /** Source and target index of each link, interleaved. */
  ends: Int32Array;
  /** Each link's kind, as its place in `EDGE_KINDS`. */
  linkKinds: Uint8Array;
}

const nodeKindCode = new Map(NODE_KINDS.map((kind, i) => [kind, i]));
const edgeKindCode = new Map(EDGE_KINDS.map((kind, i) => [kind, i]));

/**
 * Packs `graph`; links with an end that is not one of its nodes are left out (the layout drops them anyway). `index`
 * is each node's place in `graph.nodes`, by id, for a caller that has it already.
 */
export function packGraph(graph: LayoutGraph, index: ReadonlyMap<string, number> = nodeOrder(graph)): PackedGraph {
  const n = graph.nodes.length;
  const ids: string[] = new Array(n);
  const idEnds = new Uint32Array(n);
  const kinds = new Uint8Array(n);
  const sizes = new Float64Array(2 * n);
  let end = 0;
  graph.nodes.forEach((node, i) => {
    ids[i] = node.id;
    idEnds[i] = end += node.id.length;
    kinds[i] = nodeKindCode.get(node.kind)!;
    sizes[2 * i] = node.width;
    sizes[2 * i + 1] = node.height;
  });
  const kept = graph.links.filter((link) => index.has(link.source) && index.has(link.target));
  const ends = new Int32Array(2 * kept.length);
  const linkKinds = new Uint8Array(kept.length);
  kept.forEach((link, i) => {
    ends[2 * i] = index.get(link.source)!;
    ends[2 * i + 1] = index.get(link.target)!;
    linkKinds[i] = edgeKindCode.get(link.kind)!;
  });
  return { idText: ids.join(''), idEnds, kinds, sizes, ends, linkKinds };
}

/** The graph `packGraph` packed, as the layout takes it (in the worker). */
export function unpackGraph(packed: PackedGraph): LayoutGraph {
  const { idText, idEnds, kinds, sizes, ends, linkKinds } = packed;
  const ids: string[] = new Array(idEnds.length);
  for (let i = 0; i < idEnds.length; i++) ids[i] = idText.slice(i === 0 ? 0 : idEnds[i - 1], idEnds[i]);
  return {
    nodes: ids.map((id, i) => ({ id, kind: NODE_KINDS[kinds[i]!]!, width: sizes[2 * i]!, height: sizes[2 * i + 1]! })),
    links: Array.from(linkKinds, (kind, i) => ({
      source: ids[ends[2 * i]!]!,
      target: ids[ends[2 * i + 1]!]!,
      kind: EDGE_KINDS[kind]!,
    })),
  };
}

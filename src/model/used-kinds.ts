import { EDGE_KINDS, NODE_KINDS } from './kinds.ts';
import type { EdgeKind, LoadedMap, NodeKind } from './types.ts';

/** The node and edge kinds a map uses, each in the vocabulary's order. */
export interface UsedKinds {
  nodeKinds: readonly NodeKind[];
  edgeKinds: readonly EdgeKind[];
}

const cache = new WeakMap<LoadedMap, UsedKinds>();

/**
 * The kinds `map` uses, found in one pass over its nodes and edges and memoised on the map's identity: the legend and
 * the kind filter both ask, and a large map has tens of thousands of each.
 */
export function usedKinds(map: LoadedMap): UsedKinds {
  let used = cache.get(map);
  if (!used) {
    const kinds = new Set<string>();
    for (const node of map.nodes) kinds.add(node.kind);
    for (const edge of map.edges) kinds.add(edge.kind);
    used = {
      nodeKinds: NODE_KINDS.filter((kind) => kinds.has(kind)),
      edgeKinds: EDGE_KINDS.filter((kind) => kinds.has(kind)),
    };
    cache.set(map, used);
  }
  return used;
}

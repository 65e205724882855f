import type { MapIndex } from './map-index.ts';
import type { EdgeKind, LoadedEdge } from './types.ts';

export interface NeighbourOptions {
  /** Only follow edges of these kinds (all kinds when absent). */
  kinds?: readonly EdgeKind[];
  /** `out`: nodes this one points to; `in`: nodes pointing to it; `both` (the default). */
  direction?: 'out' | 'in' | 'both';
}

/**
 * The nodes one edge away from a node. An undercut links its author node to both ends of the edge it attacks: out
 * from the undercutting node, in to each end of the attacked edge. The node itself is never its own neighbour.
 */
export function neighbours(index: MapIndex, nodeId: string, opts: NeighbourOptions = {}): Set<string> {
  const { kinds, direction = 'both' } = opts;
  const allowed = (edge: LoadedEdge): boolean => kinds === undefined || kinds.includes(edge.kind);
  const result = new Set<string>();

  if (direction !== 'in') {
    for (const edge of index.outgoing.get(nodeId) ?? []) {
      if (!allowed(edge)) continue;
      if (edge.kind !== 'undercuts') result.add(edge.to);
      else {
        const target = index.edgeById.get(edge.to);
        if (target) result.add(target.from).add(target.to);
      }
    }
  }
  if (direction !== 'out') {
    for (const edge of index.incoming.get(nodeId) ?? []) if (allowed(edge)) result.add(edge.from);
    const touching = [...(index.outgoing.get(nodeId) ?? []), ...(index.incoming.get(nodeId) ?? [])];
    for (const attacked of touching) {
      for (const undercut of index.undercutsOf.get(attacked.id) ?? []) if (allowed(undercut)) result.add(undercut.from);
    }
  }
  result.delete(nodeId);
  return result;
}

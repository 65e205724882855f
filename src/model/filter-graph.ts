import { nodesOfActors } from './actors.ts';
import type { MapIndex } from './map-index.ts';
import type { EdgeKind, LoadedEdge, NodeKind, Visible } from './types.ts';

/** What the reader chose to see. `null` in a field means "no filter on this". */
export interface GraphFilter {
  /** Actors whose claims to show (organisations include their members); `null` shows everyone's. */
  actors: ReadonlySet<string> | null;
  nodeKinds: ReadonlySet<NodeKind> | null;
  edgeKinds: ReadonlySet<EdgeKind> | null;
}

const cache = new WeakMap<MapIndex, { filter: GraphFilter; visible: Visible }>();

/**
 * The nodes and edges a filter keeps, as id sets.
 *
 * Actor filter: the chosen actors' nodes (with members of chosen organisations) and, for context, what those nodes
 * directly support, attack, answer… (the targets of their outgoing edges of an allowed kind; for an undercut, both
 * ends of the attacked edge). Node-kind filter: nodes of unchecked kinds go, context included. An edge is visible
 * when its kind is allowed and both ends are visible; an undercut when its node and the edge it attacks are.
 *
 * Memoised on identity: the same index and the same filter object give the same result (only the last filter per
 * index is remembered, so keep filter objects stable between renders).
 */
export function filterGraph(index: MapIndex, filter: GraphFilter): Visible {
  const cached = cache.get(index);
  if (cached?.filter === filter) return cached.visible;
  const edgeAllowed = (edge: LoadedEdge): boolean => filter.edgeKinds === null || filter.edgeKinds.has(edge.kind);

  const nodes = new Set<string>();
  if (filter.actors === null) for (const id of index.nodeById.keys()) nodes.add(id);
  else {
    const own = nodesOfActors(index, filter.actors);
    for (const id of own) {
      nodes.add(id);
      for (const edge of index.outgoing.get(id) ?? []) {
        if (!edgeAllowed(edge)) continue;
        const target = edge.kind === 'undercuts' ? index.edgeById.get(edge.to) : undefined;
        if (target) nodes.add(target.from).add(target.to);
        else if (edge.kind !== 'undercuts') nodes.add(edge.to);
      }
    }
  }
  if (filter.nodeKinds !== null) {
    for (const id of nodes) {
      const kind = index.nodeById.get(id)?.kind;
      if (kind === undefined || !filter.nodeKinds.has(kind)) nodes.delete(id);
    }
  }

  // Edges between nodes first, in one plain pass (a filter click on a large map runs it); then undercuts, which hang
  // on other edges, possibly on other undercuts.
  const edges = new Set<string>();
  for (const edge of index.map.edges) {
    if (edge.kind !== 'undercuts' && edgeAllowed(edge) && nodes.has(edge.from) && nodes.has(edge.to))
      edges.add(edge.id);
  }
  const seen = new Set<string>();
  const undercutVisible = (edge: LoadedEdge): boolean => {
    if (seen.has(edge.id)) return edges.has(edge.id);
    seen.add(edge.id); // before recursing: an undercut chain that loops back is not visible
    const target = index.edgeById.get(edge.to);
    const targetVisible =
      target === undefined ? false : target.kind === 'undercuts' ? undercutVisible(target) : edges.has(target.id);
    const shown = edgeAllowed(edge) && nodes.has(edge.from) && targetVisible;
    if (shown) edges.add(edge.id);
    return shown;
  };
  for (const edge of index.map.edges) if (edge.kind === 'undercuts') undercutVisible(edge);

  const result: Visible = { nodes, edges };
  cache.set(index, { filter, visible: result });
  return result;
}

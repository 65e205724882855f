import type { DebateNode, LoadedEdge, LoadedMap, Visible } from '../model/types.ts';
import type { LayoutGraph, LayoutLink, Size } from './types.ts';

/** How deep an undercut of an undercut (of an undercut…) is followed to find the nodes it pulls on. */
const MAX_UNDERCUT_DEPTH = 4;

/**
 * Builds what the force layout lays out from a loaded map: the visible nodes, each with the box `size` gives it
 * (`nodeBox` for the live view), and the visible edges as links between node ids. An undercut attacks an edge, not a
 * node, so it becomes a link to each end node of the edge it attacks; undercuts of undercuts are followed a few
 * levels down. Everything is shown when `visible` is left out.
 *
 * The result is plain data, in map order, so passing it to `setGraph` twice is cheap and a worker could receive it.
 */
export function toLayoutGraph(map: LoadedMap, size: (node: DebateNode) => Size, visible?: Visible): LayoutGraph {
  const shows = (id: string) => !visible || visible.nodes.has(id);
  const edges = new Map(map.edges.map((edge) => [edge.id, edge]));
  const nodes = map.nodes
    .filter((node) => shows(node.id))
    .map((node) => ({ id: node.id, kind: node.kind, ...size(node) }));

  /** The node ids at the ends of an edge, or `undefined` when one of them is hidden or missing. */
  const endsOf = (edge: LoadedEdge, depth: number): string[] | undefined => {
    if (visible && !visible.edges.has(edge.id)) return undefined;
    if (edge.kind !== 'undercuts') return shows(edge.from) && shows(edge.to) ? [edge.from, edge.to] : undefined;
    const target = edges.get(edge.to);
    const targetEnds = target && depth < MAX_UNDERCUT_DEPTH ? endsOf(target, depth + 1) : undefined;
    return shows(edge.from) && targetEnds ? [edge.from, ...targetEnds] : undefined;
  };

  const links: LayoutLink[] = [];
  for (const edge of map.edges) {
    const ends = endsOf(edge, 0);
    if (!ends) continue;
    const [from, ...to] = ends as [string, ...string[]];
    for (const target of new Set(to)) {
      if (target !== from) links.push({ source: from, target, kind: edge.kind });
    }
  }
  return { nodes, links };
}

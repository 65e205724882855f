import type { DebateNode, LoadedEdge, LoadedMap, Visible } from '../model/types.ts';
import type { LayoutGraph, LayoutLink, LayoutNode, Size } from './types.ts';

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
  let edges: Map<string, LoadedEdge> | undefined; // only undercuts need it
  const nodes: LayoutNode[] = [];
  for (const node of map.nodes) {
    if (!shows(node.id)) continue;
    const { width, height } = size(node);
    nodes.push({ id: node.id, kind: node.kind, width, height });
  }

  /** The node ids at the ends of an edge, or `undefined` when one of them is hidden or missing. */
  const endsOf = (edge: LoadedEdge, depth: number): string[] | undefined => {
    if (visible && !visible.edges.has(edge.id)) return undefined;
    if (edge.kind !== 'undercuts') return shows(edge.from) && shows(edge.to) ? [edge.from, edge.to] : undefined;
    const target = (edges ??= new Map(map.edges.map((e) => [e.id, e]))).get(edge.to);
    const targetEnds = target && depth < MAX_UNDERCUT_DEPTH ? endsOf(target, depth + 1) : undefined;
    return shows(edge.from) && targetEnds ? [edge.from, ...targetEnds] : undefined;
  };

  const links: LayoutLink[] = [];
  for (const edge of map.edges) {
    if (edge.kind !== 'undercuts') {
      // Most edges: a link between their two ends, built straight away (a large map has tens of thousands).
      const shown = (!visible || visible.edges.has(edge.id)) && shows(edge.from) && shows(edge.to);
      if (shown && edge.from !== edge.to) links.push({ source: edge.from, target: edge.to, kind: edge.kind });
      continue;
    }
    const ends = endsOf(edge, 0);
    if (!ends) continue;
    const [from, ...to] = ends as [string, ...string[]];
    for (const target of new Set(to)) {
      if (target !== from) links.push({ source: from, target, kind: edge.kind });
    }
  }
  return { nodes, links };
}

const orders = new WeakMap<LayoutGraph, ReadonlyMap<string, number>>();

/** Each node's place in `graph.nodes`, by id: memoised on the graph, which the view and its layout engine share. */
export function nodeOrder(graph: LayoutGraph): ReadonlyMap<string, number> {
  let order = orders.get(graph);
  if (!order) {
    const built = new Map<string, number>();
    graph.nodes.forEach((node, i) => built.set(node.id, i));
    orders.set(graph, (order = built));
  }
  return order;
}

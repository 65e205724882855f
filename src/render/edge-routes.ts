import { edgePath } from '../layout/geometry.ts';
import type { Point, Rect } from '../layout/types.ts';
import type { LoadedEdge } from '../model/types.ts';

export interface Route {
  d: string;
  mid: Point;
}

/** Bend, in pixels, between edges that join the same two nodes, so none hides another. */
const BEND = 28;

/**
 * How much each edge bends: 0 for a lone edge; edges sharing a pair of nodes (in either direction) fan out
 * symmetrically. Computed once per set of edges.
 */
export function curvatures(edges: readonly LoadedEdge[]): Map<string, number> {
  const byPair = new Map<string, LoadedEdge[]>();
  for (const e of edges) {
    if (e.kind === 'undercuts') continue;
    const key = e.from < e.to ? `${e.from}\u0000${e.to}` : `${e.to}\u0000${e.from}`;
    byPair.set(key, [...(byPair.get(key) ?? []), e]);
  }
  const out = new Map<string, number>();
  for (const group of byPair.values()) {
    group.forEach((e, i) => {
      const offset = group.length === 1 ? 0 : (i - (group.length - 1) / 2) * BEND || BEND / 2;
      // Same sign for the same side whichever way the edge runs.
      out.set(e.id, e.from < e.to ? offset : -offset);
    });
  }
  return out;
}

/**
 * The path of every edge between its nodes' boxes. An undercut runs from its node to the middle of the edge it
 * attacks, so edges are routed before the undercuts that aim at them (a few levels deep).
 */
export function routeEdges(
  edges: readonly LoadedEdge[],
  rectOf: (nodeId: string) => Rect | undefined,
  bends: ReadonlyMap<string, number>,
): Map<string, Route> {
  const routes = new Map<string, Route>();
  let pending = edges;
  for (let depth = 0; depth < 5 && pending.length; depth++) {
    const later: LoadedEdge[] = [];
    for (const e of pending) {
      const from = rectOf(e.from);
      let to: Rect | undefined;
      if (e.kind === 'undercuts') {
        const target = routes.get(e.to);
        if (!target) {
          later.push(e);
          continue;
        }
        to = { ...target.mid, width: 0, height: 0 };
      } else to = rectOf(e.to);
      if (!from || !to) continue;
      routes.set(e.id, edgePath(from, to, { curvature: bends.get(e.id) ?? 0 }));
    }
    pending = later;
  }
  return routes;
}

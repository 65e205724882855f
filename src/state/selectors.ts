import { buildIndex, filterGraph } from '../model/queries.ts';
import { EDGE_KINDS, NODE_KINDS } from '../model/kinds.ts';
import type { LoadedMap, Visible } from '../model/types.ts';
import type { AppState } from './store.ts';

/**
 * What the map shows, derived from the map and the filters (never stored).
 * `present`: nodes and edges drawn at all. `focus`: what the actor filter keeps, when one is active; in highlight mode
 * the rest of `present` is dimmed, in isolate mode `present` is `focus`.
 */
export interface SceneSets {
  present: Visible;
  focus: Visible | null;
}

let last: {
  map: LoadedMap;
  actors: string[];
  mode: string;
  nodeKinds: unknown;
  edgeKinds: unknown;
  base: Visible;
  out: SceneSets;
} | null = null;

/** Memoised on the identity of its inputs, so subscribers re-render only when the sets really change. */
export function selectScene(s: AppState): SceneSets | null {
  const { map, actors, mode, nodeKinds, edgeKinds } = s;
  if (!map) return null;
  if (
    last &&
    last.map === map &&
    last.actors === actors &&
    last.mode === mode &&
    last.nodeKinds === nodeKinds &&
    last.edgeKinds === edgeKinds
  )
    return last.out;
  const index = buildIndex(map);
  // Every kind checked is no kind filter: filterGraph then skips a pass over the map.
  const kinds = {
    nodeKinds: NODE_KINDS.every((kind) => nodeKinds.includes(kind)) ? null : new Set(nodeKinds),
    edgeKinds: EDGE_KINDS.every((kind) => edgeKinds.includes(kind)) ? null : new Set(edgeKinds),
  };
  // What the kind filters leave stays the same object while only the actors change: in highlight mode the map view
  // then keeps its graph (and its layout), and only repaints.
  const sameKinds = last && last.map === map && last.nodeKinds === nodeKinds && last.edgeKinds === edgeKinds;
  const base = sameKinds ? last!.base : filterGraph(index, { actors: null, ...kinds });
  const focus = actors.length ? filterGraph(index, { actors: new Set(actors), ...kinds }) : null;
  const out = { present: mode === 'isolate' && focus ? focus : base, focus };
  last = { map, actors, mode, nodeKinds, edgeKinds, base, out };
  return out;
}

/** How one node is drawn right now. */
export type Emphasis = 'normal' | 'dimmed' | 'highlighted';

/** The emphasis of a node or edge: dimmed by a highlight-mode actor filter, or by hovering something else. */
export function emphasisOf(
  scene: SceneSets,
  hoverSet: ReadonlySet<string> | null,
  id: string,
  kind: 'node' | 'edge',
): Emphasis {
  if (hoverSet) return hoverSet.has(id) ? 'highlighted' : 'dimmed';
  const focus = scene.focus?.[kind === 'node' ? 'nodes' : 'edges'];
  return focus && !focus.has(id) ? 'dimmed' : 'normal';
}

let lastHover: { scene: SceneSets; hovered: string; out: ReadonlySet<string> } | null = null;

/**
 * The ids lit up while a node is hovered (or focused): the node, the edges touching it (undercuts of them too) and
 * the nodes at their other ends, among what is present. `null` when nothing is hovered. Node and edge ids share
 * the set; the callers ask about ids they know the kind of.
 */
export function selectHoverSet(s: AppState): ReadonlySet<string> | null {
  const scene = selectScene(s);
  const { hovered, map } = s;
  if (!scene || !map || !hovered || !scene.present.nodes.has(hovered)) return null;
  if (lastHover && lastHover.scene === scene && lastHover.hovered === hovered) return lastHover.out;
  const index = buildIndex(map);
  const out = new Set<string>([hovered]);
  const addEdge = (edgeId: string, other: string | undefined) => {
    if (!scene.present.edges.has(edgeId)) return;
    out.add(edgeId);
    if (other !== undefined && scene.present.nodes.has(other)) out.add(other);
  };
  for (const e of index.outgoing.get(hovered) ?? []) {
    const target = e.kind === 'undercuts' ? index.edgeById.get(e.to) : undefined;
    if (target) {
      addEdge(e.id, target.from);
      addEdge(target.id, target.to);
    } else addEdge(e.id, e.to);
  }
  for (const e of index.incoming.get(hovered) ?? []) {
    addEdge(e.id, e.from);
    for (const u of index.undercutsOf.get(e.id) ?? []) addEdge(u.id, u.from);
  }
  lastHover = { scene, hovered, out };
  return out;
}

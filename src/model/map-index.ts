import type { Actor, DebateNode, LoadedEdge, LoadedMap } from './types.ts';

/**
 * Lookups over a loaded map, built once per map. The index holds references into the (frozen) map, never copies.
 * Every node id has an entry in `outgoing` and `incoming`, every actor id one in `members`, every edge id one in
 * `undercutsOf`, so callers need no `?? []` for known ids.
 */
export interface MapIndex {
  readonly map: LoadedMap;
  readonly nodeById: ReadonlyMap<string, DebateNode>;
  readonly edgeById: ReadonlyMap<string, LoadedEdge>;
  /** Edges leaving each node, undercuts included (they start at a node). */
  readonly outgoing: ReadonlyMap<string, readonly LoadedEdge[]>;
  /** Edges arriving at each node. Undercuts arrive at an edge, so they are in `undercutsOf` instead. */
  readonly incoming: ReadonlyMap<string, readonly LoadedEdge[]>;
  readonly actorById: ReadonlyMap<string, Actor>;
  /** The direct members of each actor (the actors whose `memberOf` names it). */
  readonly members: ReadonlyMap<string, readonly string[]>;
  /** The undercuts attacking each edge. */
  readonly undercutsOf: ReadonlyMap<string, readonly LoadedEdge[]>;
}

const cache = new WeakMap<LoadedMap, MapIndex>();

/** Builds the lookups of a loaded map, memoised on the map's identity (a new map, a new index). */
export function buildIndex(map: LoadedMap): MapIndex {
  const cached = cache.get(map);
  if (cached) return cached;

  const nodeById = new Map(map.nodes.map((node) => [node.id, node]));
  const edgeById = new Map(map.edges.map((edge) => [edge.id, edge]));
  const actorById = new Map(map.actors.map((actor) => [actor.id, actor]));
  const outgoing = listsFor<LoadedEdge>(nodeById.keys());
  const incoming = listsFor<LoadedEdge>(nodeById.keys());
  const undercutsOf = listsFor<LoadedEdge>(edgeById.keys());
  const members = listsFor<string>(actorById.keys());

  for (const edge of map.edges) {
    add(outgoing, edge.from, edge);
    add(edge.kind === 'undercuts' ? undercutsOf : incoming, edge.to, edge);
  }
  for (const actor of map.actors) for (const org of actor.memberOf ?? []) add(members, org, actor.id);

  const index: MapIndex = { map, nodeById, edgeById, outgoing, incoming, actorById, members, undercutsOf };
  cache.set(map, index);
  return index;
}

/** Shared by every id with nothing in a list: most edges are undercut by nothing, on a large map tens of thousands. */
const NONE: readonly never[] = Object.freeze([]);

function listsFor<T>(ids: Iterable<string>): Map<string, readonly T[]> {
  const lists = new Map<string, readonly T[]>();
  for (const id of ids) lists.set(id, NONE);
  return lists;
}

/** Appends `item` to the list of `id`, a known id (unknown ones are ignored). */
function add<T>(lists: Map<string, readonly T[]>, id: string, item: T): void {
  const list = lists.get(id);
  if (list === undefined) return;
  if (list === NONE) lists.set(id, [item]);
  else (list as T[]).push(item);
}

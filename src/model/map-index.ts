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

/**
 * Builds the lookups of a loaded map, memoised on the map's identity (a new map, a new index). The lists (edges per
 * node and per edge, members per actor) are built when first asked for: a large map's first paint needs only the
 * lookups by id, and {@link prepareIndex} builds the rest once the map is on screen.
 */
export function buildIndex(map: LoadedMap): MapIndex {
  let index = cache.get(map);
  if (!index) cache.set(map, (index = new LazyIndex(map)));
  return index;
}

/** Builds what {@link buildIndex} leaves for later, so that the first hover or filter does not wait for it. */
export function prepareIndex(map: LoadedMap): void {
  const index = buildIndex(map);
  void index.outgoing;
  void index.members;
}

class LazyIndex implements MapIndex {
  readonly nodeById = new Map<string, DebateNode>();
  readonly edgeById = new Map<string, LoadedEdge>();
  readonly actorById = new Map<string, Actor>();
  #edges: { outgoing: Lists<LoadedEdge>; incoming: Lists<LoadedEdge>; undercutsOf: Lists<LoadedEdge> } | null = null;
  #members: Lists<string> | null = null;

  constructor(readonly map: LoadedMap) {
    for (const node of map.nodes) this.nodeById.set(node.id, node);
    for (const edge of map.edges) this.edgeById.set(edge.id, edge);
    for (const actor of map.actors) this.actorById.set(actor.id, actor);
  }

  get outgoing() {
    return this.#edgeLists().outgoing;
  }
  get incoming() {
    return this.#edgeLists().incoming;
  }
  get undercutsOf() {
    return this.#edgeLists().undercutsOf;
  }
  get members() {
    if (!this.#members) {
      const members = listsFor<string>(this.actorById.keys());
      for (const actor of this.map.actors) for (const org of actor.memberOf ?? []) add(members, org, actor.id);
      this.#members = members;
    }
    return this.#members;
  }

  #edgeLists() {
    if (!this.#edges) {
      const outgoing = listsFor<LoadedEdge>(this.nodeById.keys());
      const incoming = listsFor<LoadedEdge>(this.nodeById.keys());
      const undercutsOf = listsFor<LoadedEdge>(this.edgeById.keys());
      for (const edge of this.map.edges) {
        add(outgoing, edge.from, edge);
        add(edge.kind === 'undercuts' ? undercutsOf : incoming, edge.to, edge);
      }
      this.#edges = { outgoing, incoming, undercutsOf };
    }
    return this.#edges;
  }
}

type Lists<T> = Map<string, readonly T[]>;

/** Shared by every id with nothing in a list: most edges are undercut by nothing, on a large map tens of thousands. */
const NONE: readonly never[] = Object.freeze([]);

function listsFor<T>(ids: Iterable<string>): Lists<T> {
  const lists: Lists<T> = new Map();
  for (const id of ids) lists.set(id, NONE);
  return lists;
}

/** Appends `item` to the list of `id`, a known id (unknown ones are ignored). */
function add<T>(lists: Lists<T>, id: string, item: T): void {
  const list = lists.get(id);
  if (list === undefined) return;
  if (list === NONE) lists.set(id, [item]);
  else (list as T[]).push(item);
}

import type { MapIndex } from './map-index.ts';
import type { DebateNode } from './types.ts';

/**
 * Who stands behind what. Organisations contain their members (Mistral AI contains Arthur Mensch), so choosing an
 * organisation chooses its people, and a person's claim is also, more loosely, their organisation's.
 * All functions return fresh sets of ids and tolerate ids the map does not know.
 */

/** The given actors plus, recursively, the members of those that are organisations. */
export function actorClosure(index: MapIndex, actorIds: Iterable<string>): Set<string> {
  const closure = new Set<string>();
  const pending = [...actorIds];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (closure.has(id)) continue;
    closure.add(id);
    pending.push(...(index.members.get(id) ?? []));
  }
  return closure;
}

/** The actors of a node and the speakers of its quotes, plus the organisations they belong to, transitively. */
export function actorsBehind(index: MapIndex, nodeId: string): Set<string> {
  const node = index.nodeById.get(nodeId);
  const behind = new Set<string>();
  if (!node) return behind;
  const pending = directActors(node);
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (behind.has(id)) continue;
    behind.add(id);
    pending.push(...(index.actorById.get(id)?.memberOf ?? []));
  }
  return behind;
}

/** The nodes whose actors or quote speakers are among the given actors or the members of those organisations. */
export function nodesOfActors(index: MapIndex, actorIds: Iterable<string>): Set<string> {
  const closure = actorClosure(index, actorIds);
  const nodes = new Set<string>();
  for (const node of index.map.nodes) if (hasDirectActorIn(node, closure)) nodes.add(node.id);
  return nodes;
}

/** A node's own actors and quote speakers, without organisations. */
function directActors(node: DebateNode): string[] {
  return [...node.actors, ...(node.quotes ?? []).map((quote) => quote.speaker)];
}

/**
 * Whether one of {@link directActors} is in `actors`, building nothing: an actor filter on a large map asks this of
 * every node on each click.
 */
function hasDirectActorIn(node: DebateNode, actors: ReadonlySet<string>): boolean {
  return node.actors.some((id) => actors.has(id)) || node.quotes?.some((quote) => actors.has(quote.speaker)) === true;
}

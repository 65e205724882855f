import { problem } from './problems.ts';
import { field, idOf, idValue, list, type UnknownRecord } from './read-unknown.ts';
import type { MapProblem } from './types.ts';

/**
 * Cycles zod cannot see: an actor member of itself through other organisations, a group inside itself through its
 * parents. Each cycle is reported once, at the reference that closes it.
 */
export function checkCycles(doc: UnknownRecord): MapProblem[] {
  const problems: MapProblem[] = [];
  const actors = links(doc.actors, (actor) => list(field(actor, 'memberOf')));
  for (const cycle of findCycles(actors.links)) {
    const [index, j] = closing(cycle, actors, (actor) => list(field(actor, 'memberOf')));
    const message = `membership cycle: ${chain(cycle, 'is a member of')}`;
    problems.push(problem(['actors', index, 'memberOf', j], message));
  }
  const groups = links(doc.groups, (group) => [field(group, 'parent')]);
  for (const cycle of findCycles(groups.links)) {
    const [index] = closing(cycle, groups, (group) => [field(group, 'parent')]);
    const message = `group cycle: ${chain(cycle, 'is inside')}`;
    problems.push(problem(['groups', index, 'parent'], message));
  }
  return problems;
}

interface Links {
  links: Map<string, string[]>;
  index: Map<string, number>;
  elements: readonly unknown[];
}

function links(collection: unknown, targets: (element: unknown) => readonly unknown[]): Links {
  const elements = list(collection);
  const result: Links = { links: new Map(), index: new Map(), elements };
  elements.forEach((element, i) => {
    const id = idOf(element);
    if (id === undefined || result.links.has(id)) return;
    result.index.set(id, i);
    result.links.set(
      id,
      targets(element).flatMap((t) => idValue(t) ?? []),
    );
  });
  return result;
}

/** The element index and reference index of the last link of a cycle (`a → b → a`: a's reference to b… to a). */
function closing(
  cycle: string[],
  { index, elements }: Links,
  targets: (e: unknown) => readonly unknown[],
): [number, number] {
  const from = cycle.at(-2) ?? '';
  const i = index.get(from) ?? 0;
  return [i, Math.max(0, targets(elements[i]).indexOf(cycle.at(-1)))];
}

/** `"a" is a member of "b", which is a member of "a"`. */
function chain(cycle: string[], verb: string): string {
  const [first, ...rest] = cycle.map((id) => JSON.stringify(id));
  return rest.reduce((text, id, k) => `${text}${k === 0 ? '' : ', which'} ${verb} ${id}`, first ?? '');
}

/**
 * Finds cycles in a directed graph given as adjacency lists, by depth-first search: each back edge closes one cycle,
 * returned as the ids along it with the first repeated at the end (`['a', 'b', 'a']`). Every cyclic part of the graph
 * yields at least one cycle.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of graph.get(id) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of graph.keys()) if (!state.has(id)) visit(id);
  return cycles;
}

import { problem } from './problems.ts';
import { idOf, list, type UnknownRecord } from './read-unknown.ts';
import type { MapProblem } from './types.ts';

/** The collections of a map whose elements carry ids, with the word for one element. */
export const COLLECTIONS = {
  sources: 'source',
  actors: 'actor',
  axes: 'axis',
  nodes: 'node',
  edges: 'edge',
  groups: 'group',
} as const;

export type Collection = keyof typeof COLLECTIONS;

/**
 * For each collection, each id and the index of the first element that has it; `null` when the collection is not
 * a list, so its ids are unknown and references to it cannot be checked.
 */
export type IdTables = Record<Collection, ReadonlyMap<string, number> | null>;

/**
 * Reads the ids of every collection of an unvalidated document and reports ids used twice in one collection, saying
 * where the first one was. Elements without a usable id are skipped (zod reports those).
 */
export function collectIds(doc: UnknownRecord): { ids: IdTables; problems: MapProblem[] } {
  const problems: MapProblem[] = [];
  const table = (collection: Collection): Map<string, number> | null => {
    const value = doc[collection];
    if (value === undefined && collection === 'groups') return new Map();
    if (!Array.isArray(value)) return null;
    const seen = new Map<string, number>();
    list(value).forEach((element, index) => {
      const id = idOf(element);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else {
        const message = `duplicate ${COLLECTIONS[collection]} id ${JSON.stringify(id)} (first used at ${collection}[${first}])`;
        problems.push(problem([collection, index, 'id'], message));
      }
    });
    return seen;
  };
  const ids: IdTables = {
    sources: table('sources'),
    actors: table('actors'),
    axes: table('axes'),
    nodes: table('nodes'),
    edges: table('edges'),
    groups: table('groups'),
  };
  return { ids, problems };
}

import { ownerPrefix, problem, type Path } from './problems.ts';
import { field, idValue, isRecord, list, type UnknownRecord } from './read-unknown.ts';
import { didYouMean } from './suggest.ts';
import { COLLECTIONS, type Collection, type IdTables } from './id-tables.ts';
import type { MapProblem } from './types.ts';

/**
 * References between elements that zod cannot check: a node's actors, axes and group, its quotes' speakers and
 * sources, an actor's organisations, a group's parent. (Edges are checked in `edge-checks.ts`.) A reference is
 * reported only when its target collection could be read; values of the wrong type are left to zod.
 */
export function checkReferences(doc: UnknownRecord, ids: IdTables): MapProblem[] {
  const problems: MapProblem[] = [];
  const check = (path: Path, value: unknown, collection: Collection, owner: string): void => {
    const id = idValue(value);
    const table = ids[collection];
    if (id !== undefined && table !== null && !table.has(id)) {
      problems.push(problem(path, owner + unknown(collection, id, table)));
    }
  };

  list(doc.nodes).forEach((node, i) => {
    const owner = ownerPrefix('node', node);
    list(field(node, 'actors')).forEach((actor, j) => check(['nodes', i, 'actors', j], actor, 'actors', owner));
    list(field(node, 'quotes')).forEach((quote, j) => {
      check(['nodes', i, 'quotes', j, 'speaker'], field(quote, 'speaker'), 'actors', owner);
      check(['nodes', i, 'quotes', j, 'source'], field(quote, 'source'), 'sources', owner);
    });
    const axes = field(node, 'axes');
    if (isRecord(axes)) for (const key of Object.keys(axes)) check(['nodes', i, 'axes', key], key, 'axes', owner);
    check(['nodes', i, 'group'], field(node, 'group'), 'groups', owner);
  });

  const actors = list(doc.actors);
  actors.forEach((actor, i) => {
    const owner = ownerPrefix('actor', actor);
    list(field(actor, 'memberOf')).forEach((org, j) => {
      const path = ['actors', i, 'memberOf', j];
      check(path, org, 'actors', owner);
      const index = ids.actors?.get(idValue(org) ?? '');
      const kind = index === undefined ? undefined : field(actors[index], 'kind');
      if (kind === 'person') {
        problems.push(
          problem(path, `${owner}${JSON.stringify(org)} is a person; only organizations and publications have members`),
        );
      }
    });
  });

  list(doc.groups).forEach((group, i) =>
    check(['groups', i, 'parent'], field(group, 'parent'), 'groups', ownerPrefix('group', group)),
  );
  return problems;
}

/** `unknown actor "xai" (did you mean "x-ai"?)`, or `… (no actor has this id)` when nothing is close. */
export function unknown(collection: Collection, id: string, table: ReadonlyMap<string, number>): string {
  const name = COLLECTIONS[collection];
  const hint =
    table.size === 0 ? ` (the map has no ${collection})` : didYouMean(id, table.keys()) || ` (no ${name} has this id)`;
  return `unknown ${name} ${JSON.stringify(id)}${hint}`;
}

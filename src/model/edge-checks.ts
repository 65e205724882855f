import { ownerPrefix, problem } from './problems.ts';
import { field, idOf, idValue, list, type UnknownRecord } from './read-unknown.ts';
import { unknown } from './references.ts';
import type { IdTables } from './id-tables.ts';
import type { MapProblem } from './types.ts';

/**
 * What zod cannot say about edges: both ends must exist, an edge cannot loop on one node, `undercuts` must name an
 * edge (the inference it attacks) while every other kind names a node, and `answers` must go to a question.
 */
export function checkEdges(doc: UnknownRecord, ids: IdTables): MapProblem[] {
  const problems: MapProblem[] = [];
  const nodes = list(doc.nodes);
  const kindOfNode = (id: string): unknown => {
    const index = ids.nodes?.get(id);
    return index === undefined ? undefined : field(nodes[index], 'kind');
  };

  list(doc.edges).forEach((edge, i) => {
    const owner = ownerPrefix('edge', edge);
    const kind = field(edge, 'kind');
    const from = idValue(field(edge, 'from'));
    const to = idValue(field(edge, 'to'));
    const report = (key: 'from' | 'to' | undefined, message: string): void => {
      problems.push(problem(key === undefined ? ['edges', i] : ['edges', i, key], owner + message));
    };

    if (from !== undefined && ids.nodes !== null && !ids.nodes.has(from)) {
      report('from', unknown('nodes', from, ids.nodes) + (ids.edges?.has(from) ? ' (edges start at a node)' : ''));
    }
    if (to === undefined) return;
    if (kind === 'undercuts') {
      if (to === idOf(edge)) report('to', 'an edge cannot undercut itself');
      else if (ids.edges === null || ids.edges.has(to)) return;
      else if (ids.nodes?.has(to)) {
        report(
          'to',
          `undercuts must point to an edge id, but ${JSON.stringify(to)} is a node (give the attacked edge an "id")`,
        );
      } else report('to', unknown('edges', to, ids.edges));
      return;
    }
    if (from === to) report(undefined, `an edge cannot go from ${JSON.stringify(from)} to itself`);
    if (ids.nodes === null) return;
    if (!ids.nodes.has(to)) {
      const isEdge = ids.edges?.has(to) === true;
      report('to', unknown('nodes', to, ids.nodes) + (isEdge ? ' (it is an edge; only undercuts point to edges)' : ''));
    } else if (kind === 'answers' && kindOfNode(to) !== 'question') {
      report('to', `answers must go to a question, but ${JSON.stringify(to)} is ${article(kindOfNode(to))}`);
    }
  });
  return problems;
}

function article(kind: unknown): string {
  if (typeof kind !== 'string') return 'not a question';
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

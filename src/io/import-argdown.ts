import type { IArgument, IEquivalenceClass, RelationMember } from '@argdown/core';
import type { DebateNode } from '../model/types.ts';
import { argdownMeta } from './argdown-meta.ts';
import { addGroups, argdownNode, isClaim, lineOf } from './argdown-nodes.ts';
import { addRelation } from './argdown-relations.ts';
import { runArgdown } from './argdown-run.ts';
import { finishImport } from './finish-import.ts';
import { failure, thrownMessage, type ImportResult } from './import-result.ts';
import { MapDraft } from './map-draft.ts';
import { UniqueIds } from './text-tools.ts';

/**
 * The longest Argdown text read. The Argdown parser takes about a second per million characters, and much more
 * memory than the text; past this a browser tab would freeze for minutes, so the file is refused instead.
 */
export const MAX_ARGDOWN_LENGTH = 5_000_000;

/**
 * Imports Argdown with the real parser (`@argdown/core`, loaded on demand). Statements (equivalence classes) and
 * arguments become nodes. Arguments are `argument`s; a statement is a `position` when arguments are about it (an
 * argument supports or attacks it, or concludes it) and it is not itself a premise, else an `argument` (a reason).
 * Untitled statements with no relation are prose and are left out with a warning. An argument's premise–conclusion
 * structure becomes `supports` edges from each premise to the argument and from the argument to its main conclusion
 * (the "inference" edge an undercut aims at). Relations become edges (`argdown-relations.ts`), headings groups,
 * tags tags, `{…}` data data, and a `proponent` data field names actors.
 */
export async function importArgdown(text: string, fileName?: string): Promise<ImportResult> {
  if (text.length > MAX_ARGDOWN_LENGTH) {
    const size = `${(text.length / 1e6).toFixed(1)} million characters`;
    return failure('argdown', '(root)', `this Argdown text is too long to read here (${size}; the limit is 5 million)`);
  }
  let run;
  try {
    run = await runArgdown(text);
  } catch (thrown) {
    return failure('argdown', '(root)', `the Argdown parser failed: ${thrownMessage(thrown)}`);
  }
  if (!run.ok) return { ok: false, format: 'argdown', errors: run.errors };
  const draft = new MapDraft();
  const ids = new UniqueIds();
  const { statements = {}, arguments: args = {}, relations = [], sections = [] } = run.response;
  addGroups(sections, draft);

  const nodeOf = new Map<RelationMember, string>();
  const claims = new Map<IEquivalenceClass, DebateNode>();
  const add = (element: IEquivalenceClass | IArgument): DebateNode => {
    const node = argdownNode(element, ids, draft);
    draft.nodes.push(node);
    nodeOf.set(element, node.id);
    return node;
  };
  for (const ec of Object.values(statements)) {
    if (isClaim(ec)) claims.set(ec, add(ec));
    else draft.warn(lineOf(ec), 'text without a title or relation is commentary, not a claim: left out');
  }
  const inference = new Map<string, string>();
  for (const argument of Object.values(args)) {
    const node = add(argument);
    const conclusion = argument.pcs.findLast((s) => s.role === 'main-conclusion');
    for (const statement of argument.pcs) {
      const ec = statements[statement.title ?? ''];
      const end = ec === undefined ? undefined : claims.get(ec)?.id;
      if (end === undefined || end === node.id) continue;
      if (statement !== conclusion) draft.edge({ from: end, to: node.id, kind: 'supports' });
      else inference.set(argument.title ?? '', draft.edge({ from: node.id, to: end, kind: 'supports' }));
    }
  }
  // Undercuts aim at edges, so they come after every other relation has made its edge.
  for (const relation of relations) {
    if (relation.relationType !== 'undercut') addRelation(relation, { nodeOf, inference, outgoing: new Map() }, draft);
  }
  const outgoing = new Map<string, string[]>();
  for (const { from, kind, id } of draft.edges) {
    if (id === undefined || (kind !== 'supports' && kind !== 'attacks')) continue;
    const known = outgoing.get(from);
    if (known === undefined) outgoing.set(from, [id]);
    else known.push(id);
  }
  for (const relation of relations) {
    if (relation.relationType === 'undercut') addRelation(relation, { nodeOf, inference, outgoing }, draft);
  }
  const argued = new Set(relations.flatMap((r) => (r.from?.type === 'argument' && r.to !== undefined ? [r.to] : [])));
  for (const [ec, node] of claims) {
    const disputed = ec.isUsedAsMainConclusion === true || argued.has(ec);
    if (disputed && ec.isUsedAsPremise !== true) node.kind = 'position';
  }
  if (draft.nodes.length === 0) return failure('argdown', '(root)', 'no statements or arguments found');
  return finishImport('argdown', draft.document(argdownMeta(run.response, fileName, draft)), draft.warnings);
}

import type { EdgeKind } from '../model/types.ts';
import { linked, type AifDocument, type AifNode } from './aif-read.ts';
import { htmlToText } from './html-text.ts';
import type { MapDraft } from './map-draft.ts';
import { collapseSpaces } from './text-tools.ts';

/** S-node names that say nothing beyond the node type, so they do not become an edge note. */
const GENERIC = /^(RA|CA|MA|PA|(Default )?(Inference|Conflict|Rephrase|Preference)|Answering|Contradiction)$/i;
/** Capot writes these schemes to keep `answers` and `contradicts` through AIF (see `export-aif.ts`). */
export const ANSWERING = 'Answering';
export const CONTRADICTION = 'Contradiction';

/**
 * Turns AIF scheme nodes into edges between the claims they connect: an RA (inference) makes a `supports` edge from
 * each premise to the conclusion, a CA (conflict) `attacks` from each attacker to what it attacks, an MA (rephrase)
 * `rephrases`. A CA aimed at another scheme node is an undercut: it becomes `undercuts` edges aimed at the edges
 * made from that node, which is why edges get the id of their scheme node. A scheme node missing premises or a
 * conclusion, a PA (preference) and links to locutions are skipped with a warning. YA links are not relations.
 */
export function addRelations(aif: AifDocument, draft: MapDraft, claims: ReadonlySet<string>): void {
  for (const { from, to, where, id } of aif.edges) {
    if (aif.byId.get(from)?.type === 'I' && aif.byId.get(to)?.type === 'I') {
      draft.warn(where, `links claim ${from} straight to claim ${to}, without an RA, CA or MA node: skipped`, id);
    }
  }
  const made = new Map<string, string[]>();
  const undercuts: [AifNode, AifNode[], AifNode[]][] = [];
  for (const node of aif.nodes) {
    if (node.type === 'PA') draft.warn(node.where, 'preferences (PA nodes) are not shown in Capot: skipped', node.id);
    if (node.type !== 'RA' && node.type !== 'CA' && node.type !== 'MA') continue;
    const ins = linked(aif.into, node.id).filter((n) => usable(n, node, 'from', claims, draft));
    const outs = linked(aif.outOf, node.id).filter((n) => usable(n, node, 'to', claims, draft));
    const role = node.type === 'CA' ? 'attacker' : node.type === 'MA' ? 'rephrasing' : 'premise';
    if (ins.length === 0) draft.warn(node.where, `${node.type} node without a ${role} claim: skipped`, node.id);
    else if (outs.length === 0) draft.warn(node.where, `${node.type} node without a target claim: skipped`, node.id);
    else if (outs.some((out) => out.type !== 'I')) undercuts.push([node, ins, outs]);
    else made.set(node.id, connect(node, ins, ids(outs), kindOf(node), draft));
  }
  // An undercut can aim at another undercut: resolve in passes until a pass resolves nothing.
  let pending = undercuts;
  for (let size = -1; pending.length !== size;) {
    size = pending.length;
    pending = pending.filter(([node, ins, outs]) => {
      if (outs.some((out) => out.type !== 'I' && !made.has(out.id))) return true;
      const edgeTargets = outs.flatMap((out) => (out.type === 'I' ? [] : (made.get(out.id) ?? [])));
      const attacks = connect(node, ins, ids(outs.filter((out) => out.type === 'I')), 'attacks', draft);
      made.set(node.id, [...attacks, ...connect(node, ins, edgeTargets, 'undercuts', draft)]);
      return false;
    });
  }
  for (const [node] of pending) {
    draft.warn(node.where, 'CA node attacking an inference that could not be imported: skipped', node.id);
  }
  // Undercuts were made last; put every edge back in the order of its scheme node in the file.
  const position = new Map(aif.nodes.map((node, i) => [node.id, i]));
  const rank = new Map([...made].flatMap(([node, edges]) => edges.map((edge) => [edge, position.get(node) ?? 0])));
  draft.edges.sort((a, b) => (rank.get(a.id ?? '') ?? 0) - (rank.get(b.id ?? '') ?? 0));
}

function ids(nodes: AifNode[]): string[] {
  return nodes.map((node) => node.id);
}

/** Whether a neighbour of a scheme node takes part in its relation; locutions and the like are reported. */
function usable(n: AifNode, s: AifNode, side: 'from' | 'to', claims: ReadonlySet<string>, draft: MapDraft): boolean {
  // Illocutions and transitions anchor a relation in the dialogue; a CA coming in is an undercut, read from its side.
  if (n.type === 'YA' || n.type === 'TA' || (side === 'from' && n.type === 'CA')) return false;
  if (n.type === 'I' && claims.has(n.id)) return true;
  if (side === 'to' && s.type === 'CA' && ['RA', 'CA', 'MA'].includes(n.type)) return true;
  if (n.type !== 'I')
    draft.warn(s.where, `link ${side} ${n.type} node ${n.id} ignored (only claims are related)`, s.id);
  return false;
}

function connect(node: AifNode, ins: AifNode[], targets: string[], kind: EdgeKind, draft: MapDraft): string[] {
  const note = noteOf(node);
  const ids: string[] = [];
  for (const from of ins) {
    for (const to of targets) {
      if (from.id === to) draft.warn(node.where, `${node.type} node relates claim ${to} to itself: skipped`, node.id);
      else ids.push(draft.edge({ from: from.id, to, kind, ...(note === undefined ? {} : { note }) }, node.id));
    }
  }
  return ids;
}

function kindOf(node: AifNode): EdgeKind {
  const names = [node.scheme ?? '', node.text].map((name) => name.trim().toLowerCase());
  if (node.type === 'MA') return 'rephrases';
  if (node.type === 'CA') return names.includes(CONTRADICTION.toLowerCase()) ? 'contradicts' : 'attacks';
  return names.includes(ANSWERING.toLowerCase()) ? 'answers' : 'supports';
}

/** The scheme name of a node, when it says more than its type (`Argument From Expert Opinion`, `Calling Out`). */
function noteOf(node: AifNode): string | undefined {
  for (const name of [node.text, node.scheme ?? '']) {
    const clean = collapseSpaces(htmlToText(name));
    if (clean !== '' && !GENERIC.test(clean)) return clean;
  }
  return undefined;
}

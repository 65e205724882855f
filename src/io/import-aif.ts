import type { DebateNode } from '../model/types.ts';
import { readAif, type AifDocument } from './aif-read.ts';
import { addRelations } from './aif-relations.ts';
import { addSpeakers } from './aif-speakers.ts';
import { claimRoles, kindByRole } from './claim-kinds.ts';
import { baseName, finishImport, mapIdFromFileName } from './finish-import.ts';
import { guessLanguage } from './guess-language.ts';
import { htmlToText, plainText } from './html-text.ts';
import { failure, type ImportResult } from './import-result.ts';
import { parseJsonText } from './json-text.ts';
import { MapDraft } from './map-draft.ts';
import { collapseSpaces, labelAndText } from './text-tools.ts';

/** Node types that are read (I, L, YA, scheme nodes) or knowingly left out (TA: dialogue order, given by time). */
const KNOWN_TYPES = new Set(['I', 'L', 'YA', 'TA', 'RA', 'CA', 'MA', 'PA']);

/**
 * Imports an AIF document (AIFdb or OVA export, plain or wrapped as xAIF/OVA3). I-nodes become claims, scheme nodes
 * become edges ({@link addRelations}), locutions become quotes and their speakers actors ({@link addSpeakers}).
 * A claim's kind comes from its role ({@link kindByRole}): conclusions that are never reasons are positions, the
 * rest arguments. Claims are ordered by when they were first said. HTML in texts is reduced to plain text; long
 * texts get a short label. One source stands for the file (publisher "AIFdb"). Whatever is unsound is skipped
 * with a warning naming the AIF node.
 */
export function importAif(text: string, fileName?: string): ImportResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, format: 'aif', errors: [parsed.error] };
  const draft = new MapDraft();
  const aif = readAif(parsed.value, draft);
  const language = guessLanguage(aif.nodes.filter((n) => n.type === 'I').map((n) => n.text));
  const title = aif.title ?? (baseName(fileName) || 'AIF map');
  const source = { id: 'aif', title, publisher: 'AIFdb', language };

  const claims = new Map<string, DebateNode>();
  for (const node of aif.nodes) {
    if (!KNOWN_TYPES.has(node.type)) {
      draft.warn(node.where, `unknown node type ${JSON.stringify(node.type)}: skipped`, node.id);
    } else if (node.type === 'I') {
      const full = plainText(node.text);
      if (full === '') draft.warn(node.where, 'claim (I-node) without text: skipped', node.id);
      else claims.set(node.id, { id: node.id, kind: 'argument', ...labelled(full, node.label), actors: [] });
    }
  }
  if (claims.size === 0) return failure('aif', 'nodes', 'no claims (I-nodes with text) to import');

  addRelations(aif, draft, new Set(claims.keys()));
  const firstSaid = addSpeakers(aif, draft, claims, source);
  const roles = claimRoles(draft.edges);
  for (const node of claims.values()) node.kind = kindByRole(node.id, roles);
  draft.nodes.push(...inOrderSaid([...claims.values()], firstSaid, aif));
  draft.sources.push(source);
  const meta = { id: mapIdFromFileName(fileName, 'aif-map'), title, description: 'Imported from AIF.', language };
  return finishImport('aif', draft.document(meta), draft.warnings);
}

/** Label and text of a claim; a label written by Capot's exporter wins over the one made from the text. */
function labelled(full: string, label: string | undefined): { label: string; text?: string } {
  const made = labelAndText(full);
  const own = label === undefined ? '' : collapseSpaces(htmlToText(label));
  if (own === '' || own === made.label) return made;
  return own === full ? { label: own } : { label: own, text: full };
}

/**
 * Claims sorted by when they were first said, falling back to their own timestamp; a claim with no time at all
 * keeps the time of the claim before it in the file, so it stays near its neighbours. The sort is stable.
 */
function inOrderSaid(nodes: DebateNode[], firstSaid: Map<string, string>, aif: AifDocument): DebateNode[] {
  let previous = '';
  const keyed = nodes.map((node) => {
    previous = firstSaid.get(node.id) ?? aif.byId.get(node.id)?.timestamp ?? previous;
    return { node, key: previous };
  });
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ node }) => node);
}

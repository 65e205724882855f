import type { DebateNode } from '../model/types.ts';
import { baseName, finishImport, mapIdFromFileName } from './finish-import.ts';
import { guessLanguage } from './guess-language.ts';
import { failure, type ImportResult } from './import-result.ts';
import { parseKialo } from './kialo-parse.ts';
import { MapDraft } from './map-draft.ts';
import { collapseSpaces, labelAndText } from './text-tools.ts';

/** The id of the question made from the discussion title. */
const QUESTION = 'question';

/**
 * Imports a Kialo discussion export (see `kialo-parse.ts` for the format). Each top-level claim (`1.`) is a thesis:
 * a `position` answering a `question` made from the discussion title (unless the title just repeats the thesis).
 * Pros and cons are `argument`s that support or attack their parent. A `-> See 1.4.` line adds an edge from claim
 * 1.4 to its parent instead of a node. Claims keep their Kialo number as id.
 */
export function importKialo(text: string, fileName?: string): ImportResult {
  const draft = new MapDraft();
  const discussion = parseKialo(text, draft);
  const nodes = new Map<string, DebateNode>();
  for (const claim of discussion.claims) {
    if (claim.see !== undefined) continue;
    const where = `line ${claim.line}`;
    if (claim.text === '') {
      draft.warn(where, `claim ${claim.number} without text: left out`, claim.number);
      continue;
    }
    if (claim.parent !== undefined && !nodes.has(claim.parent)) {
      draft.warn(
        where,
        `claim ${claim.number} comes before or without its parent ${claim.parent}: left out`,
        claim.number,
      );
      continue;
    }
    const kind = claim.parent === undefined ? 'position' : 'argument';
    const node: DebateNode = { id: claim.number, kind, ...labelAndText(claim.text), actors: [] };
    nodes.set(claim.number, node);
    draft.nodes.push(node);
  }
  if (nodes.size === 0)
    return failure('kialo', '(root)', 'no claims found (lines like "1. A thesis" or "1.1. Pro: …")');

  for (const claim of discussion.claims) {
    const where = `line ${claim.line}`;
    const from = claim.see ?? claim.number;
    if (claim.parent === undefined || !nodes.has(from) || !nodes.has(claim.parent)) {
      if (claim.see !== undefined)
        draft.warn(where, `reference to claim ${claim.see}, which is not in the map: skipped`, claim.number);
      continue;
    }
    if (claim.stance === undefined) {
      draft.warn(where, `claim ${claim.number} is neither Pro nor Con: not linked to ${claim.parent}`, claim.number);
    } else if (from === claim.parent) {
      draft.warn(where, `claim ${claim.number} refers to its own parent: skipped`, claim.number);
    } else {
      draft.edge({ from, to: claim.parent, kind: claim.stance === 'pro' ? 'supports' : 'attacks' }, claim.number);
    }
  }

  const theses = [...nodes.values()].filter((node) => node.kind === 'position');
  const title = collapseSpaces(discussion.title ?? '') || baseName(fileName) || (theses[0]?.label ?? 'Kialo');
  const sameAsThesis = theses.length === 1 && comparable(title) === comparable(theses[0]?.text ?? theses[0]?.label);
  if (discussion.title !== undefined && discussion.title !== '' && !sameAsThesis) {
    draft.nodes.unshift({ id: QUESTION, kind: 'question', ...labelAndText(title), actors: [] });
    for (const thesis of theses) draft.edge({ from: thesis.id, to: QUESTION, kind: 'answers' });
  }
  const language = guessLanguage(draft.nodes.map((n) => n.text ?? n.label));
  draft.sources.push({ id: 'kialo', title, publisher: 'Kialo', language });
  const meta = { id: mapIdFromFileName(fileName, 'kialo-discussion'), title, description: '', language };
  return finishImport('kialo', draft.document(meta), draft.warnings);
}

function comparable(text: string | undefined): string {
  return collapseSpaces(text ?? '')
    .toLowerCase()
    .replace(/[?.!]+$/, '');
}

import type { DebateEdge, LoadedMap } from '../model/types.ts';
import { ANSWERING, CONTRADICTION } from './aif-relations.ts';
import { isDate } from './field-checks.ts';
import { escapeMarkup } from './html-text.ts';
import { shortenLabel, UniqueIds } from './text-tools.ts';

type AifNode = { nodeID: string; text: string; type: string; timestamp?: string; scheme?: string; label?: string };
type AifEdge = { edgeID: string; fromID: string; toID: string; formEdgeID: null };
type AifLocution = { nodeID: string; personID: number; start: string | null };
type AifParticipant = { participantID: number; firstname: string; surname: string };

/** The AIF scheme node for each edge kind; `answers` and `contradicts` are marked by their scheme name. */
const SCHEMES: Record<DebateEdge['kind'], { type: string; scheme: string }> = {
  supports: { type: 'RA', scheme: 'Default Inference' },
  answers: { type: 'RA', scheme: ANSWERING },
  attacks: { type: 'CA', scheme: 'Default Conflict' },
  undercuts: { type: 'CA', scheme: 'Default Conflict' },
  contradicts: { type: 'CA', scheme: CONTRADICTION },
  rephrases: { type: 'MA', scheme: 'Default Rephrase' },
};

/**
 * The map as AIF JSON, as AIFdb and OVA write it (`nodes`, `edges`, `locutions`, `participants`). Each node is an
 * I-node (its full text; the label too, as an extra `label` field, when it is not just the text shortened); each
 * edge a scheme node between its ends (RA supports, CA attacks, MA rephrases; an undercut is a CA aimed at the
 * scheme node of the edge it undercuts, which keeps the edge's id); each quote an L-node "Speaker : words" linked
 * by a YA to its claim, with a locution naming the speaker among the participants (`start` is the quote's locator
 * when that is a date). Importing the result gives back the claims, their labels and texts, the relations and who
 * said what; node kinds are worked out again from the relations, and groups, tags, axes and data are not part of AIF.
 */
export function exportAif(map: LoadedMap): string {
  const nodes: AifNode[] = [];
  const edges: AifEdge[] = [];
  const link = (fromID: string, toID: string) =>
    edges.push({ edgeID: String(edges.length + 1), fromID, toID, formEdgeID: null });
  const ids = new UniqueIds();
  for (const node of map.nodes) ids.reserve(node.id);

  for (const node of map.nodes) {
    const text = node.text ?? node.label;
    const aif: AifNode = { nodeID: node.id, text: escapeMarkup(text), type: 'I' };
    if (node.date !== undefined) aif.timestamp = node.date;
    if (node.label !== shortenLabel(text)) aif.label = escapeMarkup(node.label);
    nodes.push(aif);
  }
  const schemeNode = new Map(map.edges.map((edge) => [edge.id, ids.take(edge.id)]));
  for (const edge of map.edges) {
    const { type, scheme } = SCHEMES[edge.kind];
    const id = schemeNode.get(edge.id) ?? edge.id;
    nodes.push({ nodeID: id, text: escapeMarkup(edge.note ?? scheme), type, scheme });
    link(edge.from, id);
    link(id, edge.kind === 'undercuts' ? (schemeNode.get(edge.to) ?? edge.to) : edge.to);
  }

  const participants = new Map<string, AifParticipant>();
  const locutions: AifLocution[] = [];
  const names = new Map(map.actors.map((actor) => [actor.id, actor.name]));
  for (const node of map.nodes) {
    for (const quote of node.quotes ?? []) {
      const name = names.get(quote.speaker) ?? quote.speaker;
      const [firstname = '', ...rest] = name.split(' ');
      let participant = participants.get(quote.speaker);
      if (participant === undefined) {
        participant = { participantID: participants.size + 1, firstname, surname: rest.join(' ') };
        participants.set(quote.speaker, participant);
      }
      const [l, ya] = [ids.take(`${node.id}-L`), ids.take(`${node.id}-YA`)];
      nodes.push({ nodeID: l, text: escapeMarkup(`${name} : ${quote.text}`), type: 'L' });
      nodes.push({ nodeID: ya, text: 'Asserting', type: 'YA', scheme: 'Asserting' });
      link(l, ya);
      link(ya, node.id);
      const start = quote.locator !== undefined && isDate(quote.locator) ? quote.locator : null;
      locutions.push({ nodeID: l, personID: participant.participantID, start });
    }
  }
  const document = { title: map.title, nodes, edges, locutions, participants: [...participants.values()] };
  return `${JSON.stringify(document, null, 2)}\n`;
}

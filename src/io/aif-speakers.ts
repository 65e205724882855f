import type { DebateNode } from '../model/types.ts';
import { linked, type AifDocument } from './aif-read.ts';
import { isDate } from './field-checks.ts';
import { plainText } from './html-text.ts';
import type { MapDraft } from './map-draft.ts';

/** `Speaker Name : the words` (AIFdb) or `Speaker: the words` (OVA): the first colon ends the name. */
const SPEAKER = /^([^:\n]{1,100}?)\s*:\s+(\S[\s\S]*)$/;

/**
 * Who said what: each locution (L-node) linked by an illocution (YA) to a claim becomes a quote on that claim, with
 * its speaker as an actor (`person`) added to the claim's actors. The speaker is the locution's participant when the
 * file lists participants, else the name before the colon in the L-node's text; the words after it are quoted
 * verbatim. A locution linked to no claim (AIFdb's analyst copies, dialogue moves without propositional content) is
 * skipped with a warning. Returns when each claim was first said (locution `start`, else the L-node's timestamp).
 */
export function addSpeakers(
  aif: AifDocument,
  draft: MapDraft,
  claims: ReadonlyMap<string, DebateNode>,
  source: { id: string; language: string },
): Map<string, string> {
  const firstSaid = new Map<string, string>();
  for (const l of aif.nodes) {
    if (l.type !== 'L') continue;
    const targets = linked(aif.outOf, l.id, 'YA').flatMap((ya) => linked(aif.outOf, ya.id, 'I'));
    const nodes = targets.flatMap((i) => claims.get(i.id) ?? []);
    if (nodes.length === 0) {
      draft.warn(l.where, 'locution not linked to any claim (no YA to an I-node): skipped', l.id);
      continue;
    }
    const locution = aif.locutions.get(l.id);
    const text = plainText(l.text);
    const match = SPEAKER.exec(text);
    const participant = locution?.person === undefined ? undefined : aif.participants.get(locution.person);
    const speaker = participant ?? match?.[1];
    const words = (match?.[2] ?? text).trim();
    if (speaker === undefined || words === '') {
      const what = speaker === undefined ? 'no speaker (no participant, no "Name: " before the words)' : 'no words';
      draft.warn(l.where, `locution with ${what}: skipped`, l.id);
      continue;
    }
    const actor = draft.actor(speaker);
    const start = locution?.start;
    for (const node of nodes) {
      const quote = { text: words, lang: source.language, speaker: actor, source: source.id };
      const quotes = (node.quotes ??= []);
      if (quotes.some((q) => q.text === words && q.speaker === actor)) continue;
      quotes.push(start === undefined ? quote : { ...quote, locator: start });
      if (!node.actors.includes(actor)) node.actors.push(actor);
      if (start !== undefined && isDate(start) && (node.date === undefined || start < node.date)) node.date = start;
      const said = start ?? l.timestamp;
      const known = firstSaid.get(node.id);
      if (said !== undefined && (known === undefined || said < known)) firstSaid.set(node.id, said);
    }
  }
  return firstSaid;
}

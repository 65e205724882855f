import { field, isRecord, list, type UnknownRecord } from '../model/read-unknown.ts';
import { slug, UniqueIds } from './text-tools.ts';

/**
 * Migration of the legacy `capot/0` format (the prototype's files) to `capot/1`. A `capot/0` map looked like this:
 *
 * ```json
 * { "format": "capot/0", "id": "…", "title": "…", "language": "en",
 *   "sources": [ … as in capot/1 … ],
 *   "actors": [ … as in capot/1, optional … ],
 *   "claims": [ { "id": "c1", "kind": "position", "label": "…", "text": "…",
 *                 "quotes": [ { "text": "…", "lang": "en", "speaker": "Jane Doe", "source": "s1" } ] } ],
 *   "relations": [ { "from": "c2", "to": "c1", "kind": "pro" } ] }
 * ```
 *
 * - `claims` became `nodes`, and every node now lists its `actors` (the speakers of its quotes are added);
 * - `relations` became `edges`, with kinds renamed: `pro` → `supports`, `con` → `attacks`, `answer` → `answers`,
 *   `undercut` → `undercuts`, `rephrase` → `rephrases` (`contradicts` is unchanged);
 * - a quote's `speaker` was a person's name; it is now an actor id, so each name becomes (or matches) an actor;
 * - `description` and `axes` did not exist (they default to `""` and `[]`).
 *
 * Anything else is passed through untouched for validation to judge.
 */
export function migrateV0(doc: UnknownRecord): UnknownRecord {
  const { claims, relations, ...rest } = doc;
  const actors = list(doc.actors).slice();
  const ids = new UniqueIds();
  const byName = new Map<string, string>();
  for (const actor of actors) {
    const id = field(actor, 'id');
    const name = field(actor, 'name');
    if (typeof id !== 'string') continue;
    ids.reserve(id);
    byName.set(id.toLowerCase(), id);
    if (typeof name === 'string') byName.set(name.trim().toLowerCase(), id);
  }
  const actorFor = (name: string): string => {
    const key = name.trim().toLowerCase();
    const known = byName.get(key);
    if (known !== undefined) return known;
    const id = ids.take(slug(name, 'speaker'));
    actors.push({ id, name: name.trim(), kind: 'person' });
    byName.set(key, id);
    return id;
  };
  const nodes = list(claims).map((claim) => (isRecord(claim) ? migrateClaim(claim, actorFor) : claim));
  const edges = list(relations).map((relation) => {
    if (!isRecord(relation) || typeof relation.kind !== 'string') return relation;
    return { ...relation, kind: KINDS[relation.kind] ?? relation.kind };
  });
  return { description: '', axes: [], ...rest, format: 'capot/1', actors, nodes, edges };
}

const KINDS: Record<string, string> = {
  pro: 'supports',
  con: 'attacks',
  answer: 'answers',
  undercut: 'undercuts',
  rephrase: 'rephrases',
  contradicts: 'contradicts',
};

function migrateClaim(claim: UnknownRecord, actorFor: (name: string) => string): UnknownRecord {
  const nodeActors = list(claim.actors).slice();
  if (!Array.isArray(claim.quotes)) return { ...claim, actors: nodeActors };
  const quotes = list(claim.quotes).map((quote) => {
    const speaker = field(quote, 'speaker');
    if (!isRecord(quote) || typeof speaker !== 'string' || speaker.trim() === '') return quote;
    const id = actorFor(speaker);
    if (!nodeActors.includes(id)) nodeActors.push(id);
    return { ...quote, speaker: id };
  });
  return { ...claim, actors: nodeActors, quotes };
}

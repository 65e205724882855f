import type { Actor, LoadedMap } from '../model/types.ts';
import { theme } from './theme.ts';

/** Short initials for an actor chip: "Elon Musk" → "EM", "OpenAI" → "OAI", "xAI" → "xAI", "Google" → "Go". */
export function initials(name: string): string {
  const trimmed = name.trim();
  if ([...trimmed].length <= 3) return trimmed;
  const words = trimmed.split(/[\s\-–—_/]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length >= 2) {
    const first = [...words[0]!][0]!;
    const last = [...words[words.length - 1]!][0]!;
    return (first + last).toUpperCase();
  }
  const capitals = [...trimmed].filter((c) => /\p{Lu}/u.test(c));
  if (capitals.length >= 2) return capitals.slice(0, 3).join('');
  return [...trimmed].slice(0, 2).join('');
}

/**
 * One colour per actor. Members share their organisation's colour (their initials tell them apart), so a reader sees
 * at a glance which camp a claim comes from; actors outside any organisation get colours of their own.
 */
export function actorColours(map: Pick<LoadedMap, 'actors'>): Map<string, string> {
  const byId = new Map(map.actors.map((a) => [a.id, a]));
  const root = (a: Actor, seen = new Set<string>()): Actor => {
    const parent = a.memberOf?.map((id) => byId.get(id)).find((p) => p && p.kind === 'organization');
    if (!parent || seen.has(parent.id)) return a;
    seen.add(a.id);
    return root(parent, seen);
  };
  const colours = new Map<string, string>();
  const rootColour = new Map<string, string>();
  for (const actor of map.actors) {
    const r = root(actor);
    if (!rootColour.has(r.id)) rootColour.set(r.id, theme.actorPalette[rootColour.size % theme.actorPalette.length]!);
    colours.set(actor.id, rootColour.get(r.id)!);
  }
  return colours;
}

import type { MapDraft } from './map-draft.ts';

/**
 * One claim of a Kialo discussion export. The plain-text export Capot reads looks like this:
 *
 * ```text
 * Discussion Title: Should cities ban cars from their centres?
 *
 * 1. Cities should ban cars from their centres.
 * 1.1. Pro: Traffic fumes shorten lives.
 * 1.1.1. Con: Electric cars do not fume.
 * 1.2. Con: Shops would lose customers.
 * A claim can run over several lines; the lines that follow it belong to it.
 * 1.3. Pro: -> See 1.1.1.
 * ```
 *
 * A claim's number says where it hangs: `1.2.3` answers `1.2`. `Pro:` supports the parent, `Con:` attacks it.
 * A claim whose whole text is `-> See <number>` is a cross-reference: the claim numbered there is (also) a pro or
 * con of this parent.
 */
export interface KialoClaim {
  number: string;
  parent?: string;
  stance?: 'pro' | 'con';
  text: string;
  /** The number this claim refers to, when it is a `-> See …` line. */
  see?: string;
  line: number;
}

export interface KialoDiscussion {
  title?: string;
  claims: KialoClaim[];
}

const TITLE = /^\s*Discussion Title:\s*(.*)$/i;
const CLAIM = /^\s*(\d+(?:\.\d+)*)\.\s+(?:(Pro|Con|Thesis):\s*)?(.*)$/i;
const SEE = /^->\s*See\s+(\d+(?:\.\d+)*)\.?\s*$/i;

/**
 * Reads a Kialo export line by line (CRLF or LF). Text before the first claim other than the title is left out with a
 * warning; a claim number used twice keeps its first claim.
 */
export function parseKialo(text: string, draft: MapDraft): KialoDiscussion {
  const discussion: KialoDiscussion = { claims: [] };
  const seen = new Set<string>();
  let current: KialoClaim | undefined;
  let skipping = false;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const title = discussion.title === undefined && current === undefined ? TITLE.exec(raw) : null;
    if (title !== null) {
      discussion.title = title[1]?.trim() ?? '';
      return;
    }
    const match = CLAIM.exec(raw);
    if (match === null) {
      // The lines after a claim belong to it (or to the left-out claim before them).
      if (current !== undefined) current.text += `\n${raw}`;
      else if (!skipping && raw.trim() !== '') draft.warn(`line ${line}`, 'text before the first claim: left out');
      return;
    }
    const [, number = '', stance = '', body = ''] = match;
    if (seen.has(number)) {
      [current, skipping] = [undefined, true];
      return draft.warn(`line ${line}`, `second claim numbered ${number}: left out`, number);
    }
    seen.add(number);
    const claim: KialoClaim = { number, text: body, line };
    const cut = number.lastIndexOf('.');
    if (cut !== -1) claim.parent = number.slice(0, cut);
    const lower = stance.toLowerCase();
    if (lower === 'pro' || lower === 'con') claim.stance = lower;
    const see = SEE.exec(body.trim());
    if (see !== null) claim.see = see[1] ?? '';
    discussion.claims.push(claim);
    current = claim;
  });
  for (const claim of discussion.claims) claim.text = claim.text.trim();
  return discussion;
}

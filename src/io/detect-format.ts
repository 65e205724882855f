import type { ImportFormat } from './import-result.ts';

/** How much of the start of a text is looked at for the cheap checks; markers further in are found by `indexOf`. */
const HEAD = 64 * 1024;

const CAPOT = /"format"\s*:\s*"capot\/\d+"/;
const AIF = /"(nodeID|fromID|toID|AIF)"\s*:/;
const KIALO_TITLE = /^\s*Discussion Title:/i;
const KIALO_CLAIM = /^\s*1\.\s+\S/m;
const KIALO_CHILD = /^\s*\d+(\.\d+)+\.\s+(Pro|Con):/im;
/** Argdown's own syntax: `[Title]:` or `<Title>:` definitions, relations (`+ [A]`, `-> <B>`, `<_`), `(1)` premises. */
const ARGDOWN =
  /^[ \t]*(?:[[<][^\]>\n]+[\]>]:|(?:[+-]>?|<[+-]|<?_>|<_|><)[ \t]+[[<]|\(\d+\)[ \t]+\S|-{4,}[ \t]*$|={3,}[ \t]*$)/m;
/** `[Some title]` opening an Argdown text, as opposed to a JSON array (`[{`, `["`, `[[`, `[]`). */
const ARGDOWN_TITLE = /^\[[^\]"{[\n]+\]/;
const ARGDOWN_NAME = /\.(argdown|ad)$/i;

/**
 * Which format a file is in, decided from its content; the file name only breaks ties (a `.argdown` text with no
 * Argdown syntax in it). JSON is AIF when it has AIF's field names (`nodeID`, `fromID`, the `AIF` wrapper), and
 * otherwise Capot: a JSON file that is not a Capot map then gets Capot's precise account of what is missing,
 * rather than "unknown format". Text is Kialo when it has Kialo's title line or numbered `Pro:`/`Con:` claims,
 * Argdown when it has Argdown syntax. Only the first 64 KB are scanned with patterns, so a 50 MB file costs
 * nothing noticeable.
 */
export function detectFormat(text: string, fileName?: string): ImportFormat {
  const start = firstNonSpace(text);
  if (start === -1) return 'unknown';
  const head = text.slice(start, start + HEAD);
  if (head.startsWith('{') || (head.startsWith('[') && !ARGDOWN_TITLE.test(head))) {
    if (CAPOT.test(head)) return 'capot';
    if (AIF.test(head) || text.includes('"nodeID"', start + head.length)) return 'aif';
    return 'capot';
  }
  if (KIALO_TITLE.test(head) || (KIALO_CLAIM.test(head) && KIALO_CHILD.test(head))) return 'kialo';
  if (ARGDOWN.test(head)) return 'argdown';
  if (fileName !== undefined && ARGDOWN_NAME.test(fileName)) return 'argdown';
  return 'unknown';
}

function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0xfeff) return i;
  }
  return -1;
}

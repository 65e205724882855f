/**
 * How deep JSON may nest before Capot refuses to read it. Maps nest about six levels (and the free `data` of a
 * node a few more); V8's `JSON.parse` reads a file of 50 million `[` in half a minute and other engines throw, so
 * anything past this limit is refused before parsing, in one quick pass.
 */
export const MAX_JSON_DEPTH = 1000;

/**
 * The offset of the bracket that takes a JSON text deeper than `limit` levels of `[` and `{`, or -1 when it stays
 * within it. Brackets inside strings do not count. The text need not be valid JSON: this only looks at nesting.
 */
export function tooDeepAt(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return i;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return -1;
}

/** Where a JSON text stops being valid, and what was expected there. */
export interface JsonSyntaxProblem {
  /** Offset in the text (UTF-16 code units). */
  offset: number;
  message: string;
}

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const WORD = /\w+/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * Finds the first syntax error in a JSON text, or `null` when it is valid. `JSON.parse` says where it failed in a
 * different way in every engine (and sometimes not at all), so the position is found here, in one linear pass with an
 * explicit stack: no recursion, so a hundred thousand `[` cannot overflow it.
 */
export function locateJsonError(text: string): JsonSyntaxProblem | null {
  const stack = new BracketStack();
  let expect: Expect = 'value';
  let i = 0;
  const fail = (offset: number, message: string) => ({ offset, message });
  while (true) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const c = text[i];
    const top = stack.top();
    if (c === undefined) {
      if (expect === 'end') return null;
      const open =
        top === '{' ? ' (an object "{" is never closed)' : top === '[' ? ' (a list "[" is never closed)' : '';
      return fail(i, `the text ends too early${open}`);
    }
    if (expect === 'end') return fail(i, `unexpected ${shown(c)} after the end of the JSON value`);
    if (expect === 'colon') {
      if (c !== ':') return fail(i, `expected ":" after a property name, found ${shown(c)}`);
      expect = 'value';
      i++;
      continue;
    }
    const closer = top === '{' ? '}' : ']';
    const closes = (expect === 'commaOrClose' || expect === 'keyOrClose' || expect === 'valueOrClose') && c === closer;
    if (closes) {
      stack.pop();
      expect = stack.length > 0 ? 'commaOrClose' : 'end';
      i++;
      continue;
    }
    if (expect === 'commaOrClose') {
      if (c !== ',') return fail(i, `expected "," or "${closer}", found ${shown(c)}`);
      expect = top === '{' ? 'key' : 'value';
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'keyOrClose') {
      if (c !== '"') return fail(i, `expected a property name in double quotes, found ${shown(c)}`);
      const end = stringEnd(text, i);
      if (typeof end !== 'number') return end;
      expect = 'colon';
      i = end;
      continue;
    }
    // A value is expected.
    let end: number | JsonSyntaxProblem;
    if (c === '{' || c === '[') {
      stack.push(c === '{');
      expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
      i++;
      continue;
    } else if (c === '"') end = stringEnd(text, i);
    else if (c === '-' || (c >= '0' && c <= '9')) end = numberEnd(text, i);
    else end = literalEnd(text, i);
    if (typeof end !== 'number') return end;
    expect = stack.length > 0 ? 'commaOrClose' : 'end';
    i = end;
  }
}

function stringEnd(text: string, start: number): number | JsonSyntaxProblem {
  for (let j = start + 1; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === 0x22) return j + 1;
    if (code < 0x20) return { offset: j, message: 'a line break or control character inside text (write it as \\n)' };
    if (code !== 0x5c) continue;
    const escape = text[j + 1] ?? '';
    if (escape === 'u' && HEX4.test(text.slice(j + 2, j + 6))) j += 5;
    else if (ESCAPES.has(escape)) j += 1;
    else return { offset: j, message: `invalid escape "\\${escape}" inside text` };
  }
  return { offset: start, message: 'text that is never closed (a missing ")' };
}

function numberEnd(text: string, start: number): number | JsonSyntaxProblem {
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  const end = match === null ? start : start + match[0].length;
  const next = text[end] ?? '';
  if (end === start || /[\w.]/.test(next)) return { offset: start, message: 'an invalid number' };
  return end;
}

function literalEnd(text: string, start: number): number | JsonSyntaxProblem {
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, start) && !/\w/.test(text[start + word.length] ?? '')) return start + word.length;
  }
  WORD.lastIndex = start;
  const found = WORD.exec(text)?.[0];
  const what = found === undefined ? shown(text[start] ?? '') : `"${found.slice(0, 20)}"`;
  return { offset: start, message: `unexpected ${what}: expected a value (text must be in double quotes)` };
}

/** The open brackets, one byte each: a 50 MB file of `[` needs 50 MB here, not an array of 50 million strings. */
class BracketStack {
  #items = new Uint8Array(64);
  length = 0;

  push(isObject: boolean): void {
    if (this.length === this.#items.length) {
      const grown = new Uint8Array(this.#items.length * 2);
      grown.set(this.#items);
      this.#items = grown;
    }
    this.#items[this.length++] = isObject ? 1 : 0;
  }

  pop(): void {
    if (this.length > 0) this.length--;
  }

  top(): '{' | '[' | undefined {
    if (this.length === 0) return undefined;
    return this.#items[this.length - 1] === 1 ? '{' : '[';
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function shown(c: string): string {
  return `"${c}"`;
}

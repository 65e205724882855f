import { MAX_JSON_DEPTH, tooDeepAt } from './json-depth.ts';
import { locateJsonError } from './json-locate.ts';
import { note, type ImportError } from './import-result.ts';

/** A parsed JSON document, or the located reason it is not one. */
export type JsonText = { ok: true; value: unknown } | { ok: false; error: ImportError };

/**
 * Parses JSON text, reporting a syntax error with its line and column (`line 3, column 14`), and a document nested
 * deeper than {@link MAX_JSON_DEPTH} (or beyond the engine's own limit) as "nested too deeply", instead of letting
 * `JSON.parse` spend half a minute on it or throw a `RangeError`.
 */
export function parseJsonText(text: string): JsonText {
  const deep = tooDeepAt(text);
  if (deep !== -1) {
    const { line, column } = lineColumn(text, deep);
    const message = `the JSON is nested too deeply to read (more than ${MAX_JSON_DEPTH} levels of [ and {)`;
    return { ok: false, error: note(`line ${line}, column ${column}`, message) };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (thrown) {
    if (thrown instanceof RangeError) {
      return { ok: false, error: note('(root)', 'the JSON is nested too deeply to read') };
    }
    const found = locateJsonError(text);
    if (found === null) {
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      return { ok: false, error: note('(root)', `not valid JSON: ${message}`) };
    }
    const { line, column } = lineColumn(text, found.offset);
    return { ok: false, error: note(`line ${line}, column ${column}`, `not valid JSON: ${found.message}`) };
  }
}

/** The 1-based line and column of an offset in a text, counting `\n` (so CRLF files count right too). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

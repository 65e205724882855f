// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { lineColumn, parseJsonText } from './json-text.ts';
import { locateJsonError } from './json-locate.ts';
import { tooDeepAt } from './json-depth.ts';

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a": [1, 2.5e3, "x\\n", true, null]}')).toEqual({
      ok: true,
      value: { a: [1, 2500, 'x\n', true, null] },
    });
  });

  it('reports a syntax error with line and column', () => {
    const result = parseJsonText('{\n  "a": 1,\n  "b" 2\n}');
    expect(result).toEqual({
      ok: false,
      error: { where: 'line 3, column 7', message: 'not valid JSON: expected ":" after a property name, found "2"' },
    });
  });

  it('counts lines in CRLF files', () => {
    const result = parseJsonText('{\r\n"a": tru\r\n}');
    expect(result.ok === false && result.error.where).toBe('line 2, column 6');
  });

  it('names what is wrong in words', () => {
    const message = (text: string) => {
      const found = locateJsonError(text);
      return found === null ? null : found.message;
    };
    expect(message('{"a": 1')).toBe('the text ends too early (an object "{" is never closed)');
    expect(message('[1, 2,]')).toBe('unexpected "]": expected a value (text must be in double quotes)');
    expect(message("{'a': 1}")).toBe('expected a property name in double quotes, found "\'"');
    expect(message('"abc')).toBe('text that is never closed (a missing ")');
    expect(message('[01]')).toBe('an invalid number');
    expect(message('{} {}')).toBe('unexpected "{" after the end of the JSON value');
    expect(message('')).toBe('the text ends too early');
  });

  it('refuses 100,000 nested brackets quickly, saying where', () => {
    const started = performance.now();
    const deep = parseJsonText(`{"a":\n${'['.repeat(100_000)}`);
    expect(deep).toEqual({
      ok: false,
      error: { where: 'line 2, column 1000', message: expect.stringMatching(/^the JSON is nested too deeply/) },
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts nesting outside strings only', () => {
    expect(tooDeepAt('[[["[[[[["]]]', 3)).toBe(-1);
    expect(tooDeepAt('[[["\\\\"[]]]', 3)).toBe(7);
    expect(parseJsonText(`${'['.repeat(1000)}${']'.repeat(1000)}`).ok).toBe(true);
  });

  it('agrees with JSON.parse on what is valid', () => {
    const texts = fc.oneof(
      fc.json(),
      fc.string(),
      fc.json().map((json) => json.slice(0, Math.floor(json.length / 2))),
      fc.tuple(fc.json(), fc.string({ maxLength: 3 })).map(([json, junk]) => json + junk),
    );
    fc.assert(
      fc.property(texts, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === null).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });

  it('computes positions', () => {
    expect(lineColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('parseJsonText on engines that overflow', () => {
  it('reports a RangeError as nesting too deep', () => {
    const spy = vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      expect(parseJsonText('[[[[1]]]]')).toEqual({
        ok: false,
        error: { where: '(root)', message: 'the JSON is nested too deeply to read' },
      });
    } finally {
      spy.mockRestore();
    }
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeFile, invalidUtf8Offset } from './decode-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeFile', () => {
  it('decodes UTF-8 and removes a byte order mark', () => {
    expect(decodeFile(utf8('héllo'))).toEqual({ ok: true, text: 'héllo' });
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a":1}')]))).toEqual({ ok: true, text: '{"a":1}' });
  });

  it('reports the byte offset and line of invalid UTF-8', () => {
    const bytes = new Uint8Array([...utf8('line one\nné'), 0xff, ...utf8('rest')]);
    const result = decodeFile(bytes);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('at byte 12 (line 2)') });
    expect(result.ok === false && result.error).toContain('0xFF');
  });

  it('rejects truncated sequences, overlong forms and surrogates', () => {
    expect(invalidUtf8Offset(new Uint8Array([0x41, 0xe2, 0x82]))).toBe(1);
    expect(invalidUtf8Offset(new Uint8Array([0xc0, 0xaf]))).toBe(0);
    expect(invalidUtf8Offset(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(invalidUtf8Offset(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });

  it('names UTF-16 files', () => {
    expect(decodeFile(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({
      ok: false,
      error: expect.stringMatching(/UTF-16/),
    });
  });

  it('agrees with the platform decoder on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(invalidUtf8Offset(bytes) === bytes.length).toBe(valid);
      }),
      { numRuns: 300 },
    );
  });
});

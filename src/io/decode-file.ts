/** The text of a file, or why it is not UTF-8 text. */
export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Decodes the bytes of a file as UTF-8, strictly: invalid bytes are reported with their offset (and line) instead of
 * being replaced by `�`, so a map is never imported with silently damaged text. A leading byte order mark is removed.
 */
export function decodeFile(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, error: 'the file is UTF-16 text; save it as UTF-8 and open it again' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = invalidUtf8Offset(bytes);
    const line = lineAt(bytes, offset);
    return {
      ok: false,
      error: `not valid UTF-8 text: invalid byte 0x${hex(bytes[offset])} at byte ${offset} (line ${line}); save the file as UTF-8`,
    };
  }
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence, or `bytes.length` if all do. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the well-formed sequence at `i` (RFC 3629 table, no overlongs or surrogates), 0 when malformed. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  const [length, low, high] = leadByte(b);
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1] ?? 0;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k] ?? 0;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** Sequence length and the allowed range of the second byte for a lead byte (0 when it cannot lead). */
function leadByte(b: number): [number, number, number] {
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
}

/** The largest file Capot tries to open: past this a tab runs out of memory before the map could be drawn anyway. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Progress of reading: bytes so far, and the total when it is known. */
export type OnProgress = (loaded: number, total: number | null) => void;

/** A size for people: `532 bytes`, `45.2 KB`, `12.0 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a file of this size is refused, or null when it is fine. */
export function tooLarge(bytes: number): string | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return `the file is ${formatSize(bytes)}; Capot opens files up to ${formatSize(MAX_FILE_BYTES)}`;
}

/**
 * Reads a file's bytes, reporting progress as the browser reads it (a FileReader's progress events: a large file
 * from a slow disk shows its percentage instead of a frozen page).
 */
export function readFileBytes(file: Blob, onProgress: OnProgress): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    reader.onload = () => {
      if (reader.result instanceof ArrayBuffer) resolve(reader.result);
      else reject(new Error('the browser did not give the file’s bytes'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the browser could not read the file'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Reads a response body chunk by chunk, reporting progress against `Content-Length` when the server sends it (and
 * the body is not compressed, in which case that length is not the body's).
 */
export async function readResponseBytes(response: Response, onProgress: OnProgress): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get('content-length'));
  const total = declared > 0 && !response.headers.get('content-encoding') ? declared : null;
  const refused = total === null ? null : tooLarge(total);
  if (refused) throw new Error(refused);
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    if (tooLarge(loaded)) {
      await reader.cancel();
      throw new Error(`the file is larger than ${formatSize(MAX_FILE_BYTES)}, the most Capot opens`);
    }
    onProgress(loaded, total !== null && loaded <= total ? total : null);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

import { validateMap } from '../model/validate.ts';
import type { MapProblem, ValidationResult } from '../model/types.ts';
import { decodeFile } from './decode-file.ts';
import { errorName, storageProblem } from './idb.ts';
import { importMap } from './import-map.ts';
import { failure, thrownMessage, type ImportResult } from './import-result.ts';
import { savedKey, type MapLibrary, type SavedMapSummary } from './saved-map.ts';

/**
 * The slow work of opening a map, as plain messages (structured-clone friendly) so it can run in a Web Worker:
 * `import` decodes a file's bytes as UTF-8, imports them in whatever format they are and, when `keep` is set, keeps
 * the map in the browser's storage; `load` reads a kept map back and validates it again. Storage is read and
 * written where the map is, so a 50 MB map is never copied into or out of storage on the page's thread.
 */
export type ImportJob =
  | { kind: 'import'; bytes: ArrayBuffer; fileName: string; source: string; keep: boolean }
  | { kind: 'load'; key: string };

/** Whether an imported map was kept: under which key, or why not (`full` for a quota error). */
export type Kept = { ok: true; key: string } | { ok: false; error: string; full: boolean };

/** What a job answers. */
export type ImportJobResult =
  { kind: 'import'; result: ImportResult; kept: Kept | null } | { kind: 'load'; result: ValidationResult };

/**
 * What the worker posts about job `id`: an import's result as soon as the file is imported (`imported`), then whether
 * the map was kept (`kept`), which for a large map comes a good while later; or what a load found (`loaded`).
 */
export type JobMessage = { id: number } & (
  | { step: 'imported'; result: ImportResult }
  | { step: 'kept'; kept: Kept | null }
  | { step: 'loaded'; result: ValidationResult }
);

/** Decodes (strict UTF-8, BOM removed) and imports the bytes of a file. Never throws. */
export async function importBytes(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const decoded = decodeFile(bytes);
  if (!decoded.ok) return failure('unknown', '(file)', decoded.error);
  return importMap(decoded.text, fileName);
}

const storageFailure = (message: string): ValidationResult => ({
  ok: false,
  problems: [{ path: [], where: '(storage)', message } satisfies MapProblem],
});

async function keep(result: ImportResult, source: string, library: () => Promise<MapLibrary>): Promise<Kept | null> {
  if (!result.ok) return null;
  const { map } = result;
  const key = savedKey(map.id);
  const savedAt = new Date().toISOString();
  const summary: SavedMapSummary = {
    key,
    title: map.title,
    format: result.format,
    source,
    savedAt,
    nodes: map.nodes.length,
  };
  try {
    await (await library()).put(summary, map);
    return { ok: true, key };
  } catch (thrown) {
    const full = errorName(thrown) === 'QuotaExceededError';
    return { ok: false, error: storageProblem(thrown), full };
  }
}

/**
 * Runs one job, in the worker or, where there is none, on the main thread. Never throws. `onImported` hears an
 * import's result before the map is kept: the page can show a map while storage writes it (a 20,000-node map took
 * the worker about 200 ms to keep).
 */
export async function runJob(
  job: ImportJob,
  library: () => Promise<MapLibrary>,
  onImported?: (result: ImportResult) => void,
): Promise<ImportJobResult> {
  if (job.kind === 'import') {
    const result = await importBytes(new Uint8Array(job.bytes), job.fileName);
    onImported?.(result);
    return { kind: 'import', result, kept: job.keep ? await keep(result, job.source, library) : null };
  }
  let document: unknown;
  try {
    document = await (await library()).getMap(job.key);
  } catch (thrown) {
    return { kind: 'load', result: storageFailure(storageProblem(thrown)) };
  }
  if (document === undefined) return { kind: 'load', result: storageFailure('the map is no longer in this browser') };
  try {
    return { kind: 'load', result: validateMap(document) };
  } catch (thrown) {
    return { kind: 'load', result: storageFailure(`it could not be checked: ${thrownMessage(thrown)}`) };
  }
}

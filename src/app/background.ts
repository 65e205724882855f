import type { ImportJob, ImportJobResult, Kept } from '../io/import-jobs.ts';
import type { ImportResult } from '../io/import-result.ts';
import type { MapLibrary } from '../io/saved-map.ts';
import type { ValidationResult } from '../model/types.ts';

/** The slow work of opening and restoring maps, done off the page's thread. */
export interface Background {
  /** Decodes and imports a file's bytes (transferred: unusable afterwards), keeping the map when `keep` is set. */
  importFile(
    bytes: ArrayBuffer,
    fileName: string,
    source: string,
    keep: boolean,
  ): Promise<{ result: ImportResult; kept: Kept | null }>;
  /** Reads a kept map back from storage and validates it again. */
  loadSaved(key: string): Promise<ValidationResult>;
}

type Pending = { resolve: (result: ImportJobResult) => void; reject: (error: Error) => void };

/**
 * One import worker for the page, started on first use and kept (starting one per job costs more, and ending one
 * that holds a large map blocks the page while it is torn down). If it dies (out of memory on a huge file) the jobs
 * in flight are rejected and the next job starts a new one. Where there is no Worker (jsdom) the jobs run on the
 * main thread, loaded on demand so the importers stay out of the first download either way; `library` is then the
 * storage they use.
 */
export function createBackground(library: () => Promise<MapLibrary>): Background {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const start = (): Worker | null => {
    if (worker || typeof Worker === 'undefined') return worker;
    try {
      worker = new Worker(new URL('../io/import-worker.ts', import.meta.url), { type: 'module', name: 'capot-import' });
    } catch {
      return null;
    }
    worker.onmessage = (event: MessageEvent<{ id: number; result: ImportJobResult }>) => {
      pending.get(event.data.id)?.resolve(event.data.result);
      pending.delete(event.data.id);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(
        event.message || 'the import stopped unexpectedly (the browser may have run out of memory)',
      );
      worker?.terminate();
      worker = null;
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    };
    return worker;
  };

  const run = async (job: ImportJob): Promise<ImportJobResult> => {
    const w = start();
    if (w === null) {
      const { runJob } = await import('../io/import-jobs.ts');
      return runJob(job, library);
    }
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      w.postMessage({ id, job }, job.kind === 'import' ? [job.bytes] : []);
    });
  };

  return {
    async importFile(bytes, fileName, source, keep) {
      const answer = await run({ kind: 'import', bytes, fileName, source, keep });
      if (answer.kind !== 'import') throw new Error('the import worker answered another job');
      return answer;
    },
    async loadSaved(key) {
      const answer = await run({ kind: 'load', key });
      if (answer.kind !== 'load') throw new Error('the import worker answered another job');
      return answer.result;
    },
  };
}

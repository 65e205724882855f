import type { ImportJob, JobMessage, Kept } from '../io/import-jobs.ts';
import type { ImportResult } from '../io/import-result.ts';
import type { MapLibrary } from '../io/saved-map.ts';
import type { ValidationResult } from '../model/types.ts';

/** An imported file, as soon as it is imported; whether its map was kept comes later. */
export interface Imported {
  result: ImportResult;
  /** Null when the map was not to be kept (or could not be imported); never rejects. */
  kept: Promise<Kept | null>;
}

/** The slow work of opening and restoring maps, done off the page's thread. */
export interface Background {
  /** Boots the worker ahead of a job (while a file is read or downloaded), so the job need not wait for it. */
  prepare(): void;
  /** Decodes and imports a file's bytes (transferred: unusable afterwards), keeping the map when `keep` is set. */
  importFile(bytes: ArrayBuffer, fileName: string, source: string, keep: boolean): Promise<Imported>;
  /** Reads a kept map back from storage and validates it again. */
  loadSaved(key: string): Promise<ValidationResult>;
}

/** A job in flight: what its next message settles. */
interface Pending {
  imported?: (result: ImportResult) => void;
  kept?: (kept: Kept | null) => void;
  loaded?: (result: ValidationResult) => void;
  reject: (error: Error) => void;
}

/**
 * One import worker for the page, started on first use and kept (starting one per job costs more, and ending one
 * that holds a large map blocks the page while it is torn down). If it dies (out of memory on a huge file) the jobs
 * in flight are rejected (a map already shown is reported as not kept) and the next job starts a new one. Where there
 * is no Worker (jsdom) the jobs run on the main thread, loaded on demand so the importers stay out of the first
 * download either way; `library` is then the storage they use.
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
    worker.onmessage = (event: MessageEvent<JobMessage>) => {
      const message = event.data;
      const job = pending.get(message.id);
      if (!job) return;
      if (message.step === 'imported') return job.imported?.(message.result);
      pending.delete(message.id);
      if (message.step === 'kept') job.kept?.(message.kept);
      else job.loaded?.(message.result);
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

  /** Posts a job to the worker, or runs it here without one. */
  const run = (job: ImportJob, handlers: Omit<Pending, 'reject'>, reject: (error: Error) => void) => {
    const w = start();
    if (w === null) {
      void import('../io/import-jobs.ts')
        .then(({ runJob }) => runJob(job, library, handlers.imported))
        .then((answer) => (answer.kind === 'import' ? handlers.kept?.(answer.kept) : handlers.loaded?.(answer.result)))
        .catch((thrown: unknown) => reject(thrown instanceof Error ? thrown : new Error(String(thrown))));
      return;
    }
    const id = nextId++;
    pending.set(id, { ...handlers, reject });
    w.postMessage({ id, job }, job.kind === 'import' ? [job.bytes] : []);
  };

  return {
    prepare: () => void start(),
    importFile(bytes, fileName, source, keep) {
      return new Promise((resolve, reject) => {
        let settleKept: (kept: Kept | null) => void = () => {};
        const kept = new Promise<Kept | null>((done) => (settleKept = done));
        let answered = false;
        run(
          { kind: 'import', bytes, fileName, source, keep },
          {
            imported: (result) => {
              answered = true;
              resolve({ result, kept });
            },
            kept: settleKept,
          },
          (error) => {
            if (!answered) return reject(error);
            settleKept({ ok: false, error: error.message, full: false });
          },
        );
      });
    },
    loadSaved(key) {
      return new Promise((resolve, reject) => run({ kind: 'load', key }, { loaded: resolve }, reject));
    },
  };
}

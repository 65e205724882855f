/**
 * The import worker: decodes and imports files, keeps them in IndexedDB and reads them back, off the main thread,
 * so a 50 MB file never freezes the page. It lives as long as the page; each message is a job with an id, answered
 * with the same id. The app starts it as `new Worker(new URL('../io/import-worker.ts', import.meta.url), …)`.
 */
import { openIdbLibrary } from './idb-library.ts';
import { runJob, type ImportJob, type JobMessage } from './import-jobs.ts';
import type { ImportResult } from './import-result.ts';
import type { MapLibrary } from './saved-map.ts';

/** The part of a worker's global scope used here (the project's `lib` is the DOM's, not the worker's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; job: ImportJob }>) => void) | null;
  postMessage(message: JobMessage): void;
}

let library: Promise<MapLibrary> | undefined;
const openLibrary = () => {
  // A refusal is not cached: storage may come back (another tab closed, space freed).
  library ??= openIdbLibrary().catch((thrown: unknown) => {
    library = undefined;
    throw thrown;
  });
  return library;
};

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const { id, job } = event.data;
  // An import's map goes back once, as soon as it is imported; keeping it follows, and only its outcome is posted.
  const imported = (result: ImportResult) => scope.postMessage({ id, step: 'imported', result });
  void runJob(job, openLibrary, imported).then((answer) =>
    scope.postMessage(
      answer.kind === 'import'
        ? { id, step: 'kept', kept: answer.kept }
        : { id, step: 'loaded', result: answer.result },
    ),
  );
};

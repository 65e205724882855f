import type { Kept } from '../io/import-jobs.ts';
import type { ImportResult } from '../io/import-result.ts';
import { freezeInPlace } from '../model/load.ts';
import type { LoadedMap } from '../model/types.ts';
import type { AppStore } from '../state/store.ts';
import type { Background, Imported } from './background.ts';
import { fetchMap } from './fetch-map.ts';
import { formatSize, readFileBytes, tooLarge } from './read-bytes.ts';
import { reportImportFailure } from './import-report.ts';
import { prepareLayoutWorker } from '../layout/worker-engine.ts';
import { dropMapCanvas, prepareMapCanvas } from '../render/prepared-canvas.ts';

/**
 * Files above this size (a few hundred nodes) start the layout worker as soon as they are opened, and have the
 * large-map view's canvas made while they are imported.
 */
const LARGE_FILE_BYTES = 100_000;
/** What the opener works with: the background worker, whether maps can be kept, what to do once one was. */
export interface OpenerDeps {
  background: Background;
  /** Whether an opened map can be kept (storage may still be opening). */
  canKeep: () => Promise<boolean>;
  /** Told, after a map is shown, whether it was kept (null: it was not to be). */
  afterKeep: (map: LoadedMap, kept: Kept | null) => Promise<void>;
  fetch?: typeof fetch | undefined;
}

/** Opens maps from files and addresses: read with progress, import in the background, show or report. */
export interface MapOpener {
  /** Resolves to whether the map was opened (a failure is reported in the page, never thrown). */
  openFile(file: File): Promise<boolean>;
  openUrl(address: string, base: string): Promise<boolean>;
}

/**
 * The opener of the app. Progress goes to the status line; a failure goes to the error banner and leaves the map on
 * screen as it was; a success is shown, with its warnings, and kept. When a second open starts before the first is
 * done, the first one's outcome is dropped: the map shown is the one asked for last.
 */
export function createMapOpener(store: AppStore, deps: OpenerDeps): MapOpener {
  let latest = 0;
  const progress = (message: string, loaded?: number, total?: number | null) => {
    const fraction = loaded !== undefined && total ? Math.min(1, loaded / total) : null;
    const amount = fraction !== null ? ` ${Math.floor(fraction * 100)}%` : loaded ? ` ${formatSize(loaded)}` : '';
    store.getState().setProgress({ message: `${message}${amount}`, fraction });
  };

  const importAndShow = async (run: number, bytes: ArrayBuffer, name: string, source: string) => {
    progress(`Importing ${name}…`);
    // Read before the import: the bytes are handed (transferred) to the worker.
    const large = bytes.byteLength > LARGE_FILE_BYTES;
    let answer: Imported;
    try {
      const importing = deps.background.importFile(bytes, name, source, await deps.canKeep());
      // The worker imports; the page, idle meanwhile, makes the canvas a large map is drawn on.
      if (large) prepareMapCanvas();
      answer = await importing;
    } catch (thrown) {
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      const result: ImportResult = { ok: false, format: 'unknown', errors: [{ where: '(file)', message }] };
      answer = { result, kept: Promise.resolve(null) };
    }
    const { result } = answer;
    if (run !== latest) return false;
    // A failure's report clears the progress line itself.
    if (!result.ok) {
      dropMapCanvas();
      return reportImportFailure(store, name, result);
    }
    store.getState().setProgress(null);
    // The worker's answer is a copy nobody else holds: frozen as it is, not copied again.
    const map = freezeInPlace(result.map);
    // Lets a benchmark tell loading the data from drawing it.
    performance.mark('capot:data-in');
    store.getState().showMap(map, null);
    if (result.warnings.length > 0) store.getState().setWarnings({ fileName: name, items: result.warnings });
    // The map is on screen; the worker keeps it meanwhile.
    await deps.afterKeep(map, await answer.kept);
    return true;
  };

  const fail = (run: number, name: string, message: string) => {
    if (run !== latest) return false;
    return reportImportFailure(store, name, { ok: false, format: 'unknown', errors: [{ where: '(file)', message }] });
  };

  return {
    async openFile(file) {
      const run = ++latest;
      const refused = tooLarge(file.size);
      if (refused) return fail(run, file.name, refused);
      // The import worker boots while the file is read; a file this big holds a large map, laid out in a worker
      // that boots meanwhile too.
      deps.background.prepare();
      if (file.size > LARGE_FILE_BYTES) prepareLayoutWorker();
      let bytes: ArrayBuffer;
      try {
        bytes = await readFileBytes(
          file,
          (loaded, total) => run === latest && progress(`Reading ${file.name}…`, loaded, total),
        );
      } catch (thrown) {
        return fail(run, file.name, `the browser could not read the file (${String(thrown)})`);
      }
      return importAndShow(run, bytes, file.name, file.name);
    },
    async openUrl(address, base) {
      const run = ++latest;
      progress(`Fetching ${address}…`);
      // The import worker boots while the map downloads, and the layout worker too, in case it is a large one.
      deps.background.prepare();
      prepareLayoutWorker();
      const fetched = await fetchMap(
        address,
        base,
        (loaded, total) => run === latest && progress(`Fetching ${address}…`, loaded, total),
        deps.fetch,
      );
      if (!fetched.ok) return fail(run, fetched.name, fetched.error);
      return importAndShow(run, fetched.bytes, fetched.name, address);
    },
  };
}

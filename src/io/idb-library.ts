import type { LoadedMap } from '../model/types.ts';
import { openDatabase, requestResult, transactionDone } from './idb.ts';
import { readSummary, type MapLibrary, type SavedArrangement, type SavedMapSummary } from './saved-map.ts';

const DB_NAME = 'capot';
const DB_VERSION = 1;
/** Summaries apart from maps, so listing never reads a whole map; arrangements apart, so a pin writes no map. */
const SUMMARIES = 'summaries';
const MAPS = 'maps';
const ARRANGEMENTS = 'arrangements';
const META = 'meta';
const STORES = [SUMMARIES, MAPS, ARRANGEMENTS, META];

/**
 * Opens the browser's map library (IndexedDB database `capot`). Rejects when the browser gives the page no storage;
 * the caller then carries on without keeping maps.
 */
export async function openIdbLibrary(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<MapLibrary> {
  const db = await openDatabase(factory, DB_NAME, DB_VERSION, (created) => {
    for (const name of STORES) if (!created.objectStoreNames.contains(name)) created.createObjectStore(name);
  });
  // Another tab upgrading the database: let it, this tab's library just stops working (and says so on use).
  db.onversionchange = () => db.close();

  const read = async (store: string, key: string): Promise<unknown> => {
    const tx = db.transaction(store, 'readonly');
    return requestResult(tx.objectStore(store).get(key));
  };
  const write = async (entries: [store: string, key: string, value: unknown][]): Promise<void> => {
    const tx = db.transaction([...new Set(entries.map(([store]) => store))], 'readwrite');
    for (const [store, key, value] of entries) tx.objectStore(store).put(value, key);
    await transactionDone(tx);
  };

  return {
    async list() {
      const tx = db.transaction(SUMMARIES, 'readonly');
      const values = await requestResult(tx.objectStore(SUMMARIES).getAll());
      return values
        .map(readSummary)
        .filter((s): s is SavedMapSummary => s !== null)
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    put: (summary: SavedMapSummary, map: LoadedMap) =>
      write([
        [MAPS, summary.key, map],
        [SUMMARIES, summary.key, summary],
      ]),
    getMap: (key) => read(MAPS, key),
    getArrangement: (key) => read(ARRANGEMENTS, key),
    putArrangement: (key, arrangement: SavedArrangement) => write([[ARRANGEMENTS, key, arrangement]]),
    async remove(key) {
      const tx = db.transaction([SUMMARIES, MAPS, ARRANGEMENTS], 'readwrite');
      for (const store of [SUMMARIES, MAPS, ARRANGEMENTS]) tx.objectStore(store).delete(key);
      await transactionDone(tx);
    },
    async getLast() {
      const last = await read(META, 'last');
      return typeof last === 'string' ? last : undefined;
    },
    setLast: (key) => write([[META, 'last', key]]),
  };
}

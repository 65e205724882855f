import { readArrangement, type MapLibrary, type SavedArrangement } from './saved-map.ts';

const LAST = 'capot:last';
const BUILTIN_ARRANGEMENT = 'capot:builtin-arrangement';

/** The little a page needs to know, before its storage opens, to show the built-in map at once. */
export interface StartHint {
  /** The key of the map shown last, or null when this browser has no record of one. */
  last: string | null;
  /** The built-in map's pins and view, as last kept. */
  builtinArrangement: SavedArrangement;
}

/**
 * Reads the start hint from synchronous storage (`localStorage`). Opening IndexedDB takes a good part of a page's
 * first paint; with the hint, a page whose last map was the built-in one (or that has none, the first visit) shows
 * it at once with its arrangement and opens its storage afterwards. Null when there is no such storage.
 */
export function readStartHint(storage: Storage | undefined): StartHint | null {
  try {
    if (!storage) return null;
    const saved = storage.getItem(BUILTIN_ARRANGEMENT);
    return {
      last: storage.getItem(LAST),
      builtinArrangement: readArrangement(saved === null ? null : JSON.parse(saved)),
    };
  } catch {
    // Storage switched off, or a damaged entry: no hint, the slow path reads IndexedDB.
    return null;
  }
}

/**
 * A library that also keeps the start hint up to date: which map was shown last, and the built-in map's arrangement
 * (a few pins and a view). IndexedDB stays the record; the hint only mirrors it, and failing to write it costs
 * nothing but speed.
 */
export function withStartHint(library: MapLibrary, storage: Storage | undefined, builtinKey: string): MapLibrary {
  const mirror = (key: string, value: string) => {
    try {
      storage?.setItem(key, value);
    } catch {
      // Full or switched off: the next start takes the slow path.
    }
  };
  return {
    list: () => library.list(),
    put: (summary, map) => library.put(summary, map),
    getMap: (key) => library.getMap(key),
    getArrangement: (key) => library.getArrangement(key),
    remove: (key) => library.remove(key),
    getLast: () => library.getLast(),
    async setLast(key) {
      mirror(LAST, key);
      await library.setLast(key);
    },
    async putArrangement(key, arrangement) {
      if (key === builtinKey) mirror(BUILTIN_ARRANGEMENT, JSON.stringify(arrangement));
      await library.putArrangement(key, arrangement);
    },
  };
}

import type { StateCreator } from 'zustand/vanilla';
import type { LoadedMap } from '../model/types.ts';
import type { Arrangement } from './arrangement-slice.ts';
import type { AppState } from './store.ts';

/** A problem or warning about a file, located in it (a JSON path such as `nodes[3]`, or `line 12`). */
export interface LocatedNote {
  where: string;
  message: string;
}

/** Work under way, for the status line: "Reading ai.json… 45%". `fraction` is null when the total is unknown. */
export interface Progress {
  message: string;
  fraction: number | null;
}

/** One map the Maps menu offers: the built-in one, then the kept ones. */
export interface MapListItem {
  key: string;
  title: string;
  /** `built-in`, or the format the map was opened from. */
  format: string;
  /** When it was opened, as an ISO date-time; null for the built-in map. */
  savedAt: string | null;
  removable: boolean;
}

/**
 * Opening and keeping maps: the status line of an import in progress, the warnings of the last import, a notice
 * (storage unavailable or full, a saved map that could not be read back), the maps the browser keeps, and which of
 * them is on screen (`shownKey`: its storage key, or null when the map on screen is not kept).
 */
export interface LibrarySlice {
  progress: Progress | null;
  warnings: { fileName: string; items: readonly LocatedNote[] } | null;
  notice: string | null;
  mapList: readonly MapListItem[];
  shownKey: string | null;
  setProgress: (progress: Progress | null) => void;
  setWarnings: (warnings: LibrarySlice['warnings']) => void;
  setNotice: (notice: string | null) => void;
  setMapList: (items: readonly MapListItem[]) => void;
  setShownKey: (key: string | null) => void;
  /** Shows a map kept under `key` (null: not kept), with its saved arrangement if any. */
  showMap: (map: LoadedMap, key: string | null, arrangement?: Arrangement) => void;
}

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set, get) => ({
  progress: null,
  warnings: null,
  notice: null,
  mapList: [],
  shownKey: null,
  setProgress: (progress) => set({ progress }),
  setWarnings: (warnings) => set({ warnings }),
  setNotice: (notice) => set({ notice }),
  setMapList: (mapList) => set({ mapList }),
  setShownKey: (shownKey) => set({ shownKey }),
  showMap: (map, key, arrangement) => {
    get().setMap(map, arrangement);
    set({ shownKey: key });
  },
});

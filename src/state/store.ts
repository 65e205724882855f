import { createStore, type StoreApi } from 'zustand/vanilla';
import { createMapSlice, type MapSlice } from './map-slice.ts';
import { createFilterSlice, type FilterSlice } from './filter-slice.ts';
import { createSelectionSlice, type SelectionSlice } from './selection-slice.ts';
import { createArrangementSlice, type ArrangementSlice } from './arrangement-slice.ts';
import { createLibrarySlice, type LibrarySlice } from './library-slice.ts';

/**
 * The whole app state: one small store made of slices (map, filters, selection, arrangement, library). No per-tick
 * positions here.
 */
export type AppState = MapSlice & FilterSlice & SelectionSlice & ArrangementSlice & LibrarySlice;
export type AppStore = StoreApi<AppState>;

/** A fresh store; the app makes one, and every test makes its own. */
export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createMapSlice(...a),
    ...createFilterSlice(...a),
    ...createSelectionSlice(...a),
    ...createArrangementSlice(...a),
    ...createLibrarySlice(...a),
  }));
}

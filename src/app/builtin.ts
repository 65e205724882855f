import builtin from '../../data/ai-openness.json';
import shipped from '../../data/ai-openness.layout.json';
import { loadMap } from '../model/load.ts';
import type { DebateMap } from '../model/types.ts';
import type { SavedArrangement } from '../io/saved-map.ts';
import type { AppStore } from '../state/store.ts';

/** The storage key the built-in map's arrangement (pins, view) is kept under. */
export const BUILTIN_KEY = 'builtin';
/** The built-in map's title, for the Maps menu. */
export const BUILTIN_TITLE: string = builtin.title;

/**
 * Puts the built-in map (the open-source AI debate) on screen, with an arrangement saved for it if any. It ships with
 * the app and the test suite validates it (`src/model/builtin-map.test.ts`), so the page loads it as trusted data: the
 * validator (zod) stays out of the first load, for the maps people open.
 */
export function loadBuiltinMap(store: AppStore, arrangement?: SavedArrangement): void {
  const map = loadMap(builtin as unknown as DebateMap);
  // Lets a benchmark tell loading the data from drawing it.
  performance.mark('capot:data-in');
  // Its layout is computed ahead of time (`npm run bake`): the page shows it settled at once.
  const start = shipped.map === map.id ? shipped.positions : null;
  store.getState().showMap(map, BUILTIN_KEY, { pins: arrangement?.pins ?? {}, view: arrangement?.view ?? null, start });
}

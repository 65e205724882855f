import builtin from '../../data/ai-openness.json';
import { validateMap } from '../model/validate.ts';
import type { AppState, AppStore } from '../state/store.ts';

/** The storage key the built-in map's arrangement (pins, view) is kept under. */
export const BUILTIN_KEY = 'builtin';
/** The built-in map's title, for the Maps menu. */
export const BUILTIN_TITLE: string = builtin.title;

/**
 * Puts the built-in map (the open-source AI debate) on screen, with an arrangement saved for it if any. It is
 * validated like any other map.
 */
export function loadBuiltinMap(
  store: AppStore,
  arrangement?: { pins: AppState['pins']; view: AppState['view'] },
): void {
  const result = validateMap(builtin);
  if (!result.ok) {
    store.getState().setLoadError('The built-in map (ai-openness.json) is invalid:', result.problems);
    return;
  }
  // Lets a benchmark tell loading the data from drawing it.
  performance.mark('capot:data-in');
  store.getState().showMap(result.map, BUILTIN_KEY, arrangement);
}

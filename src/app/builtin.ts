import builtin from '../../data/ai-openness.json';
import { validateMap } from '../model/validate.ts';
import { formatProblems } from '../model/validate.ts';
import type { AppStore } from '../state/store.ts';

/** Puts the built-in map (the open-source AI debate) on screen. It is validated like any other map. */
export function loadBuiltinMap(store: AppStore): void {
  const result = validateMap(builtin);
  if (result.ok) store.getState().setMap(result.map);
  else store.getState().setLoadError(`The built-in map is invalid:\n${formatProblems(result.problems, 'ai-openness.json')}`);
}

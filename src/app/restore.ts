import { storageProblem } from '../io/idb.ts';
import { readArrangement, type MapLibrary, type SavedArrangement } from '../io/saved-map.ts';
import { freezeInPlace } from '../model/load.ts';
import type { LocatedNote } from '../state/library-slice.ts';
import type { AppStore } from '../state/store.ts';
import type { Background } from './background.ts';
import { BUILTIN_KEY, loadBuiltinMap } from './builtin.ts';

/** Why a kept map could not be shown: its title (as listed) and what is wrong with what was read back. */
export type ShowSaved = { ok: true } | { ok: false; title: string; problems: LocatedNote[] };

async function arrangementOf(library: MapLibrary, key: string): Promise<SavedArrangement | undefined> {
  try {
    return readArrangement(await library.getArrangement(key));
  } catch {
    // A lost arrangement costs the pins and the view, not the map.
    return undefined;
  }
}

/**
 * Shows a map kept in the browser, with its pins and view. The map is read back and validated again like a file,
 * in the background: storage can be damaged, edited by hand, or written by another version of Capot.
 */
export async function showSaved(
  store: AppStore,
  library: MapLibrary,
  background: Background,
  key: string,
): Promise<ShowSaved> {
  if (key === BUILTIN_KEY) {
    loadBuiltinMap(store, await arrangementOf(library, key));
    return { ok: true };
  }
  const title = store.getState().mapList.find((item) => item.key === key)?.title ?? key;
  store.getState().setProgress({ message: `Opening ${title}…`, fraction: null });
  const result = await background.loadSaved(key).catch((thrown: unknown) => ({
    ok: false as const,
    problems: [{ path: [], where: '(storage)', message: thrown instanceof Error ? thrown.message : String(thrown) }],
  }));
  store.getState().setProgress(null);
  if (!result.ok)
    return { ok: false, title, problems: result.problems.map(({ where, message }) => ({ where, message })) };
  store.getState().showMap(freezeInPlace(result.map), key, await arrangementOf(library, key));
  return { ok: true };
}

/**
 * Shows the map that was on screen when the page was last left, with its arrangement; the built-in map when there
 * was none, when storage is unavailable, or when the kept map cannot be read back (then with a notice saying so:
 * the kept copy is not deleted, so nothing is lost by a bad read).
 */
export async function restoreLast(store: AppStore, library: MapLibrary | null, background: Background): Promise<void> {
  if (!library) return loadBuiltinMap(store);
  let last: string | undefined;
  try {
    last = await library.getLast();
  } catch (thrown) {
    store.getState().setNotice(`The last map shown could not be restored: ${storageProblem(thrown)}.`);
  }
  if (last !== undefined && last !== BUILTIN_KEY) {
    const shown = await showSaved(store, library, background, last);
    if (shown.ok) return;
    const [first] = shown.problems;
    const more = shown.problems.length > 1 ? ` (and ${shown.problems.length - 1} more problems)` : '';
    const why = first ? ` (${first.where}: ${first.message})${more}` : '';
    store
      .getState()
      .setNotice(`The saved map “${shown.title}” could not be read back${why}. Showing the built-in map instead.`);
  }
  loadBuiltinMap(store, await arrangementOf(library, BUILTIN_KEY));
}

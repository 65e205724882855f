import { storageProblem } from '../io/idb.ts';
import type { Kept } from '../io/import-jobs.ts';
import type { MapLibrary } from '../io/saved-map.ts';
import type { LoadedMap } from '../model/types.ts';
import type { MapListItem } from '../state/library-slice.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { BUILTIN_KEY, BUILTIN_TITLE } from './builtin.ts';

/** Refreshes the Maps menu: the built-in map first, then the kept maps, newest first. */
export async function refreshMapList(store: AppStore, library: MapLibrary | null): Promise<void> {
  const builtin: MapListItem = {
    key: BUILTIN_KEY,
    title: BUILTIN_TITLE,
    format: 'built-in',
    savedAt: null,
    removable: false,
  };
  let saved: MapListItem[] = [];
  try {
    saved = (library ? await library.list() : []).map((s) => ({ ...s, removable: true }));
  } catch (thrown) {
    store.getState().setNotice(`The maps kept in this browser cannot be listed: ${storageProblem(thrown)}.`);
  }
  store.getState().setMapList([builtin, ...saved]);
}

/**
 * Once an opened map is shown and kept (by the import worker, under its id, replacing an older copy), marks it as
 * the map on screen, so its arrangement is kept too, and lists it. When storage failed (full, or refused) the map
 * stays on screen and a notice says it will not survive a reload.
 */
export async function afterKeep(store: AppStore, library: MapLibrary | null, map: LoadedMap, kept: Kept | null) {
  if (kept === null) return;
  if (!kept.ok) {
    const more = kept.full ? ', or remove maps you no longer need from the Maps menu' : '';
    const message = `“${map.title}” is on screen but could not be kept in this browser: ${kept.error}.`;
    store.getState().setNotice(`${message} Use Save JSON to keep a copy${more}.`);
    return;
  }
  if (store.getState().map === map) store.getState().setShownKey(kept.key);
  await refreshMapList(store, library);
}

/**
 * Keeps the arrangement (pins and view) of the map on screen as the user changes it, a short while after the last
 * change, and which map is on screen, so a reload restores both. A change pending when another map is shown is
 * written at once, under the key of the map it belongs to. Returns a function that writes what is pending and stops.
 */
export function keepArrangements(store: AppStore, library: MapLibrary, delay = 400): () => void {
  let pending: { key: string; timer: ReturnType<typeof setTimeout> } | null = null;
  let warned = false;
  const report = (thrown: unknown) => {
    if (warned) return;
    warned = true;
    store.getState().setNotice(`Pins and zoom cannot be kept in this browser: ${storageProblem(thrown)}.`);
  };
  const write = (key: string, s: Pick<AppState, 'pins' | 'view'>) => {
    void library.putArrangement(key, { pins: s.pins, view: s.view }).catch(report);
  };
  const flush = (s: AppState = store.getState()) => {
    if (!pending) return;
    clearTimeout(pending.timer);
    const { key } = pending;
    pending = null;
    write(key, s);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (pending && pending.key !== s.shownKey) flush(prev);
    if (s.shownKey === null) return;
    if (s.shownKey !== prev.shownKey) void library.setLast(s.shownKey).catch(report);
    if (s.pins === prev.pins && s.view === prev.view && s.shownKey === prev.shownKey) return;
    if (pending) clearTimeout(pending.timer);
    pending = { key: s.shownKey, timer: setTimeout(() => flush(), delay) };
  });
  const onHide = () => flush();
  window.addEventListener('pagehide', onHide);
  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
  };
}

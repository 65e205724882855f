import { storageProblem } from '../io/idb.ts';
import { openIdbLibrary } from '../io/idb-library.ts';
import { readStartHint, withStartHint } from '../io/start-hint.ts';
import type { MapLibrary } from '../io/saved-map.ts';
import type { AppStore } from '../state/store.ts';
import type { FileCommands } from '../ui/FileActions.tsx';
import { BUILTIN_KEY, loadBuiltinMap } from './builtin.ts';
import { reportImportFailure } from './import-report.ts';
import { createBackground } from './background.ts';
import { afterKeep, keepArrangements, refreshMapList } from './library-sync.ts';
import { createMapOpener } from './open-map.ts';
import { restoreLast, showSaved } from './restore.ts';
import { saveMap } from './save-map.ts';

/** Where the app keeps maps, and where it fetches `?map=` addresses from (both replaceable in tests). */
export interface MapAppOptions {
  openLibrary?: () => Promise<MapLibrary>;
  fetch?: typeof fetch;
  /** Synchronous storage for the start hint (the page's `localStorage`); without it, every start waits for IndexedDB. */
  startHints?: Storage | undefined;
}

/** Opening, keeping and saving maps, wired to one store: the commands for the UI, and the start-up. */
export interface MapApp {
  commands: FileCommands;
  /**
   * Opens the browser's storage, then shows the map the page's query asks for (`?map=<address>`) or, without one
   * or when it fails, the map shown last (else the built-in one).
   */
  start(location: { search: string; href: string }): Promise<void>;
}

/** Whether `key` names a map kept in the browser (not the built-in one). */
const kept = (key: string | undefined): key is string => key !== undefined && key !== BUILTIN_KEY;

/** Builds the map app for a store. Nothing happens until `start` or a command is called. */
export function createMapApp(store: AppStore, options: MapAppOptions = {}): MapApp {
  let library: MapLibrary | null = null;
  /** Settles once `start` has opened storage (or failed to): whether opened maps can be kept is known then. */
  let storage: Promise<unknown> = Promise.resolve();
  const openLibrary = options.openLibrary ?? openIdbLibrary;
  // Without a worker the jobs share this page's storage; a worker opens its own connection.
  const background = createBackground(() => (library ? Promise.resolve(library) : openLibrary()));
  const opener = createMapOpener(store, {
    background,
    canKeep: () => storage.then(() => library !== null),
    afterKeep: (map, kept) => afterKeep(store, library, map, kept),
    fetch: options.fetch,
  });
  const later = (work: Promise<unknown>) =>
    void work.catch((thrown: unknown) => store.getState().setNotice(String(thrown)));

  const commands: FileCommands = {
    openFile: (file) => later(opener.openFile(file)),
    openSaved: (key) =>
      later(
        (library ? showSaved(store, library, background, key) : Promise.resolve({ ok: true } as const)).then(
          (shown) => {
            if (!shown.ok) {
              const errors = shown.problems;
              reportImportFailure(store, `${shown.title} (kept in this browser)`, {
                ok: false,
                format: 'unknown',
                errors,
              });
            }
          },
        ),
      ),
    removeSaved: (key) => {
      if (!library || key === BUILTIN_KEY) return;
      const kept = library;
      if (store.getState().shownKey === key) store.getState().setShownKey(null);
      later(kept.remove(key).then(() => refreshMapList(store, kept)));
    },
    saveJson: () => {
      const { map } = store.getState();
      if (map) later(saveMap(map, 'json'));
    },
    saveAif: () => {
      const { map } = store.getState();
      if (map) later(saveMap(map, 'aif'));
    },
  };

  /**
   * Opens the browser's storage and keeps the arrangements of the maps shown there. Resolves to the map shown last
   * when `askLast` is set (a browser that kept maps before it kept the start hint); never rejects.
   */
  const openStorage = async (quick: boolean, askLast: boolean): Promise<string | undefined> => {
    try {
      library = withStartHint(await openLibrary(), options.startHints, BUILTIN_KEY);
      const earlier = askLast ? await library.getLast().catch(() => undefined) : undefined;
      keepArrangements(store, library);
      const shown = store.getState().shownKey;
      if (quick && !kept(earlier) && shown !== null) void library.setLast(shown).catch(() => undefined);
      return earlier;
    } catch (thrown) {
      store
        .getState()
        .setNotice(
          `Maps you open will not be kept after a reload: ${storageProblem(thrown)}. Use Save JSON to keep a copy.`,
        );
      return undefined;
    }
  };

  return {
    commands,
    async start({ search, href }) {
      const address = new URLSearchParams(search).get('map');
      // The built-in map at once, before storage opens, when it is what this start would show anyway.
      const hint = address ? null : readStartHint(options.startHints);
      const quick = hint !== null && (hint.last === null || hint.last === BUILTIN_KEY);
      if (quick) loadBuiltinMap(store, hint.builtinArrangement);
      const opening = openStorage(quick, quick && hint.last === null);
      storage = opening;
      // The map asked for downloads while storage opens; keeping it waits for storage.
      const fromAddress = address ? opener.openUrl(address, href) : null;
      const earlier = await opening;
      await refreshMapList(store, library);
      if (quick && !kept(earlier)) return;
      if (fromAddress && (await fromAddress)) return;
      // The map asked for failed: show one behind the error, which showing a map would otherwise clear.
      const failed = store.getState().loadError;
      await restoreLast(store, library, background);
      if (failed) store.getState().setLoadError(failed.message, failed.problems);
    },
  };
}

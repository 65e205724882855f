import type { StateCreator } from 'zustand/vanilla';
import type { LoadedMap } from '../model/types.ts';
import type { LocatedNote } from './library-slice.ts';
import type { Arrangement } from './arrangement-slice.ts';
import type { AppState } from './store.ts';

/** Why the last load failed: a headline naming the file, then each problem where it is. */
export interface LoadError {
  message: string;
  problems: readonly LocatedNote[];
}

export interface MapSlice {
  /** The map on screen; replaced only by a successful load, so a failed import never damages it. */
  map: LoadedMap | null;
  /** The last failed load, shown to the user until dismissed or a load succeeds. */
  loadError: LoadError | null;
  /** Shows a map; its pins and view start empty unless an arrangement saved with it is given. */
  setMap: (map: LoadedMap, arrangement?: Arrangement) => void;
  setLoadError: (message: string | null, problems?: readonly LocatedNote[]) => void;
}

export const createMapSlice: StateCreator<AppState, [], [], MapSlice> = (set) => ({
  map: null,
  loadError: null,
  // A new map starts with no selection; filters naming actors that the new map lacks are dropped.
  setMap: (map, arrangement) =>
    set((s) => {
      const actorIds = new Set(map.actors.map((a) => a.id));
      return {
        map,
        loadError: null,
        selected: s.selected && map.nodes.some((n) => n.id === s.selected) ? s.selected : null,
        hovered: null,
        actors: s.actors.filter((id) => actorIds.has(id)),
        pins: arrangement?.pins ?? {},
        view: arrangement?.view ?? null,
        start: arrangement?.start ?? null,
        // The last import's warnings were about the map leaving the screen. Not kept until whoever shows it says
        // under which key (see the library slice's showMap).
        warnings: null,
        shownKey: null,
      };
    }),
  setLoadError: (message, problems = []) => set({ loadError: message === null ? null : { message, problems } }),
});

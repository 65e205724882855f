import type { StateCreator } from 'zustand/vanilla';
import type { LoadedMap } from '../model/types.ts';
import type { AppState } from './store.ts';

export interface MapSlice {
  /** The map on screen; replaced only by a successful load, so a failed import never damages it. */
  map: LoadedMap | null;
  /** A message about the last failed load, shown to the user until dismissed or a load succeeds. */
  loadError: string | null;
  /** Shows a map; its pins and view start empty unless an arrangement saved with it is given. */
  setMap: (map: LoadedMap, arrangement?: { pins: AppState['pins']; view: AppState['view'] }) => void;
  setLoadError: (message: string | null) => void;
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
      };
    }),
  setLoadError: (loadError) => set({ loadError }),
});

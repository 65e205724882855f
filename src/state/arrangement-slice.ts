import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './store.ts';

export interface Pin {
  x: number;
  y: number;
}

/** Pan and zoom, as d3-zoom's transform: screen = map × k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

/**
 * What the user arranged by hand: nodes pinned where they were dropped, and the last pan and zoom. These are edits
 * (saved with the map and restored on reload), not the layout's per-tick positions, which never enter the store.
 */
/** A map's arrangement as it is shown: the user's pins and view, and where its layout starts. */
export interface Arrangement {
  pins: Readonly<Record<string, Pin>>;
  view: ViewTransform | null;
  start?: Readonly<Record<string, Pin>> | null;
}

export interface ArrangementSlice {
  pins: Readonly<Record<string, Pin>>;
  view: ViewTransform | null;
  /**
   * Where a fresh layout of the map on screen starts: a layout shipped with the map (the built-in one's, computed
   * ahead of time), or null to place nodes from scratch. Read when the map first appears.
   */
  start: Readonly<Record<string, Pin>> | null;
  setPin: (id: string, pin: Pin) => void;
  releasePin: (id: string) => void;
  setView: (view: ViewTransform) => void;
  /** Replaces both at once, e.g. when a saved map is reopened. */
  setArrangement: (pins: Readonly<Record<string, Pin>>, view: ViewTransform | null) => void;
}

export const createArrangementSlice: StateCreator<AppState, [], [], ArrangementSlice> = (set) => ({
  pins: {},
  view: null,
  start: null,
  setPin: (id, pin) => set((s) => ({ pins: { ...s.pins, [id]: { x: pin.x, y: pin.y } } })),
  releasePin: (id) =>
    set((s) => {
      if (!(id in s.pins)) return {};
      const { [id]: _released, ...pins } = s.pins;
      return { pins };
    }),
  setView: (view) => set({ view }),
  setArrangement: (pins, view) => set({ pins, view }),
});

import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './store.ts';

export interface SelectionSlice {
  /** The node whose details are open. */
  selected: string | null;
  /** The node under the pointer or keyboard focus: it and its neighbours are highlighted. */
  hovered: string | null;
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selected: null,
  hovered: null,
  select: (selected) => set({ selected }),
  hover: (hovered) => set({ hovered }),
});

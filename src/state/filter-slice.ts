import type { StateCreator } from 'zustand/vanilla';
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../model/types.ts';
import type { AppState } from './store.ts';

export type FilterMode = 'highlight' | 'isolate';

/** Filters as plain data (sorted arrays, so the URL and equality checks are stable). */
export interface FilterState {
  /** Chosen actors; empty means no actor filter. */
  actors: string[];
  mode: FilterMode;
  nodeKinds: NodeKind[];
  edgeKinds: EdgeKind[];
}

export interface FilterSlice extends FilterState {
  toggleActor: (id: string) => void;
  setActors: (ids: string[]) => void;
  setMode: (mode: FilterMode) => void;
  toggleNodeKind: (kind: NodeKind) => void;
  toggleEdgeKind: (kind: EdgeKind) => void;
  setFilters: (filters: FilterState) => void;
}

export const defaultFilters: FilterState = {
  actors: [],
  mode: 'highlight',
  nodeKinds: [...NODE_KINDS],
  edgeKinds: [...EDGE_KINDS],
};

const toggle = <T extends string>(list: T[], item: T, order: readonly T[]): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : order.filter((x) => x === item || list.includes(x));

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => ({
  ...defaultFilters,
  toggleActor: (id) =>
    set((s) => ({ actors: s.actors.includes(id) ? s.actors.filter((a) => a !== id) : [...s.actors, id].sort() })),
  setActors: (ids) => set({ actors: [...new Set(ids)].sort() }),
  setMode: (mode) => set({ mode }),
  toggleNodeKind: (kind) => set((s) => ({ nodeKinds: toggle(s.nodeKinds, kind, NODE_KINDS) })),
  toggleEdgeKind: (kind) => set((s) => ({ edgeKinds: toggle(s.edgeKinds, kind, EDGE_KINDS) })),
  setFilters: (f) =>
    set({ actors: [...f.actors].sort(), mode: f.mode, nodeKinds: f.nodeKinds, edgeKinds: f.edgeKinds }),
});

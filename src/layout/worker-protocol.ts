import type { LayoutGraph, Point } from './types.ts';

/** Messages to the layout worker. `version` numbers graphs so stale positions are never painted. */
export type ToWorker =
  | {
      type: 'graph';
      version: number;
      graph: LayoutGraph;
      coolingTicks: number;
      start: Readonly<Record<string, Point>> | null;
    }
  | { type: 'pin'; id: string; x: number; y: number }
  | { type: 'release'; id: string };

/** Positions for graph `version` (a transferred buffer), and whether the layout has settled. */
export interface FromWorker {
  version: number;
  positions: Float64Array;
  settled: boolean;
  ticks: number;
}

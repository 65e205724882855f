import type { LayoutGraph, Point } from './types.ts';

/** Options of `createForceLayout`. */
export interface ForceLayoutOptions {
  /** Called whenever positions change, with the same array {@link ForceLayout.positions} returns. */
  onTick?: (positions: Float64Array) => void;
  /** The random source d3-force jiggles with and newcomers are scattered with; `lcg()` (seed 1) by default. */
  random?: () => number;
  /** Most ticks {@link ForceLayout.step} runs per frame (2). */
  ticksPerFrame?: number;
  /** Milliseconds {@link ForceLayout.step} may spend per frame (8); at least one tick always runs. */
  frameBudget?: number;
  /** The clock budgets are measured with (`performance.now`). */
  now?: () => number;
  /** About how many ticks a fresh layout takes to cool down (d3's default decay: about 300). */
  coolingTicks?: number;
  /** Rectangle collision on one tick in this many (1); the final overlap pass still leaves none. */
  collideEvery?: number;
  /**
   * Repulsion computed by `forceManyBodyFlat` (same physics as d3's `forceManyBody`, on a quadtree that allocates
   * nothing) rather than d3's own: for large maps, where d3's per-tick garbage is what stalls the page.
   */
  flatManyBody?: boolean;
}

/**
 * The force layout: a framework-free controller with one clock, the caller's. See `createForceLayout`.
 *
 * Positions are one `Float64Array` of interleaved centres, `[x0, y0, x1, y1, …]`, in the order of the nodes given
 * to the last `setGraph`: node `i` is at `(positions[2 * i], positions[2 * i + 1])`. The array is overwritten in place
 * as the layout moves (copy it to keep a snapshot) and replaced by a new one on `setGraph`.
 */
export interface ForceLayout {
  /**
   * Lays out a new graph, keeping the place of every node that stays (or comes back), placing newcomers by their
   * neighbours and reheating gently. Returns true when it started afresh (no node kept its place): warm it up before
   * painting. Cheap, and no reheat, when the graph is the same as last time.
   *
   * `start` gives a fresh layout its positions, by node id (a layout shipped with the map): nodes start there
   * rather than being placed, and when every node has one the layout is taken as it is, overlaps removed, settled.
   */
  setGraph(graph: LayoutGraph, start?: Readonly<Record<string, Point>> | null): boolean;
  /** Runs ticks synchronously before the first paint (up to `maxTicks`, 300, or `budget` ms, 250). Still moving? */
  warmUp(maxTicks?: number, budget?: number): boolean;
  /** One animation frame's worth of ticks, for the caller's requestAnimationFrame loop. Still moving? */
  step(): boolean;
  /** Up to `n` ticks (fewer if the layout settles), whatever the time: for tests and exports. */
  tick(n?: number): void;
  /** Warms the layout up to at least `alpha` (0.3) so it moves again. */
  reheat(alpha?: number): void;
  /** Fixes a node at `x`, `y` (a drag) and keeps the layout warm so its neighbours follow. It stays until released. */
  pin(id: string, x: number, y: number): void;
  /** Frees a pinned node: the forces move it again, gently reheated. */
  release(id: string): void;
  /** True once the layout has cooled and been tidied: `step()` has nothing left to do. */
  isSettled(): boolean;
  /** The live positions array (see above). */
  positions(): Float64Array;
  /** One node's centre, or `undefined` when it is not on the map. */
  positionOf(id: string): Point | undefined;
  /** Settles at once: no more motion, and no overlaps. */
  stop(): void;
  /** Stops and lets go of everything; later calls do nothing. */
  destroy(): void;
}

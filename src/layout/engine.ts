import { createForceLayout } from './simulation.ts';
import type { LayoutGraph, Point } from './types.ts';

/**
 * What the map view drives, whether the force layout runs on the main thread (small maps: warmed up before the first
 * paint, stepped from the view's frame loop) or in a Web Worker (large maps: ticking as fast as it can, streaming
 * positions). Positions are interleaved `[x0, y0, x1, y1, …]` in the order of the last `setGraph`'s nodes; a node
 * whose position is not known yet is NaN.
 */
export interface LayoutEngine {
  /** True when no node kept its place: a fresh layout. `start`: where a fresh layout starts (see `ForceLayout.setGraph`). */
  setGraph(graph: LayoutGraph, start?: Readonly<Record<string, Point>> | null): boolean;
  /** Lays out before the first paint where that is cheap; false once nothing moves any more. */
  warmUp(): boolean;
  /** Called once per animation frame: advances (or takes in what the worker sent). Still moving? */
  step(): boolean;
  /**
   * Whether `step()` itself moves the positions (a layout on this thread). A worker's engine moves them only when a
   * message arrives, and says so through the `onMessage` its view gave it: frames in between have nothing to paint.
   */
  readonly stepMoves: boolean;
  positions(): Float64Array;
  positionOf(id: string): Point | undefined;
  pin(id: string, x: number, y: number): void;
  release(id: string): void;
  destroy(): void;
}

/**
 * The force layout on the main thread: one clock, the view's. Each frame ticks as often as its 8 ms budget allows, so
 * whatever the warm-up left (on a busy machine) settles in a few frames rather than a tick or two per frame.
 */
export function createMainThreadEngine(): LayoutEngine {
  const layout = createForceLayout({ ticksPerFrame: 1000 });
  return {
    setGraph: (graph, start) => layout.setGraph(graph, start),
    warmUp: () => layout.warmUp(),
    step: () => layout.step(),
    stepMoves: true,
    positions: () => layout.positions(),
    positionOf: (id) => layout.positionOf(id),
    pin: (id, x, y) => layout.pin(id, x, y),
    release: (id) => layout.release(id),
    destroy: () => layout.destroy(),
  };
}

import { toLayoutGraph } from '../layout/graph.ts';
import { nodeBox } from '../layout/labels.ts';
import { approximateMeasure } from '../layout/measure.ts';
import { createForceLayout } from '../layout/simulation.ts';
import type { Point } from '../layout/types.ts';
import type { LoadedMap } from '../model/types.ts';

/** A layout computed ahead of time and shipped with a map: node centres by id, to 0.1 px. */
export interface ShippedLayout {
  map: string;
  positions: Record<string, Point>;
}

/**
 * Lays `map` out to the end, as the app would from scratch (same forces, same seed), with label boxes sized by the
 * layout's own estimate (no browser needed). The built-in map ships this layout (`data/ai-openness.layout.json`, made
 * by `npm run bake`), so a page shows it settled at once instead of computing it first. The browser's fonts set some
 * labels wider or a line taller (bold questions and positions, in headless Chromium's DejaVu Sans): the layout is then
 * stretched just enough to make room (`makeRoom`), keeping its shape.
 */
export function bakeLayout(map: LoadedMap): ShippedLayout {
  const graph = toLayoutGraph(map, (node) => nodeBox(node, approximateMeasure));
  const layout = createForceLayout();
  layout.setGraph(graph);
  while (!layout.isSettled()) layout.tick(100);
  const round = (v: number) => Math.round(v * 10) / 10;
  const positions: Record<string, Point> = {};
  for (const { id } of graph.nodes) {
    const p = layout.positionOf(id)!;
    positions[id] = { x: round(p.x), y: round(p.y) };
  }
  layout.destroy();
  return { map: map.id, positions };
}

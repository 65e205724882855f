import { quadtree, type Quadtree } from 'd3-quadtree';
import type { Size } from '../layout/types.ts';

/**
 * Finds the node under a point of the map, for the canvas view: a quadtree of node centres, rebuilt only when the
 * positions changed since the last question, searched within the largest half-diagonal of any box.
 */
export function createHitTester(sizes: readonly Size[]) {
  let tree: Quadtree<number> | null = null;
  let built: Float64Array | null = null;
  let reach = 0;
  for (const s of sizes) reach = Math.max(reach, Math.hypot(s.width, s.height) / 2);
  return {
    /** Forget the tree: the positions moved. */
    invalidate() {
      built = null;
    },
    /** The index of the topmost node whose box holds (x, y), or -1. */
    find(positions: Float64Array, x: number, y: number): number {
      if (built !== positions || !tree) {
        tree = quadtree<number>()
          .x((i) => positions[2 * i]!)
          .y((i) => positions[2 * i + 1]!)
          .addAll(sizes.map((_, i) => i).filter((i) => !Number.isNaN(positions[2 * i]!)));
        built = positions;
      }
      let best = -1;
      tree.visit((node, x0, y0, x1, y1) => {
        if (x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach) return true;
        if (!node.length) {
          for (let leaf: typeof node | undefined = node; leaf; leaf = (leaf as { next?: typeof node }).next) {
            const i = (leaf as { data: number }).data;
            const s = sizes[i]!;
            const dx = Math.abs(positions[2 * i]! - x);
            const dy = Math.abs(positions[2 * i + 1]! - y);
            if (dx <= s.width / 2 && dy <= s.height / 2 && i > best) best = i;
          }
        }
        return false;
      });
      return best;
    },
  };
}

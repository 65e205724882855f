import type { EdgeKind, NodeKind } from '../model/types.ts';

/**
 * The plain shapes `layout/` speaks in. Everything here is serialisable data (no model objects, no functions), so the
 * force controller can later move into a Web Worker unchanged.
 */

/** A point in map coordinates (y grows downwards, as in SVG). */
export interface Point {
  x: number;
  y: number;
}

/** The size of a node's box. */
export interface Size {
  width: number;
  height: number;
}

/** A node box placed on the map: `x`, `y` is the box's centre. */
export type Rect = Point & Size;

/** An axis-aligned area: `x`, `y` is the top-left corner. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node as the layout sees it: an id, a kind (for its rank) and the size of its box. */
export interface LayoutNode {
  id: string;
  kind: NodeKind;
  width: number;
  height: number;
}

/** A spring between two nodes, by node id. An undercut becomes links to the attacked edge's end nodes. */
export interface LayoutLink {
  source: string;
  target: string;
  kind: EdgeKind;
}

/** What the force controller lays out. Links whose ends are not both in `nodes` are ignored. */
export interface LayoutGraph {
  nodes: readonly LayoutNode[];
  links: readonly LayoutLink[];
}

/** Top-down order of the node kinds: questions on top, then positions, arguments, facts. */
export const KIND_RANK: Readonly<Record<NodeKind, number>> = { question: 0, position: 1, argument: 2, fact: 3 };

/**
 * The force layout's own mutable node, which d3-force moves. It is created from a {@link LayoutNode} and lives in the
 * controller's `Map<id, SimNode>`; model objects never reach d3 (which writes `x`, `y`, `vx`, `vy`, `index` on nodes).
 */
export interface SimNode extends LayoutNode {
  rank: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
  index?: number | undefined;
  fx?: number | null | undefined;
  fy?: number | null | undefined;
  /**
   * Held in place (through `fx`, `fy`) while newcomers settle after a graph change, so that filtering never reshuffles
   * the map; let go when the layout settles. A node the user pinned is pinned, not held.
   */
  held: boolean;
  /** Where a node near newcomers stood when they came: a spring pulls it back, so it makes room but does not drift. */
  anchor: Point | null;
}

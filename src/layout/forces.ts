import { forceLink, forceManyBody, forceX, forceY, type Force, type Simulation } from 'd3-force';
import type { EdgeKind } from '../model/types.ts';
import { forceCollideRect } from './collide-rect.ts';
import { RANK_GAP } from './placement.ts';
import type { SimNode } from './types.ts';

/** A link as d3-force holds it: our own object, pointing at our own nodes. */
export interface SimLink {
  source: SimNode;
  target: SimNode;
  kind: EdgeKind;
  index?: number | undefined;
}

/** Gap kept between boxes by the collision force; the final overlap pass only insists on {@link MIN_GAP}. */
export const COLLIDE_PADDING = 16;
/** The space `removeOverlaps` guarantees between any two boxes. */
export const MIN_GAP = 6;

/**
 * Springs per edge kind: `strength` scales d3's default (1 / the smaller degree of the two ends) and `gap` is the
 * free space wanted between the two boxes. Undercuts and the symmetric kinds pull gently, so they never drag a
 * node out of its band.
 */
export const linkKinds: Readonly<Record<EdgeKind, { strength: number; gap: number }>> = {
  answers: { strength: 1, gap: 70 },
  supports: { strength: 1, gap: 60 },
  attacks: { strength: 1, gap: 60 },
  undercuts: { strength: 0.25, gap: 80 },
  rephrases: { strength: 0.5, gap: 50 },
  contradicts: { strength: 0.4, gap: 70 },
};

/** How strongly an anchored node is pulled back to its anchor (times alpha, like forceX). */
const ANCHOR_STRENGTH = 0.5;

/**
 * Installs the layout's forces on `simulation` for the current `nodes` and `links`: springs (box-aware lengths: boxes
 * in different bands are spaced by height, in the same band by width), Barnes–Hut repulsion, rectangle collision, a
 * gentle pull into the band of each node's kind so the map reads top-down,, a weak pull to x = 0 that keeps separate
 * parts together, and anchors that stop nodes making room for newcomers from drifting away.
 */
export function installForces(simulation: Simulation<SimNode, SimLink>, links: SimLink[]): void {
  const degree = new Map<SimNode, number>();
  for (const { source, target } of links) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  simulation
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .distance(({ source: a, target: b, kind }) => {
          const span = a.rank === b.rank ? (a.width + b.width) / 2 : (a.height + b.height) / 2;
          return span + linkKinds[kind].gap;
        })
        .strength(({ source, target, kind }) => {
          const fewer = Math.min(degree.get(source) ?? 1, degree.get(target) ?? 1);
          return linkKinds[kind].strength / fewer;
        }),
    )
    .force('charge', forceManyBody<SimNode>().strength(-350))
    .force(
      'collide',
      forceCollideRect<SimNode>((node) => node, COLLIDE_PADDING, { strength: 0.7 }),
    )
    .force('band', forceY<SimNode>((node) => node.rank * RANK_GAP).strength(0.15))
    .force('centre', forceX<SimNode>(0).strength(0.015))
    .force('anchor', forceAnchor(ANCHOR_STRENGTH));
}

/** Pulls each anchored node back towards its anchor, like forceX and forceY towards a per-node target. */
function forceAnchor(strength: number): Force<SimNode, undefined> {
  let nodes: SimNode[] = [];
  const force = (alpha: number) => {
    for (const node of nodes) {
      if (!node.anchor) continue;
      node.vx += (node.anchor.x - node.x) * strength * alpha;
      node.vy += (node.anchor.y - node.y) * strength * alpha;
    }
  };
  force.initialize = (next: SimNode[]) => void (nodes = next);
  return force;
}

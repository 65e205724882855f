import { forceLink, forceManyBody, forceX, forceY, type Force, type Simulation } from 'd3-force';
import type { EdgeKind } from '../model/types.ts';
import { forceCollideRect } from './collide-rect.ts';
import { forceManyBodyFlat } from './many-body.ts';
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
export const COLLIDE_PADDING = 12;
/** The space `removeOverlaps` guarantees between any two boxes. */
export const MIN_GAP = 6;

/**
 * Springs per edge kind: `strength` scales d3's default (1 / the smaller degree of the two ends) and `gap` is the
 * free space wanted between the two boxes. Undercuts and the symmetric kinds pull gently, so they never drag a
 * node out of its band.
 */
export const linkKinds: Readonly<Record<EdgeKind, { strength: number; gap: number }>> = {
  answers: { strength: 1, gap: 50 },
  supports: { strength: 1, gap: 42 },
  attacks: { strength: 1, gap: 42 },
  undercuts: { strength: 0.25, gap: 80 },
  rephrases: { strength: 0.5, gap: 50 },
  contradicts: { strength: 0.4, gap: 70 },
};

/**
 * Pull into the kind's band, by rank: questions and positions hold their rows firmly so the debate's structure
 * reads top-down; arguments and facts are freer to sit next to what they support.
 */
const BAND_STRENGTH = [0.5, 0.3, 0.05, 0.05];

/** How strongly an anchored node is pulled back to its anchor (times alpha, like forceX). */
const ANCHOR_STRENGTH = 0.5;

/**
 * Installs the layout's forces on `simulation`, for its current nodes and these `links`: springs (box-aware lengths:
 * boxes in different bands are spaced by height, in the same band by width), Barnes–Hut repulsion, rectangle
 * collision, a gentle pull into the band of each node's kind so the map reads top-down, a weak pull to x = 0 that
 * keeps separate parts together and the map about as tall as wide, and anchors that keep nodes making room for
 * newcomers from drifting away.
 */
export function installForces(
  simulation: Simulation<SimNode, SimLink>,
  links: SimLink[],
  { collideEvery = 1, flatManyBody = false }: { collideEvery?: number; flatManyBody?: boolean } = {},
): void {
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
    .force(
      'charge',
      flatManyBody
        ? forceManyBodyFlat<SimNode>({ strength: -320, theta: 1.2 })
        : forceManyBody<SimNode>().strength(-320).theta(1.2),
    )
    .force(
      'collide',
      forceCollideRect<SimNode>((node) => node, COLLIDE_PADDING, { strength: 0.7, every: collideEvery }),
    )
    .force(
      'band',
      forceY<SimNode>((node) => node.rank * RANK_GAP).strength((node) => BAND_STRENGTH[node.rank] ?? 0.06),
    )
    .force('centre', forceX<SimNode>(0).strength(0.006))
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

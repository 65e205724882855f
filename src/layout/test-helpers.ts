import type { EdgeKind, NodeKind } from '../model/types.ts';
import type { LayoutGraph, LayoutLink, LayoutNode, Rect } from './types.ts';

/** Pairs of boxes closer than `padding` (minus a hair for rounding), by brute force: the oracle for overlap tests. */
export function overlappingPairs(boxes: readonly Rect[], padding = 0): [number, number][] {
  const pairs: [number, number][] = [];
  const slack = 1e-6;
  boxes.forEach((a, i) => {
    boxes.forEach((b, j) => {
      if (j <= i) return;
      const ox = (a.width + b.width) / 2 + padding - Math.abs(a.x - b.x);
      const oy = (a.height + b.height) / 2 + padding - Math.abs(a.y - b.y);
      if (ox > slack && oy > slack) pairs.push([i, j]);
    });
  });
  return pairs;
}

/** `count` boxes of assorted sizes scattered over a `spread`-wide square: dense enough to overlap a lot. */
export function scatteredBoxes(random: () => number, count: number, spread: number): Rect[] {
  return Array.from({ length: count }, () => ({
    x: (random() - 0.5) * spread,
    y: (random() - 0.5) * spread,
    width: 40 + Math.round(random() * 160),
    height: 24 + Math.round(random() * 60),
  }));
}

/**
 * A debate-shaped graph of about `size` nodes: questions answered by positions, supported and attacked by arguments
 * (which attack one another), grounded in facts, with a few undercuts and contradictions. Deterministic for a seed.
 */
const sizes: Record<NodeKind, { width: number; height: number }> = {
  question: { width: 260, height: 90 },
  position: { width: 200, height: 70 },
  argument: { width: 180, height: 64 },
  fact: { width: 150, height: 56 },
};

export function debateGraph(random: () => number, size: number): LayoutGraph {
  const nodes: LayoutNode[] = [];
  const links: LayoutLink[] = [];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const add = (kind: NodeKind, parent: LayoutNode | undefined, link: EdgeKind) => {
    const { width, height } = sizes[kind];
    const node = { id: `${kind[0]}${nodes.length}`, kind, width: width - Math.round(random() * 60), height };
    nodes.push(node);
    if (parent) links.push({ source: node.id, target: parent.id, kind: link });
    return node;
  };
  const questions = Array.from({ length: Math.max(1, Math.round(size / 60)) }, () =>
    add('question', undefined, 'answers'),
  );
  const positions = questions.flatMap((q) => [add('position', q, 'answers'), add('position', q, 'answers')]);
  const claims: LayoutNode[] = [...positions];
  while (nodes.length < size) {
    const target = pick(claims);
    const roll = random();
    if (roll < 0.65) claims.push(add('argument', target, random() < 0.6 ? 'supports' : 'attacks'));
    else add('fact', target.kind === 'position' ? pick(claims) : target, 'supports');
  }
  for (let k = 0; k < size / 20; k++) {
    const [a, b] = [pick(claims), pick(claims)];
    if (a !== b) links.push({ source: a.id, target: b.id, kind: random() < 0.7 ? 'attacks' : 'contradicts' });
    const edge = pick(links);
    const undercutter = pick(claims);
    if (edge.kind !== 'undercuts' && undercutter.id !== edge.source && undercutter.id !== edge.target) {
      links.push({ source: undercutter.id, target: edge.source, kind: 'undercuts' });
      links.push({ source: undercutter.id, target: edge.target, kind: 'undercuts' });
    }
  }
  return { nodes, links };
}

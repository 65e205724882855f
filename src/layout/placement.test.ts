import { describe, expect, it } from 'vitest';
import { lcg } from './lcg.ts';
import { LARGE_MAP, placeNodes, RANK_GAP } from './placement.ts';
import { KIND_RANK, type LayoutNode, type SimNode } from './types.ts';

function simNode(id: string, kind: LayoutNode['kind'], x = NaN, y = NaN): SimNode {
  return { id, kind, rank: KIND_RANK[kind], width: 120, height: 50, x, y, vx: 0, vy: 0, held: false, anchor: null };
}

const link = (source: SimNode, target: SimNode) => ({ source, target });

describe('placeNodes', () => {
  it('starts a first layout deterministically, children below their parents', () => {
    const place = () => {
      const q = simNode('q', 'question');
      const p = simNode('p', 'position');
      const a = simNode('a', 'argument');
      const f = simNode('f', 'fact');
      const nodes = [f, a, p, q];
      placeNodes(nodes, new Set(nodes), [link(p, q), link(a, p), link(f, a)], lcg(1));
      return nodes;
    };
    const [f, a, p, q] = place();
    expect(place()).toEqual([f, a, p, q]);
    expect(q!.y).toBeLessThan(p!.y);
    expect(p!.y).toBeLessThan(a!.y);
    expect(a!.y).toBeLessThan(f!.y);
  });

  it('places a newcomer by its neighbours, a band down for the next kind', () => {
    const p = simNode('p', 'position', 500, 160);
    const other = simNode('o', 'position', -500, 160);
    const a = simNode('a', 'argument');
    placeNodes([p, other, a], new Set([a]), [link(a, p)], lcg(1));
    expect(Math.abs(a.x - p.x)).toBeLessThan(200);
    expect(Math.abs(a.y - (p.y + RANK_GAP))).toBeLessThan(50);
    expect([p.x, p.y, other.x, other.y]).toEqual([500, 160, -500, 160]);
  });

  it('places newcomers reached through other newcomers in turn', () => {
    const q = simNode('q', 'question', 1000, 0);
    const p = simNode('p', 'position');
    const a = simNode('a', 'argument');
    // Listed before their neighbours on purpose: the order of the graph must not matter.
    placeNodes([a, p, q], new Set([a, p]), [link(a, p), link(p, q)], lcg(1));
    expect(Math.abs(p.x - 1000)).toBeLessThan(200);
    expect(Math.abs(a.x - 1000)).toBeLessThan(400);
    expect(a.y).toBeGreaterThan(p.y);
  });

  it('puts a newcomer with no placed neighbour beside the map, in its band', () => {
    const placed = [simNode('p', 'position', 0, 160), simNode('o', 'argument', 300, 320)];
    const loner = simNode('f', 'fact');
    placeNodes([...placed, loner], new Set([loner]), [], lcg(1));
    expect(loner.x - loner.width / 2).toBeGreaterThan(300 + 60);
    expect(loner.y).toBe(3 * RANK_GAP);
  });

  describe('a large map', () => {
    /** A tree of `n` nodes: questions, positions under them, arguments under positions, facts under arguments. */
    const tree = (n: number) => {
      const random = lcg(3);
      const kinds = ['question', 'position', 'argument', 'fact'] as const;
      const nodes: SimNode[] = [];
      const links: { source: SimNode; target: SimNode }[] = [];
      for (let i = 0; i < n; i++) {
        const rank = i < 4 ? 0 : 1 + Math.min(2, Math.floor((3 * i) / n));
        const node = simNode(`n${i}`, kinds[rank]!);
        const parents = nodes.filter((other) => other.rank === rank - 1);
        if (parents.length) links.push(link(node, parents[Math.floor(random() * parents.length)]!));
        nodes.push(node);
      }
      placeNodes(nodes, new Set(nodes), links, lcg(1));
      return nodes;
    };
    const extent = (nodes: readonly SimNode[]) => {
      const xs = nodes.map((n) => n.x);
      const ys = nodes.map((n) => n.y);
      return (Math.max(...xs) - Math.min(...xs) + 120) * (Math.max(...ys) - Math.min(...ys) + 50);
    };
    const meanY = (nodes: readonly SimNode[], rank: number) => {
      const ys = nodes.filter((n) => n.rank === rank).map((n) => n.y);
      return ys.reduce((a, b) => a + b, 0) / ys.length;
    };

    it("starts spread over about twice its nodes' area, its kinds still top to bottom", () => {
      const nodes = tree(2000);
      const area = nodes.length * 120 * 50;
      expect(extent(nodes)).toBeGreaterThan(1.5 * area);
      expect(extent(nodes)).toBeLessThan(2.5 * area);
      for (let rank = 1; rank < 4; rank++) expect(meanY(nodes, rank)).toBeGreaterThan(meanY(nodes, rank - 1));
    });

    it(`is the only one spread: a map of ${LARGE_MAP} nodes starts as it always did`, () => {
      const nodes = tree(LARGE_MAP);
      expect(extent(nodes)).toBeLessThan(0.5 * nodes.length * 120 * 50);
    });
  });
});


import { describe, expect, it } from 'vitest';
import { carryGraph, type NodeMemory } from './carry.ts';
import { lcg } from './lcg.ts';
import type { LayoutGraph, LayoutNode } from './types.ts';

const node = (id: string, kind: LayoutNode['kind'] = 'argument'): LayoutNode => ({ id, kind, width: 100, height: 40 });
const graph = (ids: string[], links: [string, string][] = []): LayoutGraph => ({
  nodes: ids.map((id) => node(id)),
  links: links.map(([source, target]) => ({ source, target, kind: 'supports' })),
});

function fresh(): NodeMemory {
  return { live: new Map(), departed: new Map() };
}

describe('carryGraph', () => {
  it('places every node of a first graph', () => {
    const memory = fresh();
    const carried = carryGraph(memory, graph(['a', 'b'], [['a', 'b']]), lcg(1));
    expect(carried.fresh.size).toBe(2);
    expect(carried.kept.size).toBe(0);
    for (const n of carried.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
    expect([...memory.live.keys()]).toEqual(['a', 'b']);
  });

  it('keeps the same simulation node, and its place, for a node that stays', () => {
    const memory = fresh();
    const [a] = carryGraph(memory, graph(['a', 'b']), lcg(1)).nodes;
    const before = { x: a!.x, y: a!.y };
    const carried = carryGraph(memory, { nodes: [{ ...node('a', 'fact'), width: 180 }], links: [] }, lcg(1));
    expect(carried.nodes[0]).toBe(a);
    expect(carried.kept).toEqual(new Set([a]));
    expect({ x: a!.x, y: a!.y }).toEqual(before);
    // Its kind and size follow the new graph.
    expect([a!.kind, a!.rank, a!.width]).toEqual(['fact', 3, 180]);
  });

  it('remembers where filtered-out nodes stood and brings them back there', () => {
    const memory = fresh();
    const [, b] = carryGraph(memory, graph(['a', 'b']), lcg(1)).nodes;
    const spot = { x: b!.x, y: b!.y };
    carryGraph(memory, graph(['a']), lcg(1));
    expect(memory.departed.get('b')).toEqual(spot);
    const back = carryGraph(memory, graph(['a', 'b']), lcg(1));
    expect(back.fresh.size).toBe(0);
    expect(back.kept.size).toBe(1);
    expect({ x: back.nodes[1]!.x, y: back.nodes[1]!.y }).toEqual(spot);
    expect(memory.departed.size).toBe(0);
  });

  it('drops links to missing nodes and links from a node to itself', () => {
    const carried = carryGraph(
      fresh(),
      graph(
        ['a', 'b'],
        [
          ['a', 'b'],
          ['a', 'gone'],
          ['b', 'b'],
        ],
      ),
      lcg(1),
    );
    expect(carried.links.map((l) => [l.source.id, l.target.id])).toEqual([['a', 'b']]);
  });

  it('lets the nodes near a newcomer make room, and holds the rest still', () => {
    const memory = fresh();
    const ids = Array.from({ length: 12 }, (_, i) => `n${i}`);
    const first = carryGraph(memory, graph(ids), lcg(1)).nodes;
    const carried = carryGraph(memory, graph([...ids, 'new'], [['new', 'n0']]), lcg(1));
    const newcomer = carried.nodes.at(-1)!;
    expect(carried.fresh).toEqual(new Set([newcomer]));
    const near = first.filter((n) => !carried.still.has(n));
    expect(near.length).toBeGreaterThan(0);
    expect(carried.still.size).toBeGreaterThan(0);
    for (const n of near) {
      expect(Math.abs(n.x - newcomer.x) - (n.width + newcomer.width) / 2).toBeLessThan(120);
    }
  });
});

import { describe, expect, it, vi } from 'vitest';
import { startingPositions } from './carry.ts';
import { lcg } from './lcg.ts';
import { createForceLayout } from './simulation.ts';
import { debateGraph, overlappingPairs } from './test-helpers.ts';
import { MIN_GAP } from './forces.ts';
import type { LayoutGraph, Rect } from './types.ts';

const graph = debateGraph(lcg(4), 60);

function boxesOf(g: LayoutGraph, positions: Float64Array): Rect[] {
  return g.nodes.map((node, i) => ({ x: positions[2 * i]!, y: positions[2 * i + 1]!, ...node }));
}

function warm(g: LayoutGraph = graph, seed = 1) {
  const layout = createForceLayout({ random: lcg(seed) });
  expect(layout.setGraph(g)).toBe(true);
  layout.warmUp(300, Infinity);
  return layout;
}

describe('createForceLayout', () => {
  it('lays out the same map the same way with the same seed', () => {
    expect(warm().positions()).toEqual(warm().positions());
    expect(warm(graph, 2).positions()).not.toEqual(warm().positions());
  });

  it('settles during warm-up with no overlapping boxes', () => {
    const layout = warm();
    expect(layout.isSettled()).toBe(true);
    expect(layout.step()).toBe(false);
    expect(overlappingPairs(boxesOf(graph, layout.positions()), MIN_GAP - 0.01)).toEqual([]);
  });

  it('reads top-down: questions above positions above arguments above facts, on average', () => {
    const boxes = boxesOf(graph, warm().positions());
    const meanY = (kind: string) => {
      const ys = boxes.filter((_, i) => graph.nodes[i]!.kind === kind).map((box) => box.y);
      return ys.reduce((sum, y) => sum + y, 0) / ys.length;
    };
    expect(meanY('question')).toBeLessThan(meanY('position'));
    expect(meanY('position')).toBeLessThan(meanY('argument'));
    expect(meanY('argument')).toBeLessThan(meanY('fact'));
  });

  it('keeps the nodes that stay in place when the graph is filtered', () => {
    const layout = warm();
    const before = new Map(graph.nodes.map((node) => [node.id, layout.positionOf(node.id)!]));
    const kept = graph.nodes.filter((node) => node.kind !== 'fact');
    const filtered = { nodes: kept, links: graph.links };
    expect(layout.setGraph(filtered)).toBe(false);
    // Nothing has to move when nodes only leave, and even a gentle reheat leaves the others about where they were.
    expect(layout.isSettled()).toBe(true);
    layout.reheat(0.1);
    for (let frame = 0; frame < 1000 && layout.step(); frame++);
    const moves = kept.map((node) => distance(layout.positionOf(node.id)!, before.get(node.id)!));
    expect(median(moves)).toBeLessThan(3);
    expect(Math.max(...moves)).toBeLessThan(25);
    expect(overlappingPairs(boxesOf(filtered, layout.positions()), MIN_GAP - 0.01)).toEqual([]);
  });

  it('makes room for newcomers without reshuffling the map', () => {
    const layout = warm();
    const before = new Map(graph.nodes.map((node) => [node.id, layout.positionOf(node.id)!]));
    const parents = graph.nodes.filter((node) => node.kind === 'argument').slice(0, 3);
    const newcomers = parents.map((parent, i) => ({
      node: { id: `new${i}`, kind: 'fact' as const, width: 150, height: 56 },
      link: { source: `new${i}`, target: parent.id, kind: 'supports' as const },
    }));
    const grown = {
      nodes: [...graph.nodes, ...newcomers.map(({ node }) => node)],
      links: [...graph.links, ...newcomers.map(({ link }) => link)],
    };
    layout.setGraph(grown);
    expect(layout.isSettled()).toBe(false);
    for (let frame = 0; frame < 1000 && layout.step(); frame++);
    const moves = graph.nodes.map((node) => distance(layout.positionOf(node.id)!, before.get(node.id)!));
    expect(median(moves)).toBeLessThan(10);
    newcomers.forEach(({ node }, i) => {
      expect(distance(layout.positionOf(node.id)!, layout.positionOf(parents[i]!.id)!)).toBeLessThan(400);
    });
    expect(overlappingPairs(boxesOf(grown, layout.positions()), MIN_GAP - 0.01)).toEqual([]);
  });

  it('brings filtered-out nodes back where they were', () => {
    const layout = warm();
    const fact = graph.nodes.find((node) => node.kind === 'fact')!;
    const before = layout.positionOf(fact.id)!;
    layout.setGraph({ nodes: graph.nodes.filter((node) => node !== fact), links: graph.links });
    layout.setGraph(graph);
    expect(layout.positionOf(fact.id)).toEqual(before);
  });

  it('does nothing when given the same graph again', () => {
    const layout = warm();
    expect(layout.setGraph({ nodes: [...graph.nodes], links: [...graph.links] })).toBe(false);
    expect(layout.isSettled()).toBe(true);
  });

  it('holds a pinned node where it is put until released', () => {
    const layout = warm();
    const id = graph.nodes[0]!.id;
    const start = layout.positionOf(id)!;
    const dropped = { x: start.x + 300, y: start.y + 100 };
    layout.pin(id, dropped.x, dropped.y);
    expect(layout.positionOf(id)).toEqual(dropped);
    expect(layout.isSettled()).toBe(false);
    for (let frame = 0; frame < 1000 && layout.step(); frame++);
    expect(layout.positionOf(id)).toEqual(dropped);
    layout.release(id);
    for (let frame = 0; frame < 1000 && layout.step(); frame++);
    // Free again, it is pulled back towards its neighbours.
    expect(distance(layout.positionOf(id)!, start)).toBeLessThan(distance(dropped, start));
  });

  it('lets neighbours follow a drag after a filter', () => {
    const layout = warm();
    const fact = graph.nodes.find((node) => node.kind === 'fact')!;
    layout.setGraph({ nodes: graph.nodes.filter((node) => node !== fact), links: graph.links });
    const link = graph.links.find((l) => l.source !== fact.id && l.target !== fact.id)!;
    const neighbour = layout.positionOf(link.target)!;
    const dragged = layout.positionOf(link.source)!;
    layout.pin(link.source, dragged.x + 400, dragged.y);
    for (let frame = 0; frame < 1000 && layout.step(); frame++);
    expect(layout.positionOf(link.target)!.x).toBeGreaterThan(neighbour.x + 5);
  });

  it('publishes positions through onTick and stops on demand', () => {
    const onTick = vi.fn<(positions: Float64Array) => void>();
    const layout = createForceLayout({ onTick, random: lcg(1) });
    layout.setGraph(graph);
    layout.tick(10);
    expect(onTick).toHaveBeenLastCalledWith(layout.positions());
    expect(layout.positions()).toHaveLength(2 * graph.nodes.length);
    layout.stop();
    expect(layout.isSettled()).toBe(true);
    expect(overlappingPairs(boxesOf(graph, layout.positions()), MIN_GAP - 0.01)).toEqual([]);
    layout.destroy();
    expect(layout.step()).toBe(false);
    expect(layout.positionOf(graph.nodes[0]!.id)).toBeUndefined();
  });

  it('steps within the frame budget', () => {
    let clock = 0;
    // Each reading of the clock advances it 3 ms: an 8 ms budget allows 3 ticks, not 50.
    const budgeted = createForceLayout({ random: lcg(1), ticksPerFrame: 50, frameBudget: 8, now: () => (clock += 3) });
    const counted = createForceLayout({ random: lcg(1) });
    budgeted.setGraph(graph);
    counted.setGraph(graph);
    expect(budgeted.step()).toBe(true);
    counted.tick(3);
    expect(budgeted.positions()).toEqual(counted.positions());
  });
});

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

describe('createForceLayout from a shipped layout', () => {
  const settledAt = () => {
    const positions = warm().positions();
    return Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: positions[2 * i]!, y: positions[2 * i + 1]! }]));
  };

  it('takes it as it is, settled at once, when every node has its place', () => {
    const start = settledAt();
    const layout = createForceLayout({ random: lcg(9) });
    expect(layout.setGraph(graph, start)).toBe(true);
    expect(layout.isSettled()).toBe(true);
    expect(layout.step()).toBe(false);
    graph.nodes.forEach((n, i) => {
      expect(layout.positions()[2 * i]).toBeCloseTo(start[n.id]!.x, 6);
      expect(layout.positions()[2 * i + 1]).toBeCloseTo(start[n.id]!.y, 6);
    });
  });

  /** The settled layout, shipped to a fresh layout of the graph whose boxes are resized (as a browser may measure them). */
  const shippedWith = (resize: (node: (typeof graph.nodes)[number]) => (typeof graph.nodes)[number]) => {
    const start = settledAt();
    const resized = { ...graph, nodes: graph.nodes.map(resize) };
    const layout = createForceLayout();
    layout.setGraph(resized, start);
    return { start, resized, layout };
  };

  it('moves boxes apart that overlap there (boxes measured wider than when it was made)', () => {
    const { start, resized: wider, layout } = shippedWith((n) => ({ ...n, width: n.width + 80 }));
    expect(layout.isSettled()).toBe(true);
    const shippedAt = new Float64Array(wider.nodes.flatMap((n) => [start[n.id]!.x, start[n.id]!.y]));
    expect(overlappingPairs(boxesOf(wider, shippedAt)).length).toBeGreaterThan(0);
    expect(overlappingPairs(boxesOf(wider, layout.positions()), MIN_GAP - 0.01)).toEqual([]);
  });

  it("keeps its shape for boxes set a line taller (the browser's bold fonts): same order along both axes", () => {
    const { start, resized: taller, layout } = shippedWith((n) => ({ ...n, height: n.height + 16 }));
    expect(layout.isSettled()).toBe(true);
    const at = layout.positions();
    expect(overlappingPairs(boxesOf(taller, at), MIN_GAP - 0.01)).toEqual([]);
    const order = (a: number, b: number) => Math.sign(a - b);
    const ids = taller.nodes.map((n) => n.id);
    for (let i = 0; i < ids.length; i++)
      for (let j = 0; j < ids.length; j++) {
        expect(order(at[2 * i]!, at[2 * j]!)).toBe(order(start[ids[i]!]!.x, start[ids[j]!]!.x));
        expect(order(at[2 * i + 1]!, at[2 * j + 1]!)).toBe(order(start[ids[i]!]!.y, start[ids[j]!]!.y));
      }
  });

  it('places a node it lacks next to its neighbours and lets it ease in', () => {
    const { [graph.nodes[5]!.id]: _missing, ...start } = settledAt();
    const layout = createForceLayout();
    layout.setGraph(graph, start);
    expect(layout.isSettled()).toBe(false);
    layout.warmUp(300, Infinity);
    expect(layout.isSettled()).toBe(true);
    expect(overlappingPairs(boxesOf(graph, layout.positions()), MIN_GAP - 0.01)).toEqual([]);
    // The others stay about where they were shipped.
    const moved = graph.nodes.filter(
      (n, i) => start[n.id] && Math.abs(layout.positions()[2 * i]! - start[n.id]!.x) > 100,
    );
    expect(moved.length).toBeLessThan(graph.nodes.length / 10);
  });
});

describe('startingPositions', () => {
  it('is where a fresh layout with the same (default) seed starts, before its first tick', () => {
    const layout = createForceLayout();
    layout.setGraph(graph);
    expect(startingPositions(graph)).toEqual(layout.positions());
    expect(startingPositions(graph).some(Number.isNaN)).toBe(false);
    expect(startingPositions(graph, lcg(5))).not.toEqual(layout.positions());
    layout.tick(1);
    expect(startingPositions(graph)).not.toEqual(layout.positions());
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateMap } from './generate.ts';
import { formatProblems, validateMap } from './validate.ts';

describe('generateMap', () => {
  it.each([1, 2, 5, 100, 2000])('makes a valid map of %i nodes', (nodes) => {
    const map = generateMap({ nodes, seed: 7 });
    const result = validateMap(map);
    expect(result.ok ? '' : formatProblems(result.problems, 'generated')).toBe('');
    expect(map.nodes).toHaveLength(nodes);
  });

  it('is deterministic for a seed, and another seed gives another map', () => {
    const a = generateMap({ nodes: 500, seed: 3 });
    expect(generateMap({ nodes: 500, seed: 3 })).toEqual(a);
    expect(generateMap({ nodes: 500, seed: 4 })).not.toEqual(a);
  });

  it('is argument-like: questions on top, a tree of claims, about 1.3 edges per node', () => {
    const map = generateMap({ nodes: 2000 });
    const kinds = new Map(map.nodes.map((n) => [n.id, n.kind]));
    const count = (kind: string) => map.nodes.filter((n) => n.kind === kind).length;
    expect(count('question')).toBeGreaterThanOrEqual(2);
    expect(count('question')).toBeLessThanOrEqual(20);
    expect(count('position')).toBeGreaterThan(count('question'));
    expect(count('argument')).toBeGreaterThan(count('fact'));
    expect(map.edges.length / map.nodes.length).toBeCloseTo(1.3, 1);
    // Every non-question starts at least one edge; every answer goes to a question.
    const from = new Set(map.edges.map((e) => e.from));
    expect(map.nodes.filter((n) => n.kind !== 'question' && !from.has(n.id))).toEqual([]);
    expect(map.edges.filter((e) => e.kind === 'answers').every((e) => kinds.get(e.to) === 'question')).toBe(true);
    expect(new Set(map.edges.map((e) => e.kind)).size).toBeGreaterThanOrEqual(5);
  });

  it('has realistic labels, some quotes, and about eight actors with an organisation and its members', () => {
    const map = generateMap({ nodes: 1000, seed: 2 });
    const lengths = map.nodes.map((n) => n.label.split(' ').length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(14);
    expect(new Set(lengths).size).toBeGreaterThan(6);
    expect(map.nodes.filter((n) => n.quotes).length).toBeGreaterThan(50);
    expect(map.actors).toHaveLength(8);
    const org = map.actors.find((a) => a.kind === 'organization')!;
    expect(map.actors.filter((a) => a.memberOf?.includes(org.id)).length).toBeGreaterThanOrEqual(2);
  });

  it('makes 20,000 nodes in well under a second', () => {
    const start = performance.now();
    const map = generateMap({ nodes: 20_000, seed: 1 });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(map.edges.length).toBeGreaterThan(25_000);
  });
});

import { describe, expect, it } from 'vitest';
import { testMap } from './test-map.ts';
import { usedKinds } from './used-kinds.ts';

describe('usedKinds', () => {
  it("lists the map's kinds in the vocabulary's order, and only those", () => {
    const nodes = [testMap.nodes.find((n) => n.kind === 'fact')!, testMap.nodes.find((n) => n.kind === 'question')!];
    const edges = testMap.edges.filter((e) => e.kind === 'attacks' || e.kind === 'answers').reverse();
    expect(usedKinds({ ...testMap, nodes, edges })).toEqual({
      nodeKinds: ['question', 'fact'],
      edgeKinds: ['attacks', 'answers'],
    });
  });

  it('is memoised on the identity of the map', () => {
    expect(usedKinds(testMap)).toBe(usedKinds(testMap));
    expect(usedKinds({ ...testMap })).not.toBe(usedKinds(testMap));
  });
});

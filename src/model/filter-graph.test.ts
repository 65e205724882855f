import { describe, expect, it } from 'vitest';
import { filterGraph, type GraphFilter } from './filter-graph.ts';
import { buildIndex } from './map-index.ts';
import { testMap } from './test-map.ts';
import type { EdgeKind, NodeKind } from './types.ts';

const index = buildIndex(testMap);
const none: GraphFilter = { actors: null, nodeKinds: null, edgeKinds: null };
const allNodes = testMap.nodes.map((n) => n.id);
const allEdges = testMap.edges.map((e) => e.id);
const without = <T>(all: readonly T[], ...gone: T[]) => new Set(all.filter((x) => !gone.includes(x)));

describe('filterGraph', () => {
  it('keeps everything without filters', () => {
    expect(filterGraph(index, none)).toEqual({ nodes: new Set(allNodes), edges: new Set(allEdges) });
  });

  it("keeps an organisation's nodes, its members' nodes, and what they point to", () => {
    const visible = filterGraph(index, { ...none, actors: new Set(['mistral']) });
    expect(visible.nodes).toEqual(new Set(['p-open', 'a-sovereignty', 'q', 'p-closed']));
    expect(visible.edges).toEqual(new Set(['e-ans1', 'e-ans2', 'e-contra', 'e-sup3']));
  });

  it('keeps both ends of an undercut edge for context', () => {
    const visible = filterGraph(index, { ...none, actors: new Set(['lecun']) });
    expect(visible.nodes).toEqual(new Set(['a-research', 'a-api', 'p-open', 'a-misuse']));
    expect(visible.edges).toEqual(new Set(['e-sup1', 'e-att1', 'e-under']));
  });

  it('keeps nothing for an empty choice of actors', () => {
    expect(filterGraph(index, { ...none, actors: new Set() })).toEqual({ nodes: new Set(), edges: new Set() });
  });

  it('removes nodes of unchecked kinds and their edges', () => {
    const nodeKinds = new Set<NodeKind>(['question', 'position', 'argument']);
    expect(filterGraph(index, { ...none, nodeKinds })).toEqual({
      nodes: without(allNodes, 'f-leak'),
      edges: without(allEdges, 'e-fact'),
    });
  });

  it('removes edges of unchecked kinds, and the undercuts of removed edges', () => {
    const edgeKinds = new Set<EdgeKind>(['supports', 'answers', 'undercuts', 'rephrases', 'contradicts']);
    expect(filterGraph(index, { ...none, edgeKinds })).toEqual({
      nodes: new Set(allNodes),
      edges: without(allEdges, 'e-att1', 'e-under'),
    });
  });

  it('shows an undercut of an undercut while the chain stands, and never a loop of undercuts', () => {
    const extra = [
      { id: 'u-chain', kind: 'undercuts', from: 'a-api', to: 'e-under' },
      { id: 'u-loop1', kind: 'undercuts', from: 'a-research', to: 'u-loop2' },
      { id: 'u-loop2', kind: 'undercuts', from: 'a-research', to: 'u-loop1' },
    ] as const;
    const chained = buildIndex({ ...testMap, edges: [...testMap.edges, ...extra] });
    expect(filterGraph(chained, none).edges).toEqual(new Set([...allEdges, 'u-chain']));
    const noAttacks = new Set<EdgeKind>(['supports', 'answers', 'undercuts', 'rephrases', 'contradicts']);
    expect(filterGraph(chained, { ...none, edgeKinds: noAttacks }).edges).toEqual(
      without(allEdges, 'e-att1', 'e-under'),
    );
  });

  it('follows only allowed edge kinds for context', () => {
    const visible = filterGraph(index, {
      actors: new Set(['lecun']),
      nodeKinds: null,
      edgeKinds: new Set<EdgeKind>(['supports', 'attacks']),
    });
    expect(visible.nodes).toEqual(new Set(['a-research', 'a-api', 'p-open']));
    expect(visible.edges).toEqual(new Set(['e-sup1']));
  });

  it('applies the node-kind filter to context nodes too', () => {
    const visible = filterGraph(index, { ...none, actors: new Set(['mistral']), nodeKinds: new Set(['position']) });
    expect(visible.nodes).toEqual(new Set(['p-open', 'p-closed']));
    expect(visible.edges).toEqual(new Set(['e-contra']));
  });

  it('is memoised on the identity of the index and the filter', () => {
    const filter: GraphFilter = { ...none, actors: new Set(['meta']) };
    const first = filterGraph(index, filter);
    expect(filterGraph(index, filter)).toBe(first);
    expect(filterGraph(index, { ...filter })).not.toBe(first);
    expect(filterGraph(index, { ...filter })).toEqual(first);
  });
});

import { describe, expect, it } from 'vitest';
import type { LayoutGraph } from './types.ts';
import { packGraph, unpackGraph } from './worker-protocol.ts';

describe('packGraph', () => {
  const graph: LayoutGraph = {
    nodes: [
      { id: 'q', kind: 'question', width: 220, height: 64 },
      { id: 'p', kind: 'position', width: 180.5, height: 48 },
      { id: 'a', kind: 'argument', width: 160, height: 40 },
    ],
    links: [
      { source: 'p', target: 'q', kind: 'answers' },
      { source: 'a', target: 'p', kind: 'supports' },
      { source: 'a', target: 'q', kind: 'undercuts' },
    ],
  };

  it('unpacks to the same graph, after a structured clone', () => {
    expect(unpackGraph(structuredClone(packGraph(graph)))).toEqual(graph);
  });

  it('packs the same with the node order given as with the one it works out', () => {
    expect(
      packGraph(
        graph,
        new Map([
          ['q', 0],
          ['p', 1],
          ['a', 2],
        ]),
      ),
    ).toEqual(packGraph(graph));
  });

  it('holds sizes and link ends in typed arrays', () => {
    const packed = packGraph(graph);
    expect([...packed.sizes]).toEqual([220, 64, 180.5, 48, 160, 40]);
    expect([...packed.ends]).toEqual([1, 0, 2, 1, 2, 0]);
  });

  it('leaves out links with an end that is not a node', () => {
    const dangling = { ...graph, links: [...graph.links, { source: 'a', target: 'gone', kind: 'attacks' as const }] };
    expect(unpackGraph(packGraph(dangling))).toEqual(graph);
  });
});

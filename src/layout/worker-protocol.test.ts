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

  it('holds ids in one string and everything else in typed arrays', () => {
    const packed = packGraph(graph);
    expect(packed.idText).toBe('qpa');
    expect([...packed.idEnds]).toEqual([1, 2, 3]);
    expect([...packed.sizes]).toEqual([220, 64, 180.5, 48, 160, 40]);
    expect([...packed.ends]).toEqual([1, 0, 2, 1, 2, 0]);
    expect(Object.values(packed).filter((value) => Array.isArray(value))).toEqual([]);
  });

  it('keeps any id whole: empty, long, outside the basic plane', () => {
    const odd: LayoutGraph = {
      nodes: ['', 'n-1', '😀 é', 'x'.repeat(300), '\u0000'].map((id) => ({ id, kind: 'fact', width: 1, height: 2 })),
      links: [{ source: '😀 é', target: '', kind: 'rephrases' }],
    };
    expect(unpackGraph(structuredClone(packGraph(odd)))).toEqual(odd);
  });

  it('leaves out links with an end that is not a node', () => {
    const dangling = { ...graph, links: [...graph.links, { source: 'a', target: 'gone', kind: 'attacks' as const }] };
    expect(unpackGraph(packGraph(dangling))).toEqual(graph);
  });
});

import { describe, expect, it } from 'vitest';
import type { LoadedMap } from '../model/types.ts';
import { toLayoutGraph } from './graph.ts';

const node = (id: string, kind: 'question' | 'position' | 'argument' | 'fact') => ({ id, kind, label: id, actors: [] });

const map: LoadedMap = {
  format: 'capot/1',
  id: 'm',
  title: 'Map',
  description: '',
  language: 'en',
  sources: [],
  actors: [],
  axes: [],
  nodes: [
    node('q', 'question'),
    node('p', 'position'),
    node('a', 'argument'),
    node('u', 'argument'),
    node('v', 'fact'),
  ],
  edges: [
    { id: 'e1', from: 'p', to: 'q', kind: 'answers' },
    { id: 'e2', from: 'a', to: 'p', kind: 'attacks' },
    { id: 'e3', from: 'u', to: 'e2', kind: 'undercuts' },
    { id: 'e4', from: 'v', to: 'e3', kind: 'undercuts' },
  ],
};
const size = () => ({ width: 100, height: 40 });

describe('toLayoutGraph', () => {
  it('keeps nodes as plain data, sized, in map order', () => {
    const graph = toLayoutGraph(map, (n) => ({ width: n.label.length * 10, height: 40 }));
    expect(graph.nodes.map((n) => n.id)).toEqual(['q', 'p', 'a', 'u', 'v']);
    expect(graph.nodes[0]).toEqual({ id: 'q', kind: 'question', width: 10, height: 40 });
    expect(JSON.parse(JSON.stringify(graph))).toEqual(graph);
  });

  it('links an undercut to both ends of the edge it attacks, following undercuts of undercuts', () => {
    const { links } = toLayoutGraph(map, size);
    expect(links).toEqual([
      { source: 'p', target: 'q', kind: 'answers' },
      { source: 'a', target: 'p', kind: 'attacks' },
      { source: 'u', target: 'a', kind: 'undercuts' },
      { source: 'u', target: 'p', kind: 'undercuts' },
      { source: 'v', target: 'u', kind: 'undercuts' },
      { source: 'v', target: 'a', kind: 'undercuts' },
      { source: 'v', target: 'p', kind: 'undercuts' },
    ]);
  });

  it('keeps only what is visible', () => {
    const visible = { nodes: new Set(['q', 'p', 'u']), edges: new Set(['e1', 'e2', 'e3']) };
    const graph = toLayoutGraph(map, size, visible);
    expect(graph.nodes.map((n) => n.id)).toEqual(['q', 'p', 'u']);
    // e2 lost its end `a`, so the undercut of it has nothing to pull on either.
    expect(graph.links).toEqual([{ source: 'p', target: 'q', kind: 'answers' }]);
  });

  it('drops an undercut whose target edge is hidden', () => {
    const visible = { nodes: new Set(['q', 'p', 'a', 'u', 'v']), edges: new Set(['e1', 'e3']) };
    expect(toLayoutGraph(map, size, visible).links).toEqual([{ source: 'p', target: 'q', kind: 'answers' }]);
  });

  it('survives an undercut cycle', () => {
    const cyclic: LoadedMap = {
      ...map,
      edges: [
        { id: 'x', from: 'u', to: 'y', kind: 'undercuts' },
        { id: 'y', from: 'v', to: 'x', kind: 'undercuts' },
      ],
    };
    expect(toLayoutGraph(cyclic, size).links).toEqual([]);
  });
});

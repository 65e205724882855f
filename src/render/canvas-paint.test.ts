import { describe, expect, it } from 'vitest';
import type { LoadedEdge } from '../model/types.ts';
import { canvasEdges } from './canvas-paint.ts';

const edge = (id: string, kind: LoadedEdge['kind'], from: string, to: string) => ({ id, kind, from, to }) as LoadedEdge;

describe('canvasEdges', () => {
  const order = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 2],
  ]);

  it('indexes edge ends against the positions buffer, undercuts against the edge they attack', () => {
    const edges = canvasEdges(
      [edge('u', 'undercuts', 'c', 's'), edge('s', 'supports', 'a', 'b'), edge('x', 'attacks', 'b', 'c')],
      order,
    );
    expect(edges.ids).toEqual(['u', 's', 'x']);
    expect(edges.kinds).toEqual(['undercuts', 'supports', 'attacks']);
    expect([...edges.from]).toEqual([2, 0, 1]);
    // The undercut aims at edge 1 ("s"): -1 - 1.
    expect([...edges.to]).toEqual([-2, 1, 2]);
  });

  it('drops edges whose node is not drawn, and marks undercuts of edges that are not', () => {
    const edges = canvasEdges(
      [edge('gone', 'supports', 'a', 'hidden'), edge('u', 'undercuts', 'b', 'gone'), edge('s', 'supports', 'b', 'c')],
      order,
    );
    expect(edges.ids).toEqual(['u', 's']);
    expect(edges.to[0]).toBe(-1 - 2);
  });
});

import { describe, expect, it } from 'vitest';
import { element, problemsAfter } from './test-problems.ts';

describe('edge checks', () => {
  it('finds an edge from an unknown node', () => {
    expect(problemsAfter((doc) => (element(doc, 'edges', 3).from = 'a-nothing'))).toEqual([
      {
        path: ['edges', 3, 'from'],
        where: 'edges[3].from',
        message: 'edge "e-sup1": unknown node "a-nothing" (no node has this id)',
      },
    ]);
  });

  it('finds an edge to an unknown node', () => {
    const [p] = problemsAfter((doc) => (element(doc, 'edges', 3).to = 'p-opem'));
    expect(p?.where).toBe('edges[3].to');
    expect(p?.message).toBe('edge "e-sup1": unknown node "p-opem" (did you mean "p-open"?)');
  });

  it('finds an edge to an edge that is not an undercut', () => {
    const [p] = problemsAfter((doc) => (element(doc, 'edges', 3).to = 'e-att1'));
    expect(p?.message).toBe(
      'edge "e-sup1": unknown node "e-att1" (no node has this id) (it is an edge; only undercuts point to edges)',
    );
  });

  it('finds a self-loop', () => {
    expect(problemsAfter((doc) => (element(doc, 'edges', 3).to = 'a-research'))).toEqual([
      {
        path: ['edges', 3],
        where: 'edges[3]',
        message: 'edge "e-sup1": an edge cannot go from "a-research" to itself',
      },
    ]);
  });

  it('finds an undercut pointing to a node instead of an edge', () => {
    const [p] = problemsAfter((doc) => (element(doc, 'edges', 8).to = 'p-open'));
    expect(p).toEqual({
      path: ['edges', 8, 'to'],
      where: 'edges[8].to',
      message:
        'edge "e-under": undercuts must point to an edge id, but "p-open" is a node (give the attacked edge an "id")',
    });
  });

  it('finds an undercut pointing to an unknown edge or to itself', () => {
    expect(problemsAfter((doc) => (element(doc, 'edges', 8).to = 'e-nothing'))[0]?.message).toBe(
      'edge "e-under": unknown edge "e-nothing" (no edge has this id)',
    );
    expect(problemsAfter((doc) => (element(doc, 'edges', 8).to = 'e-under'))[0]?.message).toBe(
      'edge "e-under": an edge cannot undercut itself',
    );
  });

  it('finds an answer to something other than a question', () => {
    expect(problemsAfter((doc) => (element(doc, 'edges', 0).to = 'a-misuse'))).toEqual([
      {
        path: ['edges', 0, 'to'],
        where: 'edges[0].to',
        message: 'edge "e-ans1": answers must go to a question, but "a-misuse" is an argument',
      },
    ]);
  });

  it('names an edge without id by its ends', () => {
    const [p] = problemsAfter((doc) => doc.edges.push({ from: 'f-leak', to: 'x', kind: 'supports' }));
    expect(p).toEqual({
      path: ['edges', 9, 'to'],
      where: 'edges[9].to',
      message: 'edge "f-leak" → "x": unknown node "x" (no node has this id)',
    });
  });
});

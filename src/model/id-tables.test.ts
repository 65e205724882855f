import { describe, expect, it } from 'vitest';
import { collectIds } from './id-tables.ts';
import { element, problemsAfter } from './test-problems.ts';

describe('duplicate ids', () => {
  it.each([
    ['sources', 'source', 's-interview'],
    ['actors', 'actor', 'mistral'],
    ['axes', 'axis', 'openness'],
    ['nodes', 'node', 'q'],
    ['edges', 'edge', 'e-ans1'],
    ['groups', 'group', 'g-debate'],
  ])('are reported in %s, saying where the first one was', (collection, name, firstId) => {
    const problems = problemsAfter((doc) => (element(doc, collection, 1).id = firstId));
    expect(problems).toContainEqual({
      path: [collection, 1, 'id'],
      where: `${collection}[1].id`,
      message: `duplicate ${name} id "${firstId}" (first used at ${collection}[0])`,
    });
  });

  it('may repeat across collections', () => {
    const { ids, problems } = collectIds({ nodes: [{ id: 'x' }], edges: [{ id: 'x' }] });
    expect(problems).toEqual([]);
    expect(ids.nodes?.get('x')).toBe(0);
    expect(ids.edges?.get('x')).toBe(0);
  });
});

describe('collectIds', () => {
  it('reads what it can of a broken document', () => {
    const { ids } = collectIds({ nodes: [null, 5, { id: 3 }, { id: '' }, { id: 'n' }], actors: 'none' });
    expect([...(ids.nodes ?? [])]).toEqual([['n', 4]]);
    expect(ids.actors).toBeNull();
    expect(ids.groups?.size).toBe(0);
  });
});

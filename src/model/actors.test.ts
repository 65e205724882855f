import { describe, expect, it } from 'vitest';
import { actorClosure, actorsBehind, nodesOfActors } from './actors.ts';
import { buildIndex } from './map-index.ts';
import { testMap } from './test-map.ts';

const index = buildIndex(testMap);

describe('actorClosure', () => {
  it('adds the members of chosen organisations', () => {
    expect(actorClosure(index, ['mistral'])).toEqual(new Set(['mistral', 'mensch']));
    expect(actorClosure(index, new Set(['meta', 'bengio']))).toEqual(new Set(['meta', 'lecun', 'bengio']));
  });

  it('does not add the organisation of a chosen person', () => {
    expect(actorClosure(index, ['mensch'])).toEqual(new Set(['mensch']));
  });

  it('follows nested organisations and survives a cycle', () => {
    const actors = [
      { id: 'eu', name: 'EU', kind: 'organization' as const, memberOf: ['lab'] },
      { id: 'lab', name: 'Lab', kind: 'organization' as const, memberOf: ['eu'] },
      { id: 'ann', name: 'Ann', kind: 'person' as const, memberOf: ['lab'] },
    ];
    expect(actorClosure(buildIndex({ ...testMap, actors }), ['eu'])).toEqual(new Set(['eu', 'lab', 'ann']));
  });

  it('keeps ids the map does not know', () => {
    expect(actorClosure(index, ['nobody'])).toEqual(new Set(['nobody']));
  });
});

describe('actorsBehind', () => {
  it('gives the actors, quote speakers and their organisations', () => {
    expect(actorsBehind(index, 'a-sovereignty')).toEqual(new Set(['mensch', 'mistral']));
    expect(actorsBehind(index, 'a-research')).toEqual(new Set(['lecun', 'meta']));
    expect(actorsBehind(index, 'p-closed')).toEqual(new Set(['bengio']));
  });

  it('is empty for a node without actors or an unknown node', () => {
    expect(actorsBehind(index, 'q')).toEqual(new Set());
    expect(actorsBehind(index, 'nothing')).toEqual(new Set());
  });
});

describe('nodesOfActors', () => {
  it("gives an organisation's nodes and its members' nodes", () => {
    expect(nodesOfActors(index, ['mistral'])).toEqual(new Set(['p-open', 'a-sovereignty']));
  });

  it('counts quote speakers', () => {
    expect(nodesOfActors(index, ['lecun'])).toEqual(new Set(['a-research', 'a-api']));
  });

  it('gives nothing for no actors', () => {
    expect(nodesOfActors(index, [])).toEqual(new Set());
  });
});

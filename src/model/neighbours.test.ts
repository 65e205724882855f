import { describe, expect, it } from 'vitest';
import { buildIndex } from './map-index.ts';
import { neighbours } from './neighbours.ts';
import { testMap } from './test-map.ts';

const index = buildIndex(testMap);

describe('neighbours', () => {
  it('follows edges both ways by default, undercuts of touching edges included', () => {
    expect(neighbours(index, 'p-open')).toEqual(
      new Set(['q', 'p-closed', 'a-research', 'a-misuse', 'a-sovereignty', 'a-api']),
    );
  });

  it('follows one direction', () => {
    expect(neighbours(index, 'p-open', { direction: 'out' })).toEqual(new Set(['q', 'p-closed']));
    expect(neighbours(index, 'a-misuse', { direction: 'in' })).toEqual(new Set(['f-leak', 'a-api']));
  });

  it('links an undercut to both ends of the edge it attacks', () => {
    expect(neighbours(index, 'a-api', { direction: 'out' })).toEqual(new Set(['a-misuse', 'p-open']));
  });

  it('follows only the chosen kinds', () => {
    expect(neighbours(index, 'p-open', { kinds: ['supports'] })).toEqual(new Set(['a-research', 'a-sovereignty']));
    expect(neighbours(index, 'p-open', { kinds: [] })).toEqual(new Set());
  });

  it('is empty for an unknown node', () => {
    expect(neighbours(index, 'nothing')).toEqual(new Set());
  });
});

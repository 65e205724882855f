import { describe, expect, it } from 'vitest';
import { buildIndex, prepareIndex } from './map-index.ts';
import { testMap } from './test-map.ts';

const ids = (edges: readonly { id: string }[] | undefined) => edges?.map((e) => e.id);

describe('buildIndex', () => {
  const index = buildIndex(testMap);

  it('looks nodes, edges and actors up by id, as references into the map', () => {
    expect(index.nodeById.size).toBe(8);
    expect(index.nodeById.get('q')).toBe(testMap.nodes[0]);
    expect(index.edgeById.get('e-under')?.to).toBe('e-att1');
    expect(index.actorById.get('mensch')?.name).toBe('Arthur Mensch');
  });

  it('lists the edges leaving and arriving at each node', () => {
    expect(ids(index.outgoing.get('p-open'))).toEqual(['e-ans1', 'e-contra']);
    expect(ids(index.incoming.get('p-open'))).toEqual(['e-sup1', 'e-att1', 'e-sup3']);
    expect(ids(index.outgoing.get('a-api'))).toEqual(['e-under']);
    expect(ids(index.incoming.get('q'))).toEqual(['e-ans1', 'e-ans2']);
    expect(index.incoming.get('a-api')).toEqual([]);
  });

  it('lists undercuts per attacked edge, not as incoming edges of a node', () => {
    expect(ids(index.undercutsOf.get('e-att1'))).toEqual(['e-under']);
    expect(index.undercutsOf.get('e-sup1')).toEqual([]);
    expect(index.incoming.has('e-att1')).toBe(false);
  });

  it('lists the direct members of each actor', () => {
    expect(index.members.get('mistral')).toEqual(['mensch']);
    expect(index.members.get('meta')).toEqual(['lecun']);
    expect(index.members.get('mensch')).toEqual([]);
  });

  it('builds each list once, whether asked first or prepared', () => {
    const fresh = buildIndex({ ...testMap });
    const outgoing = fresh.outgoing;
    expect(fresh.outgoing).toBe(outgoing);
    expect(fresh.incoming.get('q')).toBe(fresh.incoming.get('q'));
    const prepared = { ...testMap };
    prepareIndex(prepared);
    expect(ids(buildIndex(prepared).outgoing.get('p-open'))).toEqual(['e-ans1', 'e-contra']);
    expect(buildIndex(prepared).members.get('mistral')).toEqual(['mensch']);
  });

  it('is memoised on the identity of the map', () => {
    expect(buildIndex(testMap)).toBe(index);
    expect(buildIndex({ ...testMap })).not.toBe(index);
  });
});

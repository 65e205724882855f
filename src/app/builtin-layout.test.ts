import { describe, expect, it } from 'vitest';
import builtin from '../../data/ai-openness.json';
import shipped from '../../data/ai-openness.layout.json';
import { loadMap } from '../model/load.ts';
import type { DebateMap } from '../model/types.ts';
import { bakeLayout } from './builtin-layout.ts';

describe("the built-in map's shipped layout", () => {
  const map = loadMap(builtin as unknown as DebateMap);

  it('is the layout the app computes for the map as it stands (else run `npm run bake`)', () => {
    expect(shipped).toEqual(bakeLayout(map));
  });

  it('places every node, in the map', () => {
    expect(Object.keys(shipped.positions).sort()).toEqual(map.nodes.map((n) => n.id).sort());
  });
});

import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash, type UrlState } from './url.ts';

const base: UrlState = {
  actors: [],
  mode: 'highlight',
  nodeKinds: ['question', 'position', 'argument', 'fact'],
  edgeKinds: ['supports', 'attacks', 'answers', 'undercuts', 'rephrases', 'contradicts'],
  selected: null,
};

describe('URL hash state', () => {
  it('leaves the default view out of the URL', () => {
    expect(encodeHash(base)).toBe('');
    expect(decodeHash('')).toEqual(base);
  });

  it('round-trips filters and selection', () => {
    const s: UrlState = {
      actors: ['elon-musk', 'mistral-ai'],
      mode: 'isolate',
      nodeKinds: ['question', 'position', 'argument'],
      edgeKinds: ['supports', 'attacks', 'undercuts', 'rephrases', 'contradicts'],
      selected: 'q-open-source',
    };
    const hash = encodeHash(s);
    expect(hash).toBe('#actors=elon-musk,mistral-ai&mode=isolate&hide=fact,answers&node=q-open-source');
    expect(decodeHash(hash)).toEqual(s);
  });

  it('escapes ids that contain URL syntax', () => {
    const s = { ...base, actors: ['a&b', 'c=d'], selected: 'n#1 é' };
    expect(decodeHash(encodeHash(s))).toEqual(s);
  });

  it('ignores unknown kinds and modes instead of failing', () => {
    const s = decodeHash('#mode=explode&hide=wibble,fact&actors=,x,,x');
    expect(s.mode).toBe('highlight');
    expect(s.nodeKinds).toEqual(['question', 'position', 'argument']);
    expect(s.actors).toEqual(['x']);
  });
});

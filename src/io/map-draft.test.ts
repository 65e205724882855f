// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MapDraft } from './map-draft.ts';
import { finishImport, mapIdFromFileName } from './finish-import.ts';

const meta = { id: 'm', title: 'A map', description: '', language: 'en' };

describe('MapDraft', () => {
  it('creates one actor per name', () => {
    const draft = new MapDraft();
    expect(draft.actor('Lucy Frazer')).toBe('lucy-frazer');
    expect(draft.actor('lucy frazer ')).toBe('lucy-frazer');
    expect(draft.actor('Lucy  Frazer')).toBe('lucy-frazer-2');
    expect(draft.actors).toHaveLength(2);
  });

  it('merges duplicate edges and keeps ids unique', () => {
    const draft = new MapDraft();
    const first = draft.edge({ from: 'a', to: 'b', kind: 'supports' }, 'r1');
    expect(draft.edge({ from: 'a', to: 'b', kind: 'supports' }, 'r2')).toBe(first);
    expect(draft.edge({ from: 'a', to: 'c', kind: 'supports' }, 'r1')).toBe('r1-2');
    expect(draft.edge({ from: 'b', to: 'c', kind: 'attacks' })).toBe('b-attacks-c');
  });

  it('builds a document that validation accepts', () => {
    const draft = new MapDraft();
    draft.nodes.push({ id: 'a', kind: 'position', label: 'A', actors: [] });
    draft.nodes.push({ id: 'b', kind: 'argument', label: 'B', actors: [] });
    draft.edge({ from: 'b', to: 'a', kind: 'supports' });
    draft.warn('nodes[9]', 'skipped', '9');
    const result = finishImport('aif', draft.document(meta), draft.warnings);
    expect(result).toMatchObject({
      ok: true,
      format: 'aif',
      warnings: [{ where: 'nodes[9]', message: 'skipped', id: '9' }],
    });
  });

  it('turns validation problems into located errors', () => {
    const draft = new MapDraft();
    draft.edge({ from: 'x', to: 'y', kind: 'supports' });
    const result = finishImport('kialo', draft.document(meta), []);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.errors[0]?.where).toBe('edges[0].from');
  });
});

describe('mapIdFromFileName', () => {
  it('makes an id from a file name', () => {
    expect(mapIdFromFileName('corpora/aif/Moral Maze 6064.json', 'aif')).toBe('moral-maze-6064');
    expect(mapIdFromFileName('___.json', 'aif')).toBe('aif');
    expect(mapIdFromFileName(undefined, 'kialo')).toBe('kialo');
  });
});

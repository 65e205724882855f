import { describe, expect, it } from 'vitest';
import { freezeInPlace, frozenCopy, loadMap } from './load.ts';
import { testDocument } from './test-map.ts';

describe('loadMap', () => {
  it('names edges without id e<index>, suffixing taken ids', () => {
    const doc = testDocument();
    doc.edges = [
      { from: 'a-research', to: 'p-open', kind: 'supports' },
      { id: 'e0', from: 'a-misuse', to: 'p-open', kind: 'attacks' },
      { id: 'e2-2', from: 'f-leak', to: 'a-misuse', kind: 'supports' },
      { from: 'a-sovereignty', to: 'p-open', kind: 'supports' },
    ];
    doc.edges.splice(
      2,
      0,
      { from: 'p-open', to: 'q', kind: 'answers' },
      { id: 'e2', from: 'p-closed', to: 'q', kind: 'answers' },
    );
    expect(loadMap(doc).edges.map((e) => e.id)).toEqual(['e0-2', 'e0', 'e2-3', 'e2', 'e2-2', 'e5']);
  });

  it('leaves its input untouched', () => {
    const doc = testDocument();
    delete doc.edges[0]!.id;
    loadMap(doc);
    expect(doc.edges[0]).not.toHaveProperty('id');
    expect(Object.isFrozen(doc)).toBe(false);
  });
});

describe('frozenCopy', () => {
  it('copies and freezes arrays and plain objects, deeply', () => {
    const input = { a: [{ b: 1 }], c: 'x' };
    const copy = frozenCopy(input);
    expect(copy).toEqual(input);
    expect(copy.a).not.toBe(input.a);
    expect(Object.isFrozen(copy.a[0])).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('keeps a "__proto__" key as data', () => {
    const copy = frozenCopy(JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('freezeInPlace', () => {
  it('freezes arrays and plain objects deeply, without copying them', () => {
    const input = { a: [{ b: 1 }, [{ c: 2 }]], d: 'x' };
    const inner = input.a[1] as { c: number }[];
    expect(freezeInPlace(input)).toBe(input);
    expect([input, input.a, input.a[0], inner, inner[0]].every((v) => Object.isFrozen(v))).toBe(true);
  });

  it('freezes a structured clone\'s own "__proto__" key as data, and pollutes nothing', () => {
    const clone = structuredClone(JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>);
    freezeInPlace(clone);
    expect(Object.hasOwn(clone, '__proto__')).toBe(true);
    expect(Object.isFrozen(clone['__proto__'])).toBe(true);
    expect(Object.getPrototypeOf(clone)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { field, idOf, idValue, isRecord, list } from './read-unknown.ts';

describe('reading an unknown document', () => {
  it('tells objects from arrays and null', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
  });

  it('reads own fields only, and answers undefined for anything else', () => {
    expect(field({ a: 1 }, 'a')).toBe(1);
    expect(field({}, 'toString')).toBeUndefined();
    expect(field('text', 'length')).toBeUndefined();
    expect(field(null, 'a')).toBeUndefined();
  });

  it('reads lists and ids defensively', () => {
    expect(list([1])).toEqual([1]);
    expect(list({ 0: 1 })).toEqual([]);
    expect(idValue('n1')).toBe('n1');
    expect(idValue('')).toBeUndefined();
    expect(idValue(3)).toBeUndefined();
    expect(idOf({ id: 'a' })).toBe('a');
    expect(idOf([])).toBeUndefined();
  });
});

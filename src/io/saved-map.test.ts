import { describe, expect, it } from 'vitest';
import { readArrangement, readSummary, savedKey } from './saved-map.ts';

const summary = {
  key: 'map:a',
  title: 'A',
  format: 'aif',
  source: 'a.json',
  savedAt: '2024-05-01T10:00:00.000Z',
  nodes: 3,
};

describe('reading kept maps back', () => {
  it('keys maps so that no map id can take the built-in key', () => {
    expect(savedKey('builtin')).toBe('map:builtin');
  });

  it('accepts a summary and refuses anything else', () => {
    expect(readSummary(summary)).toEqual(summary);
    for (const bad of [
      null,
      'x',
      [],
      { ...summary, key: '' },
      { ...summary, format: 'pdf' },
      { ...summary, nodes: 'many' },
    ]) {
      expect(readSummary(bad)).toBeNull();
    }
  });

  it('keeps the good part of a damaged arrangement', () => {
    const pins = { a: { x: 1, y: 2 }, b: { x: 'no', y: 2 }, c: null, d: { x: Infinity, y: 0 } };
    expect(readArrangement({ pins, view: { x: 1, y: 2, k: 0.5 } })).toEqual({
      pins: { a: { x: 1, y: 2 } },
      view: { x: 1, y: 2, k: 0.5 },
    });
    expect(readArrangement({ pins: [], view: { x: 1, y: 2, k: 0 } })).toEqual({ pins: {}, view: null });
    expect(readArrangement('garbage')).toEqual({ pins: {}, view: null });
  });

  it('keeps a node id "__proto__" as a key', () => {
    const value = JSON.parse('{"pins": {"__proto__": {"x": 1, "y": 2}}, "view": null}') as unknown;
    const { pins } = readArrangement(value);
    expect(Object.keys(pins)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(pins)).toBe(Object.prototype);
  });
});

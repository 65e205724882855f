import { describe, expect, it } from 'vitest';
import { pathData } from './canvas-shapes.ts';
import { el } from './svg-tree.ts';

describe('pathData', () => {
  it('turns a plain rect into a closed path', () => {
    expect(pathData(el('rect', { x: -5, y: -2, width: 10, height: 4 }))).toBe('M-5,-2H5V2H-5Z');
  });
  it('rounds corners with arcs, never wider than half the box', () => {
    const d = pathData(el('rect', { x: 0, y: 0, width: 10, height: 4, rx: 12 }));
    expect(d.startsWith('M2,0H8A2,2 0 0 1 10,2')).toBe(true);
  });
  it('closes polygons and passes paths through', () => {
    expect(pathData(el('polygon', { points: '0,0 4,0 2,3' }))).toBe('M0,0L4,0L2,3Z');
    expect(pathData(el('path', { d: 'M0,0L1,1' }))).toBe('M0,0L1,1');
  });
});

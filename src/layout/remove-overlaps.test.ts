import { describe, expect, it } from 'vitest';
import { lcg } from './lcg.ts';
import { removeOverlaps } from './remove-overlaps.ts';
import { overlappingPairs, scatteredBoxes } from './test-helpers.ts';
import type { Rect } from './types.ts';

const size = (box: Rect) => box;

describe('removeOverlaps', () => {
  it('leaves no overlaps in a dense random set of 200 boxes', () => {
    const boxes = scatteredBoxes(lcg(7), 200, 400);
    expect(overlappingPairs(boxes).length).toBeGreaterThan(1000);
    expect(removeOverlaps(boxes, size, 6)).toBe(0);
    expect(overlappingPairs(boxes, 6)).toEqual([]);
  });

  it('is deterministic', () => {
    const a = scatteredBoxes(lcg(11), 200, 400);
    const b = scatteredBoxes(lcg(11), 200, 400);
    removeOverlaps(a, size, 4);
    removeOverlaps(b, size, 4);
    expect(b).toEqual(a);
  });

  it('leaves boxes that do not overlap where they are', () => {
    const boxes = [
      { x: 0, y: 0, width: 100, height: 40 },
      { x: 120, y: 0, width: 100, height: 40 },
      { x: 0, y: 100, width: 100, height: 40 },
    ];
    const before = structuredClone(boxes);
    expect(removeOverlaps(boxes, size, 10)).toBe(0);
    expect(boxes).toEqual(before);
  });

  it('does not move pinned nodes', () => {
    const boxes: (Rect & { fx?: number; fy?: number })[] = scatteredBoxes(lcg(5), 60, 200);
    const pinned = boxes.slice(0, 5).map((box, i) => Object.assign(box, { x: i * 300, y: 0, fx: i * 300, fy: 0 }));
    expect(removeOverlaps(boxes, size, 6)).toBe(0);
    expect(overlappingPairs(boxes, 6)).toEqual([]);
    pinned.forEach((box, i) => expect([box.x, box.y]).toEqual([i * 300, 0]));
  });

  it('still succeeds when the pairwise rounds are cut short', () => {
    // No rounds at all: the greedy placement alone must clear every overlap.
    const boxes = scatteredBoxes(lcg(9), 200, 300);
    expect(removeOverlaps(boxes, size, 6, 0)).toBe(0);
    expect(overlappingPairs(boxes, 6)).toEqual([]);
  });

  it('reports the overlaps it cannot fix between pinned boxes', () => {
    const boxes = [
      { x: 0, y: 0, fx: 0, fy: 0, width: 100, height: 40 },
      { x: 10, y: 0, fx: 10, fy: 0, width: 100, height: 40 },
      { x: 5, y: 5, width: 100, height: 40 },
    ];
    expect(removeOverlaps(boxes, size)).toBe(1);
    expect(overlappingPairs(boxes)).toEqual([[0, 1]]);
  });
});

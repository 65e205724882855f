import { describe, expect, it } from 'vitest';
import { lcg } from './lcg.ts';
import { makeRoom, removeOverlaps } from './remove-overlaps.ts';
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

describe('makeRoom', () => {
  /** Every pair of boxes in the same order along x and along y as in `before` (ties may stay ties). */
  const sameOrder = (before: Rect[], after: Rect[]) =>
    before.every((a, i) =>
      before.every(
        (b, j) =>
          Math.sign(a.x - b.x) === Math.sign(after[i]!.x - after[j]!.x) &&
          Math.sign(a.y - b.y) === Math.sign(after[i]!.y - after[j]!.y),
      ),
    );

  it('stretches only the axis that clears the overlaps, about the middle, just enough', () => {
    // A row of three boxes 100 wide, 90 apart: 10 px short of touching plus 6 of padding.
    const boxes = [0, 90, 180].map((x) => ({ x, y: 0, width: 100, height: 40 }));
    expect(makeRoom(boxes, size, 6)).toEqual({ sx: 106 / 90, sy: 1 });
    expect(boxes.map((b) => Math.round(b.x * 1000) / 1000)).toEqual([-16, 90, 196]);
    expect(overlappingPairs(boxes, 6 - 1e-9)).toEqual([]);
  });

  it('keeps the shape of a layout whose boxes grew: order along both axes, no overlaps left', () => {
    const settled = scatteredBoxes(lcg(3), 80, 900);
    removeOverlaps(settled, size, 6);
    // The same layout with boxes 10% wider and a quarter taller (a line more in four), as another font might set
    // its labels.
    const grown = settled.map((b) => ({ ...b, width: b.width * 1.1, height: b.height * 1.25 }));
    expect(overlappingPairs(grown, 6).length).toBeGreaterThan(5);
    const { sx, sy } = makeRoom(grown, size, 6);
    expect(Math.max(sx, sy)).toBeLessThan(1.5);
    expect(overlappingPairs(grown, 6 - 1e-6)).toEqual([]);
    expect(sameOrder(settled, grown)).toBe(true);
  });

  it('leaves a layout without overlaps as it is', () => {
    const boxes = scatteredBoxes(lcg(4), 50, 500);
    removeOverlaps(boxes, size, 6);
    const before = structuredClone(boxes);
    expect(makeRoom(boxes, size, 6)).toEqual({ sx: 1, sy: 1 });
    expect(boxes).toEqual(before);
  });

  it('stretches at most by half, leaving the rest to removeOverlaps', () => {
    const boxes = [
      { x: 0, y: 0, width: 100, height: 40 },
      { x: 10, y: 5, width: 100, height: 40 },
    ];
    const { sx, sy } = makeRoom(boxes, size, 6);
    expect(Math.max(sx, sy)).toBe(1.5);
    expect(removeOverlaps(boxes, size, 6)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { boundsOf, boundsOfPlaced, clip, edgePath, fitToView, nearestInDirection, nearestTo } from './geometry.ts';
import type { Point, Rect } from './types.ts';

/** Is `p` on the border of `box` (within a hair)? */
function onBorder(p: Point, box: Rect): boolean {
  const ex = Math.abs(Math.abs(p.x - box.x) - box.width / 2);
  const ey = Math.abs(Math.abs(p.y - box.y) - box.height / 2);
  const inside = Math.abs(p.x - box.x) <= box.width / 2 + 1e-9 && Math.abs(p.y - box.y) <= box.height / 2 + 1e-9;
  return inside && Math.min(ex, ey) < 1e-9;
}

const a: Rect = { x: 0, y: 0, width: 200, height: 60 };
const b: Rect = { x: 300, y: 200, width: 160, height: 80 };

describe('edgePath', () => {
  it('runs straight between the borders of the two boxes', () => {
    const path = edgePath(a, b);
    expect(onBorder(path.start, a)).toBe(true);
    expect(onBorder(path.end, b)).toBe(true);
    expect(path.d).toMatch(/^M[-\d.]+,[-\d.]+L[-\d.]+,[-\d.]+$/);
    expect(path.mid).toEqual({ x: (path.start.x + path.end.x) / 2, y: (path.start.y + path.end.y) / 2 });
    expect(path.angle).toBeCloseTo((Math.atan2(200, 300) * 180) / Math.PI);
  });

  it('meets a box on the side it comes from', () => {
    const below = edgePath(a, { x: 0, y: 300, width: 100, height: 40 });
    expect(below.start).toEqual({ x: 0, y: 30 });
    expect(below.end).toEqual({ x: 0, y: 280 });
    expect(below.d).toBe('M0,30L0,280');
    expect(below.angle).toBe(90);
  });

  it('curves both ways apart when two edges join the same boxes in opposite directions', () => {
    const there = edgePath(a, b, { curvature: 20 });
    const back = edgePath(b, a, { curvature: 20 });
    for (const path of [there, back]) expect(path.d).toMatch(/^M[-\d.]+,[-\d.]+Q[-\d.]+,[-\d.]+ [-\d.]+,[-\d.]+$/);
    expect(onBorder(there.start, a) && onBorder(there.end, b)).toBe(true);
    expect(onBorder(back.start, b) && onBorder(back.end, a)).toBe(true);
    // The middles sit on opposite sides of the line between the centres.
    const side = (p: Point) => Math.sign((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));
    expect(side(there.mid)).toBe(-side(back.mid));
    expect(side(there.mid)).not.toBe(0);
  });

  it('bends to the left of the direction of travel by the curvature, in pixels', () => {
    const path = edgePath(
      { x: 0, y: 0, width: 0, height: 0 },
      { x: 100, y: 0, width: 0, height: 0 },
      { curvature: 10 },
    );
    // Travelling right on screen (y down), left is up.
    expect(path.mid).toEqual({ x: 50, y: -10 });
    expect(path.d).toBe('M0,0Q50,-20 100,0');
  });

  it('aims at a point when the target has no size', () => {
    const path = edgePath(a, { x: 150, y: 100, width: 0, height: 0 });
    expect(path.end).toEqual({ x: 150, y: 100 });
    expect(onBorder(path.start, a)).toBe(true);
  });

  it('rounds path numbers to a tenth and never writes -0', () => {
    const path = edgePath(
      { x: 0.123456, y: -0.01, width: 0, height: 0 },
      { x: 10.987654, y: 5.55555, width: 0, height: 0 },
    );
    expect(path.d).toBe('M0.1,0L11,5.6');
  });

  it('survives boxes on top of each other', () => {
    expect(edgePath(a, a).d).toBe('M0,0L0,0');
  });
});

describe('clip', () => {
  it('finds the border even when the point lies inside the box', () => {
    expect(clip(a, { x: 10, y: 0 })).toEqual({ x: 100, y: 0 });
    expect(clip(a, { x: 0, y: -1 })).toEqual({ x: 0, y: -30 });
  });
});

describe('boundsOf', () => {
  it('holds every box whole', () => {
    expect(boundsOf([a, b])).toEqual({ x: -100, y: -30, width: 480, height: 270 });
  });

  it('is empty for no boxes', () => {
    expect(boundsOf([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});

describe('fitToView', () => {
  const viewport = { width: 800, height: 600 };

  it('centres the bounds and fits the tighter side', () => {
    const bounds = { x: -100, y: -50, width: 1000, height: 200 };
    const { x, y, k } = fitToView(bounds, viewport, 50);
    expect(k).toBeCloseTo(0.7);
    // The bounds' centre (400, 50) lands on the viewport's centre (400, 300).
    expect(k * 400 + x).toBeCloseTo(400);
    expect(k * 50 + y).toBeCloseTo(300);
  });

  it('keeps the scale within its limits', () => {
    const tiny = { x: 0, y: 0, width: 10, height: 10 };
    expect(fitToView(tiny, viewport, 0, { maxScale: 2 }).k).toBe(2);
    const huge = { x: 0, y: 0, width: 100_000, height: 100_000 };
    expect(fitToView(huge, viewport, 0, { minScale: 0.1 }).k).toBe(0.1);
  });

  it('centres a single point at scale 1', () => {
    expect(fitToView({ x: 5, y: 5, width: 0, height: 0 }, viewport)).toEqual({ x: 395, y: 295, k: 1 });
  });

  it('keeps the bounds out of the space left along each edge', () => {
    const bounds = { x: 0, y: 0, width: 400, height: 400 };
    const { x, y, k } = fitToView(bounds, viewport, { top: 100, right: 20, bottom: 20, left: 20 });
    // 480 pixels high are left, between 100 and 580; the width has more room than that.
    expect(k).toBeCloseTo(1.2);
    expect([y, k * 400 + y]).toEqual([100, 580]);
    expect(k * 200 + x).toBeCloseTo(20 + 760 / 2);
  });
});

describe('boundsOfPlaced', () => {
  it('holds every placed box and leaves out those with no position yet', () => {
    const positions = new Float64Array([0, 0, 100, 50, NaN, NaN]);
    const sizes = [
      { width: 20, height: 10 },
      { width: 40, height: 20 },
      { width: 1000, height: 1000 },
    ];
    expect(boundsOfPlaced(positions, sizes)).toEqual({ x: -10, y: -5, width: 130, height: 65 });
  });

  it('is empty when nothing is placed', () => {
    expect(boundsOfPlaced(new Float64Array([NaN, NaN]), [{ width: 5, height: 5 }])).toEqual({
      x: 0,
      y: 0,
      width: 0,
      height: 0,
    });
  });
});

describe('moving between nodes with the arrow keys', () => {
  // A plus sign around node 0, with node 5 far off to the right and a bit down, node 6 not placed yet.
  const positions = new Float64Array([0, 0, 100, 0, -100, 0, 0, -100, 0, 100, 400, 150, NaN, NaN]);

  it('goes to the nearest node in the direction of the key', () => {
    expect(nearestInDirection(positions, 0, 1, 0)).toBe(1);
    expect(nearestInDirection(positions, 0, -1, 0)).toBe(2);
    expect(nearestInDirection(positions, 0, 0, -1)).toBe(3);
    expect(nearestInDirection(positions, 0, 0, 1)).toBe(4);
    // From the right arm, further right is the far node; there is nothing above-right of the top arm.
    expect(nearestInDirection(positions, 1, 1, 0)).toBe(5);
    expect(nearestInDirection(positions, 5, 1, 0)).toBe(-1);
  });

  it('starts from the node nearest a point, ignoring nodes with no position', () => {
    expect(nearestTo(positions, 90, 10)).toBe(1);
    expect(nearestTo(new Float64Array([NaN, NaN]), 0, 0)).toBe(-1);
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { LoadedEdge } from '../model/types.ts';
import type { LayoutNode } from '../layout/types.ts';
import { canvasEdges, paintCanvas, type CanvasFrame } from './canvas-paint.ts';

const edge = (id: string, kind: LoadedEdge['kind'], from: string, to: string) => ({ id, kind, from, to }) as LoadedEdge;

describe('canvasEdges', () => {
  const order = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 2],
  ]);

  it('indexes edge ends against the positions buffer, undercuts against the edge they attack', () => {
    const edges = canvasEdges(
      [edge('u', 'undercuts', 'c', 's'), edge('s', 'supports', 'a', 'b'), edge('x', 'attacks', 'b', 'c')],
      order,
    );
    expect(edges.ids).toEqual(['u', 's', 'x']);
    expect(edges.kinds).toEqual(['undercuts', 'supports', 'attacks']);
    expect([...edges.from]).toEqual([2, 0, 1]);
    // The undercut aims at edge 1 ("s"): -1 - 1.
    expect([...edges.to]).toEqual([-2, 1, 2]);
  });

  it('drops edges whose node is not drawn, and marks undercuts of edges that are not', () => {
    const edges = canvasEdges(
      [edge('gone', 'supports', 'a', 'hidden'), edge('u', 'undercuts', 'b', 'gone'), edge('s', 'supports', 'b', 'c')],
      order,
    );
    expect(edges.ids).toEqual(['u', 's']);
    expect(edges.to[0]).toBe(-1 - 2);
  });
});

/**
 * A 2D context that records what a software canvas would have to rasterise: each stroke with its width in device
 * pixels and the number of segments in its path, and each rectangle filled on its own.
 */
function recordingContext() {
  let scale = 1;
  let segments = 0;
  const strokes: { devicePx: number; segments: number }[] = [];
  let filledRects = 0;
  /** The alpha of each rectangle filled, in order. */
  const fillAlphas: number[] = [];
  /** The larger side of each rectangle filled, in device pixels. */
  const fillSides: number[] = [];
  const ctx = {
    lineWidth: 1,
    globalAlpha: 1,
    setTransform: (a: number) => void (scale = a),
    beginPath: () => void (segments = 0),
    lineTo: () => void segments++,
    rect: () => void (segments += 4),
    // A node's outline comes as a Path2D of its own: no segments of the current path.
    stroke: (own?: unknown) => void strokes.push({ devicePx: ctx.lineWidth * scale, segments: own ? 0 : segments }),
    fillRect: (_x: number, _y: number, width: number, height: number) => {
      filledRects++;
      fillAlphas.push(ctx.globalAlpha);
      fillSides.push(Math.max(width, height) * scale);
    },
  };
  const ignored = new Proxy(ctx, {
    get: (target, key) => (key in target ? target[key as keyof typeof target] : () => {}),
    set: (target, key, value) => Reflect.set(target, key, value),
  });
  const ctxOut = ignored as unknown as CanvasRenderingContext2D;
  return { ctx: ctxOut, strokes, fillAlphas, fillSides, filledRects: () => filledRects };
}

describe('paintCanvas', () => {
  vi.stubGlobal('Path2D', class {});
  // A row of 200 arguments 300 apart, each supporting the next.
  const count = 200;
  const nodes: LayoutNode[] = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    kind: 'argument',
    width: 160,
    height: 50,
  }));
  const positions = new Float64Array(nodes.flatMap((_, i) => [i * 300, 0]));
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  const edges = canvasEdges(
    nodes.slice(1).map((n, i) => edge(`e${i}`, 'supports', `n${i}`, n.id)),
    order,
  );
  const frame = (ctx: CanvasRenderingContext2D, k: number, sketch = false): CanvasFrame => ({
    ctx,
    width: 1400,
    height: 900,
    dpr: 1,
    transform: { x: 700, y: 450, k },
    nodes,
    positions,
    boxes: new Map(),
    nodeById: new Map(),
    edges,
    actorLooks: new Map(),
    emphasis: () => 'normal',
    selected: null,
    focused: -1,
    sketch,
  });

  it('draws far-out and sketched edges as hairlines, one path per kind', () => {
    for (const [k, sketch] of [
      [0.02, false],
      [1, true],
    ] as const) {
      const { ctx, strokes } = recordingContext();
      paintCanvas(frame(ctx, k, sketch));
      expect(strokes.length).toBeGreaterThan(0);
      for (const s of strokes) expect(s.devicePx).toBeLessThanOrEqual(1);
      expect(Math.max(...strokes.map((s) => s.segments))).toBeGreaterThan(1);
    }
  });

  it('strokes edges wider than a device pixel one by one, and fills blocks one by one', () => {
    const { ctx, filledRects } = recordingContext();
    paintCanvas(frame(ctx, 0.5, true));
    // At k = 0.5 the view spans x = -1400…1400: the background, then the five blocks at 0…1200, one fillRect each.
    expect(filledRects()).toBe(1 + 5);
    const wide = recordingContext();
    paintCanvas(frame(wide.ctx, 1));
    const edgeStrokes = wide.strokes.filter((s) => s.devicePx > 1 && s.segments === 1);
    // At k = 1 the view spans x = -700…700: nodes 0, 300 and 600 and the three edges leaving them, each its own path.
    expect(edgeStrokes).toHaveLength(3);
    expect(wide.strokes.every((s) => s.devicePx <= 1 || s.segments <= 1)).toBe(true);
  });

  it('sketches more than 4,000 blocks on screen as small dots, without outlines', () => {
    // 4,500 arguments on a grid 150 apart, all on screen at k = 0.1 (blocks 16 px wide: not dots when settled).
    const grid: LayoutNode[] = Array.from({ length: 4500 }, (_, i) => ({
      id: `g${i}`,
      kind: 'argument',
      width: 160,
      height: 50,
    }));
    const at = new Float64Array(grid.flatMap((_, i) => [-5600 + (i % 75) * 150, -4400 + Math.floor(i / 75) * 150]));
    const many = (ctx: CanvasRenderingContext2D, sketch: boolean): CanvasFrame => ({
      ...frame(ctx, 0.1, sketch),
      nodes: grid,
      positions: at,
      edges: canvasEdges([], new Map()),
    });
    const sketched = recordingContext();
    paintCanvas(many(sketched.ctx, true));
    expect(sketched.filledRects()).toBe(1 + 4500);
    expect(sketched.strokes).toEqual([]);
    const settled = recordingContext();
    paintCanvas(many(settled.ctx, false));
    expect(settled.filledRects()).toBe(1 + 4500);
    expect(settled.strokes.map((s) => s.segments)).toEqual([4 * 4500]);
    // The blocks of a crowded start, zoomed in (k = 0.8: 128 px wide, piled on one another): a sketch fills a few
    // device pixels per block, not the whole block.
    const crowded = (ctx: CanvasRenderingContext2D, sketch: boolean): CanvasFrame => ({
      ...many(ctx, sketch),
      transform: { x: 700, y: 450, k: 0.8 },
      positions: new Float64Array(grid.flatMap((_, i) => [(i % 75) * 5 - 185, Math.floor(i / 75) * 5 - 150])),
    });
    const dots = recordingContext();
    paintCanvas(crowded(dots.ctx, true));
    expect(dots.fillSides).toHaveLength(1 + 4500);
    expect(Math.max(...dots.fillSides.slice(1))).toBeLessThanOrEqual(4);
    // A sketch of fewer blocks fills them whole.
    const few = recordingContext();
    paintCanvas(frame(few.ctx, 0.8, true));
    expect(few.fillSides.length).toBeGreaterThan(1);
    expect(few.fillSides.slice(1).every((side) => side === 128)).toBe(true);
  });

  it('fills dimmed blocks first, so the ones a filter keeps lie on top', () => {
    const { ctx, fillAlphas } = recordingContext();
    // Every third node is kept by a highlight filter; the others are dimmed.
    const kept = (id: string) => Number(id.slice(1)) % 3 === 0;
    // At k = 0.01 all 200 are on screen.
    paintCanvas({ ...frame(ctx, 0.01, true), emphasis: (id) => (kept(id) ? 'normal' : 'dimmed') });
    const blocks = fillAlphas.slice(1); // after the background
    const firstKept = blocks.indexOf(1);
    expect(blocks.slice(0, firstKept).every((alpha) => alpha < 1)).toBe(true);
    expect(blocks.slice(firstKept).every((alpha) => alpha === 1)).toBe(true);
    expect(blocks).toHaveLength(200);
    expect(blocks.filter((alpha) => alpha === 1)).toHaveLength(nodes.filter((n) => kept(n.id)).length);
  });
});

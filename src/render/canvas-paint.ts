import type { NodeBox } from '../layout/labels.ts';
import { clip } from '../layout/geometry.ts';
import type { LayoutNode, Rect } from '../layout/types.ts';
import type { DebateNode, LoadedEdge } from '../model/types.ts';
import type { Emphasis } from '../state/selectors.ts';
import { pathData } from './canvas-shapes.ts';
import type { ActorLook } from './draw-node.ts';
import { edgeKinds, nodeKinds } from './kinds.ts';
import { theme } from './theme.ts';

/** Everything one canvas frame needs. Positions are the layout's interleaved buffer, in `nodes` order. */
export interface CanvasFrame {
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
  dpr: number;
  transform: { x: number; y: number; k: number };
  nodes: readonly LayoutNode[];
  positions: Float64Array;
  order: ReadonlyMap<string, number>;
  boxes: ReadonlyMap<string, NodeBox>;
  nodeById: ReadonlyMap<string, DebateNode>;
  edges: readonly LoadedEdge[];
  edgeById: ReadonlyMap<string, LoadedEdge>;
  actorLooks: ReadonlyMap<string, ActorLook>;
  emphasis: (id: string, kind: 'node' | 'edge') => Emphasis;
  selected: string | null;
  pins: Readonly<Record<string, unknown>>;
  /**
   * A quick sketch rather than the full drawing: plain blocks and lines, no labels, arrowheads or dashes. For the
   * frames of a first layout, whose nodes move every frame (set text costs most of a frame on a software canvas).
   */
  sketch?: boolean;
}

/** Labels are drawn only when they would be at least this many screen pixels tall: smaller is noise. */
const MIN_LABEL_PX = 6;
/** Edges stay at least this many screen pixels wide, so a zoomed-out map keeps its lines visible. */
const MIN_LINE_PX = 0.75;
const shapeCache = new Map<string, Path2D>();
const shapeOf = (kind: DebateNode['kind'], w: number, h: number) => {
  const key = `${kind}|${w}|${h}`;
  let path = shapeCache.get(key);
  if (!path) shapeCache.set(key, (path = new Path2D(pathData(nodeKinds[kind].shape(w, h)))));
  return path;
};

/**
 * Paints the map on a 2D canvas with the look of the SVG view (the same kind tables and outlines): edges batched by
 * kind, nodes, then labels and actor chips where they are readable at this zoom; everything off screen is skipped.
 */
export function paintCanvas(f: CanvasFrame): void {
  const { ctx, transform: t, dpr } = f;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, f.width, f.height);
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
  const view = { x0: -t.x / t.k, y0: -t.y / t.k, x1: (f.width - t.x) / t.k, y1: (f.height - t.y) / t.k };
  const rectOf = (id: string): Rect | undefined => {
    const i = f.order.get(id);
    const box = f.boxes.get(id);
    if (i === undefined || !box || Number.isNaN(f.positions[2 * i]!)) return undefined;
    return { x: f.positions[2 * i]!, y: f.positions[2 * i + 1]!, width: box.width, height: box.height };
  };
  const onScreen = (x0: number, y0: number, x1: number, y1: number) =>
    Math.max(x0, x1) >= view.x0 &&
    Math.min(x0, x1) <= view.x1 &&
    Math.max(y0, y1) >= view.y0 &&
    Math.min(y0, y1) <= view.y1;

  paintEdges(f, rectOf, onScreen);
  const visible: { node: DebateNode; r: Rect; emphasis: Emphasis }[] = [];
  for (const n of f.nodes) {
    const r = rectOf(n.id);
    const node = f.nodeById.get(n.id);
    if (!r || !node || !onScreen(r.x - r.width / 2, r.y - r.height / 2, r.x + r.width / 2, r.y + r.height / 2))
      continue;
    visible.push({ node, r, emphasis: f.emphasis(n.id, 'node') });
  }
  // Far out, a node is a few pixels: plain rectangles, batched by kind and emphasis, read the same and cost far less.
  if (f.sketch || t.k * 20 < MIN_LABEL_PX * 2) {
    paintBlocks(f, visible);
    return;
  }
  for (const { node, r, emphasis } of visible) {
    const style = nodeKinds[node.kind];
    ctx.globalAlpha = emphasis === 'dimmed' ? theme.dimOpacity : 1;
    ctx.translate(r.x, r.y);
    const path = shapeOf(node.kind, r.width, r.height);
    ctx.fillStyle = style.fill;
    ctx.fill(path);
    ctx.lineWidth = node.id === f.selected ? style.strokeWidth + 3 : style.strokeWidth;
    ctx.strokeStyle = node.id === f.selected ? '#f59e0b' : style.stroke;
    ctx.stroke(path);
    ctx.translate(-r.x, -r.y);
  }
  if (t.k * 12 >= MIN_LABEL_PX) paintLabels(f, visible);
  ctx.globalAlpha = 1;
}

function paintBlocks(f: CanvasFrame, visible: { node: DebateNode; r: Rect; emphasis: Emphasis }[]) {
  const { ctx } = f;
  for (const dimmed of [true, false]) {
    ctx.globalAlpha = dimmed ? theme.dimOpacity : 1;
    for (const kind of Object.keys(nodeKinds) as DebateNode['kind'][]) {
      const style = nodeKinds[kind];
      ctx.beginPath();
      for (const { node, r, emphasis } of visible)
        if (node.kind === kind && (emphasis === 'dimmed') === dimmed)
          ctx.rect(r.x - r.width / 2, r.y - r.height / 2, r.width, r.height);
      ctx.fillStyle = style.fill;
      ctx.fill();
      ctx.strokeStyle = style.stroke;
      ctx.lineWidth = style.strokeWidth / f.transform.k / 2;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
}

function paintEdges(
  f: CanvasFrame,
  rectOf: (id: string) => Rect | undefined,
  onScreen: (x0: number, y0: number, x1: number, y1: number) => boolean,
) {
  const { ctx } = f;
  const mids = new Map<string, Rect>();
  const batches = new Map<string, { kind: LoadedEdge['kind']; dimmed: boolean; lines: number[] }>();
  const add = (e: LoadedEdge, to: Rect | undefined) => {
    const from = rectOf(e.from);
    if (!from || !to) return;
    const a = clip(from, to);
    const b = clip(to, from);
    mids.set(e.id, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, width: 0, height: 0 });
    if (!onScreen(a.x, a.y, b.x, b.y)) return;
    const dimmed = f.emphasis(e.id, 'edge') === 'dimmed';
    const key = `${e.kind}|${dimmed}`;
    let batch = batches.get(key);
    if (!batch) batches.set(key, (batch = { kind: e.kind, dimmed, lines: [] }));
    batch.lines.push(a.x, a.y, b.x, b.y);
  };
  for (const e of f.edges) if (e.kind !== 'undercuts') add(e, rectOf(e.to));
  for (const e of f.edges) if (e.kind === 'undercuts') add(e, mids.get(e.to));
  const arrows = !f.sketch && f.transform.k >= 0.3;
  for (const { kind, dimmed, lines } of batches.values()) {
    const style = edgeKinds[kind];
    ctx.globalAlpha = dimmed ? theme.dimOpacity : 1;
    ctx.strokeStyle = style.colour;
    ctx.fillStyle = style.colour;
    ctx.lineWidth = Math.max(style.width, MIN_LINE_PX / f.transform.k);
    // Zoomed out, dashes keep their on-screen length: shrunk with the map they would be specks, thousands per edge.
    const dashScale = Math.max(1, 1 / f.transform.k);
    ctx.setLineDash(style.dash && !f.sketch ? style.dash.split(' ').map((d) => Number(d) * dashScale) : []);
    ctx.beginPath();
    for (let i = 0; i < lines.length; i += 4) {
      ctx.moveTo(lines[i]!, lines[i + 1]!);
      ctx.lineTo(lines[i + 2]!, lines[i + 3]!);
    }
    ctx.stroke();
    ctx.setLineDash([]);
    if (!arrows) continue;
    ctx.beginPath();
    for (let i = 0; i < lines.length; i += 4) {
      const [x0, y0, x1, y1] = [lines[i]!, lines[i + 1]!, lines[i + 2]!, lines[i + 3]!];
      const len = Math.hypot(x1 - x0, y1 - y0) || 1;
      const [ux, uy] = [(x1 - x0) / len, (y1 - y0) / len];
      ctx.moveTo(x1, y1);
      ctx.lineTo(x1 - 9 * ux - 4.5 * uy, y1 - 9 * uy + 4.5 * ux);
      ctx.lineTo(x1 - 9 * ux + 4.5 * uy, y1 - 9 * uy - 4.5 * ux);
      ctx.closePath();
    }
    ctx.fill();
  }
  ctx.globalAlpha = 1;
}

function paintLabels(f: CanvasFrame, visible: { node: DebateNode; r: Rect; emphasis: Emphasis }[]) {
  const { ctx, transform: t } = f;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  for (const { node, r, emphasis } of visible) {
    const box = f.boxes.get(node.id)!;
    if (t.k * box.fontSize < MIN_LABEL_PX) continue;
    const style = nodeKinds[node.kind];
    ctx.globalAlpha = emphasis === 'dimmed' ? theme.dimOpacity : 1;
    ctx.fillStyle = style.textColor;
    ctx.font = `${style.fontWeight} ${box.fontSize}px ${theme.font}`;
    const top = r.y - r.height / 2 + box.textTop;
    box.lines.forEach((line, i) => ctx.fillText(line, r.x, top + i * box.lineHeight + box.fontSize * 0.92));
    if (box.chipsTop === null || t.k < 0.6) continue;
    const chips = node.actors.slice(0, 3).flatMap((a) => f.actorLooks.get(a) ?? []);
    ctx.font = `700 9px ${theme.font}`;
    let x = r.x - (chips.length * 26 - 3) / 2;
    const y = r.y - r.height / 2 + box.chipsTop + 1;
    for (const chip of chips) {
      ctx.fillStyle = chip.colour;
      ctx.beginPath();
      ctx.roundRect(x, y, 23, 13, 6.5);
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.fillText(chip.initials, x + 11.5, y + 9.6);
      x += 26;
    }
  }
}

import type { NodeBox } from '../layout/labels.ts';
import type { LayoutNode } from '../layout/types.ts';
import type { DebateNode, EdgeKind, LoadedEdge } from '../model/types.ts';
import type { Emphasis } from '../state/selectors.ts';
import { pathData } from './canvas-shapes.ts';
import type { ActorLook } from './draw-node.ts';
import { edgeKinds, nodeKinds } from './kinds.ts';
import { theme } from './theme.ts';

/**
 * The edges to draw, by index, worked out once per graph rather than per frame: `from[i]` is the index of edge `i`'s
 * first node in the positions buffer; `to[i]` that of its second node, or for an undercut `-1 - j` where `j` is the
 * index of the edge it attacks (it aims at that edge's middle); -1 - edges.length when its target is not drawn.
 */
export interface CanvasEdges {
  ids: readonly string[];
  kinds: readonly EdgeKind[];
  from: Int32Array;
  to: Int32Array;
}

/** Indexes `edges` against the node order of the positions buffer. Edges with an end not in `order` are dropped. */
export function canvasEdges(edges: readonly LoadedEdge[], order: ReadonlyMap<string, number>): CanvasEdges {
  const kept = edges.filter((e) => order.has(e.from) && (e.kind === 'undercuts' || order.has(e.to)));
  const position = new Map(kept.map((e, i) => [e.id, i]));
  const from = new Int32Array(kept.length);
  const to = new Int32Array(kept.length);
  kept.forEach((e, i) => {
    from[i] = order.get(e.from)!;
    to[i] = e.kind === 'undercuts' ? -1 - (position.get(e.to) ?? kept.length) : order.get(e.to)!;
  });
  return { ids: kept.map((e) => e.id), kinds: kept.map((e) => e.kind), from, to };
}

/** Everything one canvas frame needs. Positions are the layout's interleaved buffer, in `nodes` order. */
export interface CanvasFrame {
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
  dpr: number;
  transform: { x: number; y: number; k: number };
  nodes: readonly LayoutNode[];
  positions: Float64Array;
  boxes: ReadonlyMap<string, NodeBox>;
  nodeById: ReadonlyMap<string, DebateNode>;
  edges: CanvasEdges;
  actorLooks: ReadonlyMap<string, ActorLook>;
  /** How each node and edge stands out; null when nothing is dimmed (no highlight filter, nothing hovered). */
  emphasis: ((id: string, kind: 'node' | 'edge') => Emphasis) | null;
  selected: string | null;
  /** The index of the keyboard's node (ringed), or -1. */
  focused: number;
  /**
   * A quick sketch rather than the full drawing: plain blocks and lines, no labels, arrowheads or dashes. For the
   * frames of a first layout, whose nodes move every frame (set text costs most of a frame on a software canvas).
   */
  sketch?: boolean;
}

/** Labels are drawn only when they would be at least this many screen pixels tall: smaller is noise. */
const MIN_LABEL_PX = 6;
/**
 * A sketch draws at most about this many edges (every second, third… edge beyond): at the start of a large layout,
 * edges run the width of the screen, and thousands of long lines cost a software canvas most of a second a frame.
 */
const SKETCH_EDGES = 4000;
/**
 * A sketch with more blocks than this on screen draws them as dots (filled in their kind's outline colour, as a large
 * map looks once fitted), each at most {@link SKETCH_DOT_PX} across: outlining them too doubles the canvas calls of a
 * frame, and a large layout starts crowded, its blocks piled deep: filled whole, 20,000 of them covered the screen's
 * area over a hundred times, as four solid bands of colour (headless Chromium filled 20,000 blocks of that size in
 * 38 ms, and 20,000 dots of 4 pixels in 19).
 */
const SKETCH_OUTLINED_BLOCKS = 4000;
/** The largest a sketch's dot is, in screen pixels. */
const SKETCH_DOT_PX = 4;
/** Edges stay at least this many screen pixels wide, so a zoomed-out map keeps its lines visible. */
const MIN_LINE_PX = 0.75;
const shapeCache = new Map<string, Path2D>();
const shapeOf = (kind: DebateNode['kind'], w: number, h: number) => {
  const key = `${kind}|${w}|${h}`;
  let path = shapeCache.get(key);
  if (!path) shapeCache.set(key, (path = new Path2D(pathData(nodeKinds[kind].shape(w, h)))));
  return path;
};
const KINDS = Object.keys(nodeKinds) as DebateNode['kind'][];

/** Node indices on screen, with whether each is dimmed. Reused from frame to frame. */
let onScreenNodes = new Int32Array(0);
let dimmedNodes = new Uint8Array(0);

/**
 * Paints the map on a 2D canvas with the look of the SVG view (the same kind tables and outlines): edges batched by
 * kind, nodes, then labels and actor chips where they are readable at this zoom; everything off screen is skipped.
 * Far out (or in a sketch) nodes are plain blocks and edges plain lines between centres, hidden under the blocks.
 */
export function paintCanvas(f: CanvasFrame): void {
  const { ctx, transform: t, dpr, positions: p, nodes } = f;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, f.width, f.height);
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
  const view = { x0: -t.x / t.k, y0: -t.y / t.k, x1: (f.width - t.x) / t.k, y1: (f.height - t.y) / t.k };
  const blocks = f.sketch === true || t.k * 20 < MIN_LABEL_PX * 2;

  paintEdges(f, view, !blocks);

  if (onScreenNodes.length < nodes.length) {
    onScreenNodes = new Int32Array(nodes.length);
    dimmedNodes = new Uint8Array(nodes.length);
  }
  let count = 0;
  for (let i = 0; i < nodes.length; i++) {
    const x = p[2 * i]!;
    const y = p[2 * i + 1]!;
    const { width, height, id } = nodes[i]!;
    if (Number.isNaN(x) || x + width / 2 < view.x0 || x - width / 2 > view.x1) continue;
    if (y + height / 2 < view.y0 || y - height / 2 > view.y1) continue;
    onScreenNodes[count] = i;
    dimmedNodes[count++] = f.emphasis?.(id, 'node') === 'dimmed' ? 1 : 0;
  }
  if (blocks) {
    paintBlocks(f, count);
    paintFocus(f);
    return;
  }
  for (let c = 0; c < count; c++) {
    const i = onScreenNodes[c]!;
    const { id, kind, width, height } = nodes[i]!;
    const [x, y] = [p[2 * i]!, p[2 * i + 1]!];
    const style = nodeKinds[kind];
    ctx.globalAlpha = dimmedNodes[c] ? theme.dimOpacity : 1;
    ctx.translate(x, y);
    const path = shapeOf(kind, width, height);
    ctx.fillStyle = style.fill;
    ctx.fill(path);
    ctx.lineWidth = id === f.selected ? style.strokeWidth + 3 : style.strokeWidth;
    ctx.strokeStyle = id === f.selected ? theme.focus : style.stroke;
    ctx.stroke(path);
    ctx.translate(-x, -y);
  }
  if (t.k * 12 >= MIN_LABEL_PX) paintLabels(f, count);
  ctx.globalAlpha = 1;
  paintFocus(f);
}

/** A ring around the keyboard's node, a few screen pixels out from its box at any zoom. */
function paintFocus(f: CanvasFrame) {
  const i = f.focused;
  if (i < 0) return;
  const x = f.positions[2 * i];
  const y = f.positions[2 * i + 1];
  if (x === undefined || y === undefined || Number.isNaN(x)) return;
  const { ctx, transform: t } = f;
  const { width, height } = f.nodes[i]!;
  const gap = 5 / t.k;
  ctx.globalAlpha = 1;
  ctx.strokeStyle = theme.focus;
  ctx.lineWidth = 3 / t.k;
  ctx.strokeRect(x - width / 2 - gap, y - height / 2 - gap, width + 2 * gap, height + 2 * gap);
}

/** Below this many screen pixels across, a block is a dot: filled in its kind's outline colour, not outlined. */
const DOT_PX = 5;

/**
 * A stable counting sort: item `k` (for `k < n`; `items[k]`, or `k` itself when `items` is null) goes to group
 * `groups[k]`, or nowhere when that is -1. Afterwards group `g` is `out[start[g] … start[g + 1]]`, in `k` order.
 * `start` holds one more entry than there are groups.
 */
function sortByGroup(groups: Int32Array, n: number, start: Int32Array, out: Int32Array, items: Int32Array | null) {
  start.fill(0);
  for (let k = 0; k < n; k++) if (groups[k]! >= 0) start[groups[k]! + 1]!++;
  for (let g = 0; g + 1 < start.length; g++) start[g + 1]! += start[g]!;
  for (let k = 0; k < n; k++) {
    const g = groups[k]!;
    if (g >= 0) out[start[g]!++] = items ? items[k]! : k;
  }
  // Placing moved each group's start one group on: shift them back.
  for (let g = start.length - 1; g > 0; g--) start[g] = start[g - 1]!;
  start[0] = 0;
}

/** On-screen blocks grouped by dimming and kind (group `g` is `blockOrder[blockStart[g] … blockStart[g + 1]]`). */
let blockGroup = new Int32Array(0);
let blockOrder = new Int32Array(0);
const blockStart = new Int32Array(2 * KINDS.length + 1);
const kindOrder = new Map(KINDS.map((kind, i) => [kind, i]));

function paintBlocks(f: CanvasFrame, count: number) {
  const { ctx, positions: p, nodes } = f;
  // Outlining thousands of dots costs a software canvas more than filling them, and shows nothing more.
  const sketchDots = f.sketch === true && count > SKETCH_OUTLINED_BLOCKS;
  const dots = f.transform.k * 60 < DOT_PX || sketchDots;
  const most = sketchDots ? SKETCH_DOT_PX / f.transform.k : Infinity;
  // Dimmed groups first, each kind in turn: a counting sort, one pass over the blocks rather than one per group.
  if (blockOrder.length < count) [blockGroup, blockOrder] = [new Int32Array(count), new Int32Array(count)];
  for (let c = 0; c < count; c++)
    blockGroup[c] = (dimmedNodes[c] ? 0 : KINDS.length) + kindOrder.get(nodes[onScreenNodes[c]!]!.kind)!;
  sortByGroup(blockGroup, count, blockStart, blockOrder, onScreenNodes);

  for (let g = 0; g + 1 < blockStart.length; g++) {
    const [from, to] = [blockStart[g]!, blockStart[g + 1]!];
    if (from === to) continue;
    const style = nodeKinds[KINDS[g % KINDS.length]!];
    ctx.globalAlpha = g < KINDS.length ? theme.dimOpacity : 1;
    ctx.fillStyle = dots ? style.stroke : style.fill;
    ctx.beginPath();
    for (let b = from; b < to; b++) {
      const i = blockOrder[b]!;
      const node = nodes[i]!;
      const width = Math.min(node.width, most);
      const height = Math.min(node.height, most);
      const x = p[2 * i]! - width / 2;
      const y = p[2 * i + 1]! - height / 2;
      // Filled one by one: a software canvas fills one path of thousands of overlapping rectangles (a large layout's
      // crowded start) up to ten times more slowly than the same rectangles each on its own.
      ctx.fillRect(x, y, width, height);
      if (!dots) ctx.rect(x, y, width, height);
    }
    if (dots) continue;
    ctx.strokeStyle = style.stroke;
    // At most a screen pixel: a software canvas strokes wider outlines of thousands of blocks far more slowly.
    ctx.lineWidth = Math.min(style.strokeWidth / 2, 1) / f.transform.k;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

/** Edge ends (x0, y0, x1, y1 per edge), reused from frame to frame. */
let ends = new Float64Array(0);
/** Edges to stroke, grouped by kind and dimming (batch `b` holds `batchEdges[batchStart[b] … batchStart[b + 1]]`). */
let batchOf = new Int32Array(0);
let batchEdges = new Int32Array(0);
const EDGE_KINDS = Object.keys(edgeKinds) as EdgeKind[];
const batchStart = new Int32Array(2 * EDGE_KINDS.length + 1);
const kindIndex = new Map(EDGE_KINDS.map((kind, i) => [kind, i]));

/** Writes where the segment from a box's centre towards (tx, ty) leaves the box to `ends[at]`, `ends[at + 1]`. */
function leave(x: number, y: number, halfW: number, halfH: number, tx: number, ty: number, at: number) {
  const dx = tx - x;
  const dy = ty - y;
  const scale = Math.min(dx === 0 ? Infinity : halfW / Math.abs(dx), dy === 0 ? Infinity : halfH / Math.abs(dy));
  const s = Number.isFinite(scale) ? scale : 0;
  ends[at] = x + dx * s;
  ends[at + 1] = y + dy * s;
}

function paintEdges(f: CanvasFrame, view: { x0: number; y0: number; x1: number; y1: number }, detailed: boolean) {
  const { ctx, positions: p, nodes, edges } = f;
  const n = edges.ids.length;
  if (ends.length < 4 * n)
    [ends, batchOf, batchEdges] = [new Float64Array(4 * n), new Int32Array(n), new Int32Array(n)];
  // Ends first (undercuts aim at the middle of the edge they attack, which may come later in the list).
  for (let pass = 0; pass < 2; pass++) {
    for (let e = 0; e < n; e++) {
      const to = edges.to[e]!;
      if (to < 0 !== (pass === 1)) continue;
      const a = edges.from[e]!;
      const ax = p[2 * a]!;
      const ay = p[2 * a + 1]!;
      let bx: number;
      let by: number;
      if (to < 0) {
        const target = -1 - to;
        if (target >= n) {
          ends[4 * e] = NaN;
          continue;
        }
        bx = (ends[4 * target]! + ends[4 * target + 2]!) / 2;
        by = (ends[4 * target + 1]! + ends[4 * target + 3]!) / 2;
      } else {
        bx = p[2 * to]!;
        by = p[2 * to + 1]!;
      }
      if (detailed) {
        leave(ax, ay, nodes[a]!.width / 2, nodes[a]!.height / 2, bx, by, 4 * e);
        if (to >= 0) leave(bx, by, nodes[to]!.width / 2, nodes[to]!.height / 2, ax, ay, 4 * e + 2);
        else [ends[4 * e + 2], ends[4 * e + 3]] = [bx, by];
      } else {
        // Far out, centre to centre: the blocks drawn over them hide the difference.
        ends[4 * e] = ax;
        ends[4 * e + 1] = ay;
        ends[4 * e + 2] = bx;
        ends[4 * e + 3] = by;
      }
    }
  }

  // Batches by kind and dimming, a counting sort: one path each.
  const every = f.sketch ? Math.ceil(n / SKETCH_EDGES) : 1;
  for (let e = 0; e < n; e++) {
    batchOf[e] = -1;
    if (e % every !== 0) continue;
    const x0 = ends[4 * e]!;
    const y0 = ends[4 * e + 1]!;
    const x1 = ends[4 * e + 2]!;
    const y1 = ends[4 * e + 3]!;
    if (Number.isNaN(x0) || Number.isNaN(x1)) continue;
    if ((x0 < view.x0 && x1 < view.x0) || (x0 > view.x1 && x1 > view.x1)) continue;
    if ((y0 < view.y0 && y1 < view.y0) || (y0 > view.y1 && y1 > view.y1)) continue;
    const dimmed = f.emphasis?.(edges.ids[e]!, 'edge') === 'dimmed' ? 1 : 0;
    const b = 2 * kindIndex.get(edges.kinds[e]!)! + dimmed;
    batchOf[e] = b;
  }
  sortByGroup(batchOf, n, batchStart, batchEdges, null);

  const zoom = f.transform.k;
  const arrows = detailed && zoom >= 0.3;
  // Zoomed out, dashes keep their on-screen length: shrunk with the map they would be specks, thousands per edge.
  const dashScale = Math.max(1, 1 / zoom);
  for (let b = 0; b + 1 < batchStart.length; b++) {
    const [from, to] = [batchStart[b]!, batchStart[b + 1]!];
    if (from === to) continue;
    const style = edgeKinds[EDGE_KINDS[b >> 1]!];
    ctx.globalAlpha = b & 1 ? theme.dimOpacity : 1;
    ctx.strokeStyle = style.colour;
    ctx.fillStyle = style.colour;
    // Far out and in sketches, lines are at most one screen pixel wide: hairlines.
    const width = Math.max(style.width, MIN_LINE_PX / zoom);
    ctx.lineWidth = detailed ? width : Math.min(width, 1 / zoom);
    ctx.setLineDash(style.dash && detailed ? style.dash.split(' ').map((d) => Number(d) * dashScale) : []);
    // A software canvas strokes a path at most one device pixel wide as hairlines, quickly. A wider one it outlines
    // whole, and one path of a thousand wide lines across the screen costs it tens of times more than the same lines
    // stroked one by one: then each edge is a path of its own.
    const onePath = ctx.lineWidth * zoom * f.dpr <= 1;
    ctx.beginPath();
    for (let k = from; k < to; k++) {
      const e = batchEdges[k]!;
      ctx.moveTo(ends[4 * e]!, ends[4 * e + 1]!);
      ctx.lineTo(ends[4 * e + 2]!, ends[4 * e + 3]!);
      if (onePath) continue;
      ctx.stroke();
      ctx.beginPath();
    }
    ctx.stroke();
    ctx.setLineDash([]);
    if (!arrows) continue;
    ctx.beginPath();
    for (let k = from; k < to; k++) {
      const e = batchEdges[k]!;
      const x0 = ends[4 * e]!;
      const y0 = ends[4 * e + 1]!;
      const x1 = ends[4 * e + 2]!;
      const y1 = ends[4 * e + 3]!;
      const len = Math.hypot(x1 - x0, y1 - y0) || 1;
      const ux = (x1 - x0) / len;
      const uy = (y1 - y0) / len;
      ctx.moveTo(x1, y1);
      ctx.lineTo(x1 - 9 * ux - 4.5 * uy, y1 - 9 * uy + 4.5 * ux);
      ctx.lineTo(x1 - 9 * ux + 4.5 * uy, y1 - 9 * uy - 4.5 * ux);
      ctx.closePath();
    }
    ctx.fill();
  }
  ctx.globalAlpha = 1;
}

function paintLabels(f: CanvasFrame, count: number) {
  const { ctx, transform: t, positions: p, nodes } = f;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  let font = '';
  const setFont = (wanted: string) => {
    // Setting a font parses it: only when it changes.
    if (wanted !== font) ctx.font = font = wanted;
  };
  for (let c = 0; c < count; c++) {
    const i = onScreenNodes[c]!;
    const { id, kind, height } = nodes[i]!;
    const box = f.boxes.get(id);
    if (!box || t.k * box.fontSize < MIN_LABEL_PX) continue;
    const [x, y] = [p[2 * i]!, p[2 * i + 1]!];
    const style = nodeKinds[kind];
    ctx.globalAlpha = dimmedNodes[c] ? theme.dimOpacity : 1;
    ctx.fillStyle = style.textColor;
    setFont(`${style.fontWeight} ${box.fontSize}px ${theme.font}`);
    const top = y - height / 2 + box.textTop;
    box.lines.forEach((line, l) => ctx.fillText(line, x, top + l * box.lineHeight + box.fontSize * 0.92));
    if (box.chipsTop === null || t.k < 0.6) continue;
    const chips = (f.nodeById.get(id)?.actors ?? []).slice(0, 3).flatMap((a) => f.actorLooks.get(a) ?? []);
    setFont(`700 9px ${theme.font}`);
    let cx = x - (chips.length * 26 - 3) / 2;
    const cy = y - height / 2 + box.chipsTop + 1;
    for (const chip of chips) {
      ctx.fillStyle = chip.colour;
      ctx.beginPath();
      ctx.roundRect(cx, cy, 23, 13, 6.5);
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.fillText(chip.initials, cx + 11.5, cy + 9.6);
      cx += 26;
    }
  }
}

import type { Bounds, Point, Rect, Size } from './types.ts';

/** An edge drawn between two boxes. */
export interface EdgePath {
  /** The SVG path: `M…L…` when straight, `M…Q…` when curved; numbers rounded to 0.1 px. */
  d: string;
  /** Where the path leaves the first box's border. */
  start: Point;
  /** Where the path meets the second box's border: an arrowhead drawn here touches the box. */
  end: Point;
  /** The middle of the path: where an undercut aims, where an edge label goes. */
  mid: Point;
  /** Direction of travel at `end`, in degrees (0 points right, 90 down), for an arrowhead drawn by hand. */
  angle: number;
}

/**
 * The path of an edge from one box to another, clipped at both borders so arrowheads touch the boxes. With
 * `curvature` it bends into a quadratic curve whose middle sits that many pixels off the line between the centres, to
 * the left of the direction of travel (negative: to the right); two edges running opposite ways between the same
 * boxes with the same curvature bend apart. A box of size zero is a point (an undercut aiming at another edge's `mid`).
 */
export function edgePath(from: Rect, to: Rect, { curvature = 0 }: { curvature?: number } = {}): EdgePath {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (curvature === 0 || length === 0) {
    const start = clip(from, to);
    const end = clip(to, from);
    const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
    return { d: `M${xy(start)}L${xy(end)}`, start, end, mid, angle: angleOf(start, end) };
  }
  // The control point sits twice as far off as the curve's middle does.
  const control = {
    x: (from.x + to.x) / 2 + (dy / length) * 2 * curvature,
    y: (from.y + to.y) / 2 - (dx / length) * 2 * curvature,
  };
  const start = clip(from, control);
  const end = clip(to, control);
  const mid = {
    x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
    y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y,
  };
  return { d: `M${xy(start)}Q${xy(control)} ${xy(end)}`, start, end, mid, angle: angleOf(control, end) };
}

/** Where the ray from the box's centre towards `toward` crosses the box's border (the centre if they coincide). */
export function clip(box: Rect, toward: Point): Point {
  const dx = toward.x - box.x;
  const dy = toward.y - box.y;
  const scale = Math.min(
    dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
  );
  if (!Number.isFinite(scale)) return { x: box.x, y: box.y };
  return { x: box.x + dx * scale, y: box.y + dy * scale };
}

/**
 * The smallest area holding every box placed at an interleaved positions buffer (`[x0, y0, x1, y1, …]`, box `i` of
 * size `sizes[i]` centred at `x_i, y_i`); boxes whose position is not known yet (NaN) are left out. Empty (all zeros)
 * when none is placed. Allocates nothing per box: the map view asks this every frame while a large layout spreads.
 */
export function boundsOfPlaced(positions: Float64Array, sizes: readonly Size[]): Bounds {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const n = Math.min(sizes.length, positions.length >> 1);
  for (let i = 0; i < n; i++) {
    const x = positions[2 * i]!;
    const y = positions[2 * i + 1]!;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    const { width, height } = sizes[i]!;
    if (x - width / 2 < x0) x0 = x - width / 2;
    if (y - height / 2 < y0) y0 = y - height / 2;
    if (x + width / 2 > x1) x1 = x + width / 2;
    if (y + height / 2 > y1) y1 = y + height / 2;
  }
  return x0 > x1 ? { x: 0, y: 0, width: 0, height: 0 } : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The smallest area holding every box; empty (all zeros) for no boxes. */
export function boundsOf(rects: Iterable<Rect>): Bounds {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y, width, height } of rects) {
    x0 = Math.min(x0, x - width / 2);
    y0 = Math.min(y0, y - height / 2);
    x1 = Math.max(x1, x + width / 2);
    y1 = Math.max(y1, y + height / 2);
  }
  return x0 > x1 ? { x: 0, y: 0, width: 0, height: 0 } : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Moves points away from `centre` (or towards it, below 1) by `sx` along x and `sy` along y: a layout stretched, its
 * shape kept.
 */
export function stretchAbout(points: Iterable<Point>, centre: Point, sx: number, sy = sx): void {
  for (const p of points) {
    p.x = centre.x + (p.x - centre.x) * sx;
    p.y = centre.y + (p.y - centre.y) * sy;
  }
}

/** A pan-and-zoom transform as d3-zoom holds it: a screen point is `(k * x + this.x, k * y + this.y)`. */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

/** Space kept free along each edge of a viewport, in pixels. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The transform that shows `bounds` whole, centred in what `padding` leaves of `viewport` (pixels from every edge, or
 * from each: room for what floats over the view), at a scale kept within `minScale`–`maxScale` (so one small node is
 * not blown up, and a huge map still shows something).
 */
export function fitToView(
  bounds: Bounds,
  viewport: Size,
  padding: number | Insets = 0,
  { minScale = 0, maxScale = Infinity }: { minScale?: number; maxScale?: number } = {},
): ViewTransform {
  const { top, right, bottom, left } =
    typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const width = Math.max(0, viewport.width - left - right);
  const height = Math.max(0, viewport.height - top - bottom);
  const room = (available: number, needed: number) => (needed > 0 ? available / needed : Infinity);
  const fit = Math.min(room(width, bounds.width), room(height, bounds.height));
  const k = Math.min(maxScale, Math.max(minScale, Number.isFinite(fit) ? fit : 1));
  return {
    x: left + width / 2 - k * (bounds.x + bounds.width / 2),
    y: top + height / 2 - k * (bounds.y + bounds.height / 2),
    k,
  };
}

function angleOf(from: Point, to: Point): number {
  return (Math.atan2(to.y - from.y, to.x - from.x) * 180) / Math.PI;
}

/** `x,y` rounded to a tenth of a pixel: small SVG, stable golden files. */
function xy({ x, y }: Point): string {
  return `${round(x)},${round(y)}`;
}

function round(value: number): number {
  // `+ 0` turns -0 into 0, so "-0" never appears in a path.
  return Math.round(value * 10) / 10 + 0;
}

/**
 * For moving between nodes with the arrow keys: the placed point (in an interleaved positions buffer) to go to from
 * point `from` in direction (`dx`, `dy`), among those ahead of it within about 60° either side, the one nearest
 * along the way with sideways offset counting double. -1 when there is none that way.
 */
export function nearestInDirection(positions: Float64Array, from: number, dx: number, dy: number): number {
  const x = positions[2 * from]!;
  const y = positions[2 * from + 1]!;
  let [best, bestScore] = [-1, Infinity];
  for (let i = 0; 2 * i + 1 < positions.length; i++) {
    const ax = positions[2 * i]! - x;
    const ay = positions[2 * i + 1]! - y;
    if (i === from || Number.isNaN(ax) || Number.isNaN(ay)) continue;
    const along = ax * dx + ay * dy;
    const across = Math.abs(ax * dy - ay * dx);
    if (along <= 0 || across > 2 * along) continue;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [i, score];
  }
  return best;
}

/** The placed point (in an interleaved positions buffer) nearest to (`x`, `y`); -1 when none is placed. */
export function nearestTo(positions: Float64Array, x: number, y: number): number {
  let [best, bestDistance] = [-1, Infinity];
  for (let i = 0; 2 * i + 1 < positions.length; i++) {
    const d = Math.hypot(positions[2 * i]! - x, positions[2 * i + 1]! - y);
    if (d < bestDistance) [best, bestDistance] = [i, d];
  }
  return best;
}

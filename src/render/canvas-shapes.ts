import type { SvgEl } from './svg-tree.ts';

const num = (v: string | number | undefined) => Number(v ?? 0);

/**
 * The outline a drawing describes (a `rect` with optional `rx`, a `polygon` or a `path`) as SVG path data, so the
 * canvas view fills the very shapes the SVG view and the exports draw (`new Path2D(d)`).
 */
export function pathData(shape: SvgEl): string {
  const a = shape.attrs ?? {};
  if (shape.tag === 'path') return String(a.d ?? '');
  if (shape.tag === 'polygon')
    return `M${String(a.points ?? '')
      .trim()
      .split(/\s+/)
      .join('L')}Z`;
  if (shape.tag === 'rect') {
    const [x, y, w, h] = [num(a.x), num(a.y), num(a.width), num(a.height)];
    const r = Math.min(num(a.rx), w / 2, h / 2);
    if (!r) return `M${x},${y}H${x + w}V${y + h}H${x}Z`;
    return (
      `M${x + r},${y}H${x + w - r}A${r},${r} 0 0 1 ${x + w},${y + r}V${y + h - r}` +
      `A${r},${r} 0 0 1 ${x + w - r},${y + h}H${x + r}A${r},${r} 0 0 1 ${x},${y + h - r}V${y + r}` +
      `A${r},${r} 0 0 1 ${x + r},${y}Z`
    );
  }
  return '';
}

import type { EdgeKind, NodeKind } from '../model/types.ts';
import { edgeKinds, markerId, nodeKinds } from './kinds.ts';
import { el, type SvgEl } from './svg-tree.ts';
import { theme } from './theme.ts';

const ROW = 22;

/**
 * The legend: a swatch per node kind (shape and colour) and per edge kind (colour, dash, arrowhead), laid out in
 * `columns` columns. Markers come from `drawMarkers()`, which the caller puts in the same SVG.
 */
export function drawLegend(
  used: { nodeKinds: readonly NodeKind[]; edgeKinds: readonly EdgeKind[] },
  columns = 2,
  columnWidth = 150,
): { el: SvgEl; width: number; height: number } {
  const items: SvgEl[] = [];
  const place = (i: number) => ({ x: (i % columns) * columnWidth, y: Math.floor(i / columns) * ROW });
  const all = [
    ...used.nodeKinds.map((kind) => ({ kind, node: true as const })),
    ...used.edgeKinds.map((kind) => ({ kind, node: false as const })),
  ];
  all.forEach((item, i) => {
    const { x, y } = place(i);
    let swatch: SvgEl;
    let label: string;
    if (item.node) {
      const style = nodeKinds[item.kind];
      swatch = style.shape(30, 16);
      swatch.attrs = { ...swatch.attrs, fill: style.fill, stroke: style.stroke, 'stroke-width': style.strokeWidth };
      label = style.label;
    } else {
      const style = edgeKinds[item.kind];
      swatch = el('path', {
        d: 'M-16,0H14',
        stroke: style.colour,
        'stroke-width': style.width,
        'stroke-dasharray': style.dash,
        fill: 'none',
        'marker-end': `url(#${markerId(item.kind)})`,
      });
      label = style.label;
    }
    items.push(
      el('g', { transform: `translate(${x + 18},${y + 11})` }, [
        swatch,
        el('text', { x: 24, y: 4, 'font-size': 12, fill: theme.text }, undefined, label),
      ]),
    );
  });
  const rows = Math.ceil(all.length / columns);
  return {
    el: el('g', { class: 'legend', 'font-family': theme.font }, items),
    width: Math.min(columns, all.length) * columnWidth,
    height: rows * ROW,
  };
}

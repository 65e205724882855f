import { EDGE_KINDS } from '../model/types.ts';
import { edgeKinds, markerId, type EdgeKindStyle } from './kinds.ts';
import { el, type SvgEl } from './svg-tree.ts';

/** Marker bodies in a 10×10 box whose tip sits at (10, 5). */
const shapes: Record<EdgeKindStyle['marker'], (colour: string) => SvgEl[]> = {
  arrow: (c) => [el('path', { d: 'M0,0L10,5L0,10Z', fill: c })],
  tee: (c) => [
    el('path', { d: 'M0,1L8,5L0,9Z', fill: c }),
    el('rect', { x: 8, y: 0, width: 2.5, height: 10, fill: c }),
  ],
  open: (c) => [el('path', { d: 'M1,1L10,5L1,9', fill: 'none', stroke: c, 'stroke-width': 1.6 })],
  diamond: (c) => [el('path', { d: 'M0,5L5,1L10,5L5,9Z', fill: c })],
  cross: (c) => [el('path', { d: 'M2,1L10,9M2,9L10,1', stroke: c, 'stroke-width': 2 })],
  doubleBar: (c) => [
    el('path', { d: 'M0,1L6,5L0,9Z', fill: c }),
    el('rect', { x: 6.5, y: 0, width: 1.6, height: 10, fill: c }),
    el('rect', { x: 9, y: 0, width: 1.6, height: 10, fill: c }),
  ],
};

/** The `<defs>` with one arrowhead per edge kind, shared by the live map and the exports. */
export function drawMarkers(): SvgEl {
  return el(
    'defs',
    {},
    EDGE_KINDS.map((kind) => {
      const style = edgeKinds[kind];
      return el(
        'marker',
        {
          id: markerId(kind),
          viewBox: '0 0 10.6 10',
          refX: 10,
          refY: 5,
          markerWidth: 9,
          markerHeight: 9,
          markerUnits: 'userSpaceOnUse',
          orient: 'auto',
        },
        shapes[style.marker](style.colour),
      );
    }),
  );
}

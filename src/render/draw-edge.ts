import type { LoadedEdge } from '../model/types.ts';
import { edgeKinds, markerId } from './kinds.ts';
import { el, type SvgEl } from './svg-tree.ts';

/** The attributes of an edge's path (everything but its `d`), shared by the live map and the exports. */
export function edgeAttrs(edge: LoadedEdge): Record<string, string | number | undefined> {
  const style = edgeKinds[edge.kind];
  return {
    'data-from': edge.from,
    'data-to': edge.to,
    'data-kind': edge.kind,
    'data-edge-id': edge.id,
    fill: 'none',
    stroke: style.colour,
    'stroke-width': style.width,
    'stroke-dasharray': style.dash,
    'stroke-linecap': 'round',
    'marker-end': `url(#${markerId(edge.kind)})`,
  };
}

/** An edge as an SVG path, with a `<title>` saying what it is, for the exports. */
export function drawEdge(edge: LoadedEdge, d: string, title: string, extra: SvgEl['attrs'] = {}): SvgEl {
  return el('path', { ...edgeAttrs(edge), d, ...extra }, [el('title', {}, undefined, title)]);
}

import type { NodeBox } from '../layout/labels.ts';
import { boundsOf } from '../layout/geometry.ts';
import type { Point, Rect } from '../layout/types.ts';
import { EDGE_KINDS, NODE_KINDS, type LoadedMap } from '../model/types.ts';
import type { SceneSets } from '../state/selectors.ts';
import { drawEdge } from './draw-edge.ts';
import { drawNode, type ActorLook } from './draw-node.ts';
import { curvatures, routeEdges } from './edge-routes.ts';
import { edgeKinds } from './kinds.ts';
import { drawLegend } from './legend.ts';
import { drawMarkers } from './markers.ts';
import { el, serialize, type SvgEl } from './svg-tree.ts';
import { theme } from './theme.ts';

/** Everything the export needs: the map, what is shown and dimmed, and where the layout put each node. */
export interface ExportInput {
  map: LoadedMap;
  scene: SceneSets;
  positions: ReadonlyMap<string, Point>;
  boxes: ReadonlyMap<string, NodeBox>;
  actorLooks: ReadonlyMap<string, ActorLook>;
  /** The actors the view is filtered on, for the caption. */
  actors: readonly string[];
}

const MARGIN = 24;
const HEADER = 58;
const r1 = (n: number) => Math.round(n * 10) / 10;

/** A line saying which filter produced this view, so a reader of the file knows what was left out. */
function filterLine(input: ExportInput): string | undefined {
  const { map, scene, actors } = input;
  const parts: string[] = [];
  if (scene.focus && actors.length) {
    const names = actors.map((id) => map.actors.find((a) => a.id === id)?.name ?? id);
    parts.push(
      `Claims of ${names.join(', ')}${scene.focus === scene.present ? ' (others hidden)' : ' (others dimmed)'}`,
    );
  }
  const hiddenNodes = map.nodes.length - scene.present.nodes.size;
  if (hiddenNodes > 0) parts.push(`${hiddenNodes} of ${map.nodes.length} nodes hidden by filters`);
  return parts.length ? parts.join(' · ') : undefined;
}

/**
 * The map as a standalone SVG document: the visible nodes and edges (dimmed ones dimmed) fitted whole, with title,
 * legend and source credit. Pure: the same input gives the same text. It draws with the live map's own drawing code
 * and inlines every style as attributes, so the file needs nothing else and reads the same in a browser, an `<img>`
 * and a vector editor. All map text is escaped by the serializer; there are no scripts or event attributes.
 */
export function exportSvg(input: ExportInput, caption?: string): { svg: string; width: number; height: number } {
  const { map, scene, positions, boxes, actorLooks } = input;
  const nodes = map.nodes.filter((n) => scene.present.nodes.has(n.id) && positions.has(n.id) && boxes.has(n.id));
  const rectOf = (id: string): Rect | undefined => {
    const p = positions.get(id);
    const b = boxes.get(id);
    return p && b && scene.present.nodes.has(id) ? { ...p, width: b.width, height: b.height } : undefined;
  };
  const rects = nodes.map((n) => rectOf(n.id)!);
  const bounds = rects.length ? boundsOf(rects) : { x: 0, y: 0, width: 200, height: 100 };
  const edges = map.edges.filter((e) => scene.present.edges.has(e.id));
  const routes = routeEdges(edges, rectOf, curvatures(edges));
  const dimmed = (set: 'nodes' | 'edges', id: string) =>
    scene.focus && !scene.focus[set].has(id) ? theme.dimOpacity : undefined;

  const used = {
    nodeKinds: NODE_KINDS.filter((k) => nodes.some((n) => n.kind === k)),
    edgeKinds: EDGE_KINDS.filter((k) => edges.some((e) => e.kind === k)),
  };
  const legend = drawLegend(used, 3);
  const width = Math.ceil(Math.max(bounds.width, legend.width, 480) + 2 * MARGIN);
  const mapTop = HEADER;
  const legendTop = mapTop + bounds.height + MARGIN;
  const credit = map.sources.map((s) => `${s.publisher}${s.date ? ` (${s.date})` : ''}: ${s.title}`).join(' · ');
  const footerTop = legendTop + legend.height + 12;
  const height = Math.ceil(footerTop + 34);
  const dx = MARGIN - bounds.x + (width - 2 * MARGIN - bounds.width) / 2;
  const dy = mapTop - bounds.y;

  const labels = new Map(map.nodes.map((n) => [n.id, n.label]));
  const edgeEls: SvgEl[] = edges.flatMap((e) => {
    const route = routes.get(e.id);
    if (!route) return [];
    const from = labels.get(e.from) ?? e.from;
    const to = e.kind === 'undercuts' ? 'the link it targets' : (labels.get(e.to) ?? e.to);
    return [drawEdge(e, route.d, `${from} — ${edgeKinds[e.kind].label} → ${to}`, { opacity: dimmed('edges', e.id) })];
  });
  const nodeEls: SvgEl[] = nodes.map((n) => {
    const p = positions.get(n.id)!;
    const looks = n.actors.flatMap((a) => actorLooks.get(a) ?? []);
    return el(
      'g',
      {
        'data-node-id': n.id,
        'data-kind': n.kind,
        transform: `translate(${r1(p.x)},${r1(p.y)})`,
        opacity: dimmed('nodes', n.id),
      },
      drawNode(n, boxes.get(n.id)!, looks),
    );
  });
  const subtitle = caption ?? filterLine(input);
  const doc = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      version: '1.1',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': theme.font,
      lang: map.language,
    },
    [
      el('title', {}, undefined, map.title),
      el('desc', {}, undefined, map.description || `Argument map: ${map.title}`),
      drawMarkers(),
      el('rect', { width, height, fill: theme.background }),
      el('text', { x: MARGIN, y: 30, 'font-size': 20, 'font-weight': 700, fill: theme.text }, undefined, map.title),
      ...(subtitle ? [el('text', { x: MARGIN, y: 48, 'font-size': 12, fill: theme.muted }, undefined, subtitle)] : []),
      el('g', { transform: `translate(${r1(dx)},${r1(dy)})` }, [
        el('g', { class: 'edges' }, edgeEls),
        el('g', { class: 'nodes' }, nodeEls),
      ]),
      el('g', { transform: `translate(${MARGIN - 18},${r1(legendTop)})` }, [legend.el]),
      el('text', { x: MARGIN, y: footerTop + 14, 'font-size': 11, fill: theme.muted }, undefined, `Sources: ${credit}`),
      el('text', { x: MARGIN, y: footerTop + 28, 'font-size': 11, fill: theme.muted }, undefined, 'Made with Capot'),
    ],
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(doc)}\n`, width, height };
}

import { useMemo, useState } from 'react';
import { approximateMeasure } from '../layout/measure.ts';
import { nodeBox, type NodeBox } from '../layout/labels.ts';
import { nodeOrder, toLayoutGraph } from '../layout/graph.ts';
import { LARGE_MAP } from '../layout/placement.ts';
import { buildIndex } from '../model/queries.ts';
import { useAppStore } from '../state/context.tsx';
import { selectScene } from '../state/selectors.ts';
import { actorColours, initials } from './actors.ts';
import type { ActorLook } from './draw-node.ts';
import { createMeasure } from './measure-canvas.ts';

/** Maps with more nodes than this are drawn on a canvas, with the layout in a Web Worker. */
export const CANVAS_THRESHOLD = LARGE_MAP;

/**
 * What both map views (SVG and canvas) derive from the store: boxes, actor looks, the layout graph of what is present,
 * the edges to draw. Memoised on the map and the filters, never on positions.
 */
export function useMapModel() {
  const map = useAppStore((s) => s.map)!;
  const scene = useAppStore(selectScene)!;
  const [browserMeasure] = useState(createMeasure);
  const boxes = useMemo(() => {
    // Canvas maps are sized by the layout's own estimate (a little wide, so text always fits): asking the browser's
    // font metrics first costs a large map's first paint tens of milliseconds.
    const measure = map.nodes.length > CANVAS_THRESHOLD ? approximateMeasure : browserMeasure;
    const out = new Map<string, NodeBox>();
    for (const node of map.nodes) out.set(node.id, nodeBox(node, measure));
    return out;
  }, [map, browserMeasure]);
  const actorLooks = useMemo(() => {
    const colours = actorColours(map);
    return new Map<string, ActorLook>(
      map.actors.map((a) => [a.id, { name: a.name, initials: initials(a.name), colour: colours.get(a.id)! }]),
    );
  }, [map]);
  const index = buildIndex(map);
  const graph = useMemo(() => toLayoutGraph(map, (n) => boxes.get(n.id)!, scene.present), [map, boxes, scene.present]);
  const presentEdges = useMemo(() => map.edges.filter((e) => scene.present.edges.has(e.id)), [map, scene.present]);
  const order = nodeOrder(graph);
  return { map, scene, boxes, actorLooks, index, graph, presentEdges, order };
}

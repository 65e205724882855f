import { useCallback, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import 'd3-transition';
import { nodeBox, type NodeBox } from '../layout/labels.ts';
import { toLayoutGraph } from '../layout/graph.ts';
import { createForceLayout, type ForceLayout } from '../layout/simulation.ts';
import { boundsOf, fitToView } from '../layout/geometry.ts';
import type { Point, Rect } from '../layout/types.ts';
import { buildIndex } from '../model/queries.ts';
import { useAppStore, useAppStoreApi } from '../state/context.tsx';
import { selectScene } from '../state/selectors.ts';
import { actorColours, initials } from './actors.ts';
import type { ActorLook } from './draw-node.ts';
import { curvatures, routeEdges } from './edge-routes.ts';
import type { ExportInput } from './export-svg.ts';
import { createMeasure } from './measure-canvas.ts';
import { drawMarkers } from './markers.ts';
import { MapEdge } from './MapEdge.tsx';
import { MapNode } from './MapNode.tsx';
import { toReact } from './to-react.tsx';
import { ViewContext, type ViewContextValue } from './view-context.ts';
import { createNodeDrag } from './node-drag.ts';

/** What the toolbar and the exporters ask of the map view. */
export interface MapViewHandle {
  zoomBy: (factor: number) => void;
  fit: () => void;
  /** Everything an export needs, as the map stands now. */
  snapshot: () => ExportInput | null;
}

const SCALE_EXTENT: [number, number] = [0.08, 4];
const FIT_PADDING = 32;

/**
 * The live map: React renders which nodes and edges exist and how they look; the force layout moves them. One clock:
 * this view's requestAnimationFrame loop ticks the layout and writes `transform` and `d` straight into the registered
 * elements (no per-tick React renders, no positions in the store).
 */
export function MapView({ ref }: { ref?: Ref<MapViewHandle> }) {
  const store = useAppStoreApi();
  const map = useAppStore((s) => s.map)!;
  const scene = useAppStore(selectScene)!;
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const [measure] = useState(createMeasure);
  const boxes = useMemo(() => new Map<string, NodeBox>(map.nodes.map((n) => [n.id, nodeBox(n, measure)])), [map, measure]);
  const actorLooks = useMemo(() => {
    const colours = actorColours(map);
    return new Map<string, ActorLook>(
      map.actors.map((a) => [a.id, { name: a.name, initials: initials(a.name), colour: colours.get(a.id)! }]),
    );
  }, [map]);
  const index = buildIndex(map);
  const graph = useMemo(() => toLayoutGraph(map, (n) => boxes.get(n.id)!, scene.present), [map, boxes, scene.present]);
  const presentEdges = useMemo(() => map.edges.filter((e) => scene.present.edges.has(e.id)), [map, scene.present]);
  const bends = useMemo(() => curvatures(presentEdges), [presentEdges]);
  const order = useMemo(() => new Map(graph.nodes.map((n, i) => [n.id, i])), [graph]);

  // Mutable, per-frame world of the view: read by the frame loop, never rendered.
  const live = useRef({
    layout: null as ForceLayout | null,
    nodes: new Map<string, SVGGElement>(),
    edges: new Map<string, SVGPathElement>(),
    written: new WeakMap<Element, string>(),
    frame: 0,
    zoom: null as ZoomBehavior<SVGSVGElement, unknown> | null,
    pendingMarks: null as null | { settled: boolean },
    order,
    presentEdges,
    bends,
    boxes,
  });
  Object.assign(live.current, { order, presentEdges, bends, boxes });

  const positionOf = useCallback((id: string): Point | undefined => {
    const { layout, order } = live.current;
    const i = order.get(id);
    const p = layout?.positions();
    return i === undefined || !p || 2 * i + 1 >= p.length ? undefined : { x: p[2 * i]!, y: p[2 * i + 1]! };
  }, []);
  const rectOf = useCallback(
    (id: string): Rect | undefined => {
      const p = positionOf(id);
      const box = live.current.boxes.get(id);
      return p && box ? { x: p.x, y: p.y, width: box.width, height: box.height } : undefined;
    },
    [positionOf],
  );

  const write = (el: Element, name: string, value: string) => {
    if (live.current.written.get(el) === value) return;
    live.current.written.set(el, value);
    el.setAttribute(name, value);
  };
  const paintNode = (id: string, el: SVGGElement) => {
    const p = positionOf(id);
    if (p) write(el, 'transform', `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
  };
  const paint = () => {
    const { nodes, edges, presentEdges, bends } = live.current;
    for (const [id, el] of nodes) paintNode(id, el);
    const routes = routeEdges(presentEdges, rectOf, bends);
    for (const [id, el] of edges) {
      const route = routes.get(id);
      if (route) write(el, 'd', route.d);
    }
  };
  const paintRef = useRef(paint);
  paintRef.current = paint;

  const kick = useCallback(() => {
    const l = live.current;
    if (l.frame) return;
    const loop = () => {
      l.frame = 0;
      const moving = l.layout?.step() ?? false;
      paintRef.current();
      if (moving) l.frame = requestAnimationFrame(loop);
      else if (l.pendingMarks && !l.pendingMarks.settled) {
        l.pendingMarks.settled = true;
        performance.mark('capot:settled');
      }
    };
    l.frame = requestAnimationFrame(loop);
  }, []);

  const fitTransform = useCallback(() => {
    const svg = svgRef.current;
    const rects = [...live.current.order.keys()].flatMap((id) => rectOf(id) ?? []);
    if (!svg || rects.length === 0) return zoomIdentity;
    const { x, y, k } = fitToView(boundsOf(rects), { width: svg.clientWidth, height: svg.clientHeight }, FIT_PADDING, {
      minScale: SCALE_EXTENT[0],
      maxScale: 1.25,
    });
    return zoomIdentity.translate(x, y).scale(k);
  }, [rectOf]);

  // The layout controller: one per mounted view.
  useLayoutEffect(() => {
    const l = live.current;
    l.layout = createForceLayout();
    return () => {
      cancelAnimationFrame(l.frame);
      l.frame = 0;
      l.layout?.destroy();
      l.layout = null;
    };
  }, []);

  // Pan and zoom: one transform on one <g>, d3-zoom bound to the React-owned <svg>.
  useLayoutEffect(() => {
    const svg = svgRef.current!;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      // d3's default filter, plus: a synthetic pointer event with no window cannot start a pan.
      .filter((e: MouseEvent) => (!e.ctrlKey || e.type === 'wheel') && !e.button && (e.type === 'wheel' || e.view != null))
      // The element's own size (d3's default reads SVG length attributes, which not every DOM implements).
      .extent(() => [
        [0, 0],
        [svg.clientWidth || 1, svg.clientHeight || 1],
      ])
      .on('zoom', (event: { transform: { toString(): string } }) =>
        viewportRef.current?.setAttribute('transform', event.transform.toString()),
      )
      // Remembered once a gesture ends (not per event), so a reload can restore the view.
      .on('end', (event: { transform: { x: number; y: number; k: number } }) => {
        const { x, y, k } = event.transform;
        store.getState().setView({ x, y, k });
      });
    select(svg).call(behaviour).on('dblclick.zoom', null);
    live.current.zoom = behaviour;
    return () => {
      select(svg).on('.zoom', null);
    };
  }, [store]);

  // A new graph (a new map, or a filter): keep places, warm up a fresh layout before the first paint.
  useLayoutEffect(() => {
    const l = live.current;
    const layout = l.layout;
    if (!layout) return;
    const afresh = layout.setGraph(graph);
    // Pins are the user's: a node dropped somewhere stays there through filters and reloads.
    const { pins, view } = store.getState();
    for (const n of graph.nodes) {
      const pin = pins[n.id];
      if (pin) layout.pin(n.id, pin.x, pin.y);
    }
    if (afresh) {
      layout.warmUp();
      paintRef.current();
      const start = view ? zoomIdentity.translate(view.x, view.y).scale(view.k) : fitTransform();
      if (l.zoom && svgRef.current) select(svgRef.current).call(l.zoom.transform, start);
      const marks = { settled: false };
      l.pendingMarks = marks;
      // The frame that paints this first view; it runs before the frame loop's first frame (rAF keeps order).
      requestAnimationFrame(() => performance.mark('capot:first-paint'));
    } else paintRef.current();
    kick();
  }, [graph, kick, fitTransform, store]);

  const drag = useMemo(
    () =>
      createNodeDrag({
        positionOf,
        pin: (id, x, y) => {
          live.current.layout?.pin(id, x, y);
          kick();
        },
        drop: (id) => {
          const p = positionOf(id);
          if (p) store.getState().setPin(id, p);
        },
      }),
    [positionOf, kick, store],
  );

  const context = useMemo<ViewContextValue>(
    () => ({
      nodeById: index.nodeById,
      edgeById: index.edgeById,
      boxes,
      actorLooks,
      registerNode: (id, el) => {
        const { nodes } = live.current;
        if (!el) return void nodes.delete(id);
        nodes.set(id, el);
        select(el).call(drag);
        paintNode(id, el);
      },
      registerEdge: (id, el) => {
        if (el) live.current.edges.set(id, el);
        else live.current.edges.delete(id);
      },
      onNodeDoubleClick: (id) => {
        live.current.layout?.release(id);
        store.getState().releasePin(id);
        kick();
      },
    }),
    // paintNode reads only refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, boxes, actorLooks, drag, kick, store],
  );

  useImperativeHandle(
    ref,
    () => ({
      zoomBy: (factor) => {
        const { zoom: z } = live.current;
        if (z && svgRef.current) select(svgRef.current).transition().duration(250).call(z.scaleBy, factor);
      },
      fit: () => {
        const { zoom: z } = live.current;
        if (z && svgRef.current) select(svgRef.current).transition().duration(400).call(z.transform, fitTransform());
      },
      snapshot: () => {
        const s = store.getState();
        const sc = selectScene(s);
        if (!s.map || !sc) return null;
        const positions = new Map<string, Point>();
        for (const id of live.current.order.keys()) {
          const p = positionOf(id);
          if (p) positions.set(id, p);
        }
        return { map: s.map, scene: sc, positions, boxes, actorLooks, actors: s.actors };
      },
    }),
    [store, fitTransform, positionOf, boxes, actorLooks],
  );

  const onKeyDown = (e: React.KeyboardEvent) => {
    const { zoom: z } = live.current;
    if (!z || !svgRef.current) return;
    if (e.key === '+' || e.key === '=') select(svgRef.current).call(z.scaleBy, 1.25);
    else if (e.key === '-') select(svgRef.current).call(z.scaleBy, 0.8);
    else if (e.key === '0') select(svgRef.current).call(z.transform, fitTransform());
    else if (e.key === 'Escape') store.getState().select(null);
  };

  const nodeIds = graph.nodes.map((n) => n.id);
  return (
    <ViewContext.Provider value={context}>
      <svg
        ref={svgRef}
        className="map-svg"
        role="group"
        aria-label={`Argument map: ${map.title}`}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        onClick={() => store.getState().select(null)}
      >
        {toReact(drawMarkers())}
        <g ref={viewportRef}>
          <g className="edges">
            {presentEdges.map((e) => (
              <MapEdge key={e.id} id={e.id} />
            ))}
          </g>
          <g className="nodes">
            {nodeIds.map((id) => (
              <MapNode key={id} id={id} />
            ))}
          </g>
        </g>
      </svg>
    </ViewContext.Provider>
  );
}

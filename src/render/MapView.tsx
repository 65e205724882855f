import { useEffect, useMemo, useRef, type Ref } from 'react';
import { select } from 'd3-selection';
import { createMainThreadEngine } from '../layout/engine.ts';
import { useAppStore, useAppStoreApi } from '../state/context.tsx';
import { curvatures, routeEdges } from './edge-routes.ts';
import { drawMarkers } from './markers.ts';
import { MapEdge } from './MapEdge.tsx';
import { MapNode } from './MapNode.tsx';
import { createNodeDrag } from './node-drag.ts';
import { toReact } from './to-react.tsx';
import { CANVAS_THRESHOLD, useMapModel } from './use-map-model.ts';
import { keyCommands, useMapRuntime, type MapViewHandle } from './use-map-runtime.ts';
import { ViewContext, type ViewContextValue } from './view-context.ts';
import { CanvasMapView } from './CanvasMapView.tsx';
import { dropMapCanvas } from './prepared-canvas.ts';

export type { MapViewHandle } from './use-map-runtime.ts';

/** The map on screen: SVG for the maps people write by hand, canvas for the large ones argument mining produces. */
export function MapView({ ref }: { ref?: Ref<MapViewHandle> | undefined }) {
  const map = useAppStore((s) => s.map);
  const large = (map?.nodes.length ?? 0) > CANVAS_THRESHOLD;
  // A canvas made in case the map would be large, and not taken by the canvas view when it rendered, goes.
  useEffect(() => dropMapCanvas(), [map]);
  return large ? <CanvasMapView ref={ref} /> : <SvgMapView ref={ref} />;
}

/**
 * The SVG map: React renders which nodes and edges exist and how they look; the force layout moves them. The frame
 * loop writes `transform` and `d` straight into the registered elements (no per-tick React renders, no positions in
 * the store), only when they changed.
 */
function SvgMapView({ ref }: { ref?: Ref<MapViewHandle> | undefined }) {
  const store = useAppStoreApi();
  const { map, boxes, actorLooks, index, graph, presentEdges, order } = useMapModel();
  // How edges bend (apart, where two run between the same boxes): the SVG view draws curves, the canvas lines.
  const bends = useMemo(() => curvatures(presentEdges), [presentEdges]);
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  // The elements the frame loop writes into, and what it last wrote (to skip unchanged writes).
  const elements = useRef({
    nodes: new Map<string, SVGGElement>(),
    edges: new Map<string, SVGPathElement>(),
    written: new WeakMap<Element, string>(),
  });
  const model = useRef({ presentEdges, bends });
  model.current = { presentEdges, bends };

  const write = (el: Element, name: string, value: string) => {
    if (elements.current.written.get(el) === value) return;
    elements.current.written.set(el, value);
    el.setAttribute(name, value);
  };
  const paintNode = (id: string, el: SVGGElement) => {
    const p = runtime.positionOf(id);
    if (p) write(el, 'transform', `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
  };
  const runtime = useMapRuntime({
    ref,
    surface: svgRef,
    createEngine: createMainThreadEngine,
    graph,
    order,
    boxes,
    actorLooks,
    paint: () => {
      const { nodes, edges } = elements.current;
      for (const [id, el] of nodes) paintNode(id, el);
      const routes = routeEdges(model.current.presentEdges, runtime.rectOf, model.current.bends);
      for (const [id, el] of edges) {
        const route = routes.get(id);
        if (route) write(el, 'd', route.d);
      }
    },
    // Pan and zoom: one transform on one <g>.
    onZoom: (t) => viewportRef.current?.setAttribute('transform', t.toString()),
  });
  const { positionOf, repaint, live } = runtime;

  const drag = useMemo(
    () =>
      createNodeDrag({
        positionOf,
        pin: (id, x, y) => {
          live.current.engine?.pin(id, x, y);
          repaint();
        },
        drop: (id) => {
          const p = positionOf(id);
          if (p) store.getState().setPin(id, p);
        },
      }),
    [positionOf, repaint, store, live],
  );

  const context = useMemo<ViewContextValue>(
    () => ({
      nodeById: index.nodeById,
      edgeById: index.edgeById,
      boxes,
      actorLooks,
      registerNode: (id, el) => {
        const { nodes } = elements.current;
        if (!el) return void nodes.delete(id);
        nodes.set(id, el);
        select(el).call(drag);
        repaint();
      },
      registerEdge: (id, el) => {
        if (el) elements.current.edges.set(id, el);
        else elements.current.edges.delete(id);
        repaint();
      },
      onNodeDoubleClick: (id) => {
        live.current.engine?.release(id);
        store.getState().releasePin(id);
        repaint();
      },
    }),
    [index, boxes, actorLooks, drag, repaint, store, live],
  );

  const onKeyDown = (e: { key: string }) => keyCommands(e, runtime, () => store.getState().select(null));

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
            {graph.nodes.map((n) => (
              <MapNode key={n.id} id={n.id} />
            ))}
          </g>
        </g>
      </svg>
    </ViewContext.Provider>
  );
}

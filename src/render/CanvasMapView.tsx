import { useEffect, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { select } from 'd3-selection';
import { drag, type D3DragEvent } from 'd3-drag';
import { createMainThreadEngine, type LayoutEngine } from '../layout/engine.ts';
import { nearestInDirection, nearestTo } from '../layout/geometry.ts';
import { createWorkerEngine } from '../layout/worker-engine.ts';
import { NODE_KIND_NAMES } from '../model/kinds.ts';
import { prepareIndex } from '../model/queries.ts';
import type { DebateNode } from '../model/types.ts';
import { useAppStoreApi } from '../state/context.tsx';
import { emphasisOf, selectHoverSet, selectScene } from '../state/selectors.ts';
import { createHitTester } from './canvas-hit.ts';
import { devicePixels, takeMapCanvas } from './prepared-canvas.ts';
import { canvasEdges, paintCanvas } from './canvas-paint.ts';
import type { ActorLook } from './draw-node.ts';
import { useMapModel } from './use-map-model.ts';
import { keyCommands, panning, useMapRuntime, type MapViewHandle } from './use-map-runtime.ts';

const createEngine = (onMessage: () => void): LayoutEngine =>
  typeof Worker === 'undefined' ? createMainThreadEngine() : createWorkerEngine(onMessage);

/**
 * The canvas map, for large maps: the layout runs in a Web Worker and streams positions; each frame paints only what
 * is on screen, with labels where they are readable. Hover, click, drag, pins, filters and exports behave as in the
 * SVG view; hit-testing finds the node under the pointer with a quadtree.
 */
export function CanvasMapView({ ref }: { ref?: Ref<MapViewHandle> | undefined }) {
  const store = useAppStoreApi();
  const model = useMapModel();
  const { map, boxes, actorLooks, index, graph, presentEdges, order } = model;
  // The canvas is made outside React: one prepared while the map was read already has its backing store
  // (`prepared-canvas.ts`). It goes into a host element of React's, before the runtime below looks for it.
  const [canvas] = useState(takeMapCanvas);
  const canvasRef = useRef(canvas);
  const hostRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    canvas.className = 'map-svg map-canvas';
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-roledescription', 'argument map');
    canvas.tabIndex = 0;
    hostRef.current!.append(canvas);
    return () => canvas.remove();
  }, [canvas]);
  const sizes = useMemo(() => graph.nodes.map((n) => ({ width: n.width, height: n.height })), [graph]);
  const hit = useMemo(() => createHitTester(sizes), [sizes]);
  const edges = useMemo(() => canvasEdges(presentEdges, order), [presentEdges, order]);
  // The keyboard's node: arrow keys move it, Enter opens it. A filter that removes it leaves none.
  const [cursorId, setCursor] = useState<string | null>(null);
  const cursor = cursorId !== null && order.has(cursorId) ? cursorId : null;
  const current = useRef({ model, hit, edges, cursor });
  current.current = { model, hit, edges, cursor };
  // The first paint needs only the index's lookups by id; its lists (for hovering, the actor filter, the details) are
  // built at the first idle moment after, so that the first hover or filter does not wait for them.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return prepareIndex(map);
    const id = requestIdleCallback(() => prepareIndex(map), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [map]);

  const paint = (spreading: boolean) => {
    const engine = runtime.live.current.engine;
    const ctx = canvas.getContext('2d', { alpha: false });
    if (!ctx || !engine) return;
    const s = store.getState();
    const scene = selectScene(s);
    if (!scene) return;
    const hoverSet = selectHoverSet(s);
    const { model: m, hit: h } = current.current;
    h.invalidate();
    paintCanvas({
      ctx,
      width: canvas.clientWidth,
      height: canvas.clientHeight,
      dpr: window.devicePixelRatio || 1,
      transform: runtime.live.current.transform,
      nodes: m.graph.nodes,
      positions: engine.positions(),
      boxes: m.boxes,
      nodeById: m.index.nodeById,
      edges: current.current.edges,
      actorLooks: m.actorLooks,
      emphasis: hoverSet || scene.focus ? (id, kind) => emphasisOf(scene, hoverSet, id, kind) : null,
      selected: s.selected,
      focused: current.current.cursor === null ? -1 : (m.order.get(current.current.cursor) ?? -1),
      sketch: spreading,
    });
  };

  /** The node under a pointer event, by id. */
  const nodeAt = (event: { clientX: number; clientY: number }): string | undefined => {
    const engine = runtime.live.current.engine;
    if (!engine) return undefined;
    const rect = canvas.getBoundingClientRect();
    const [x, y] = runtime.live.current.transform.invert([event.clientX - rect.left, event.clientY - rect.top]);
    const i = current.current.hit.find(engine.positions(), x, y);
    return i < 0 ? undefined : current.current.model.graph.nodes[i]?.id;
  };

  const runtime = useMapRuntime({
    ref,
    surface: canvasRef,
    createEngine,
    graph,
    order,
    boxes,
    actorLooks,
    paint,
    onZoom: () => runtime.repaint(),
    mayPan: (event) => nodeAt(event) === undefined,
  });
  const { repaint, live, positionOf } = runtime;

  // Any change of filters, hover, selection or pins shows in the next frame; so does the keyboard's node.
  useEffect(() => store.subscribe(() => repaint()), [store, repaint]);
  useEffect(() => repaint(), [cursor, repaint]);

  /** Moves the keyboard's node the way of an arrow key (from the node nearest the middle at first), in view. */
  const moveCursor = (dx: number, dy: number) => {
    const positions = live.current.engine?.positions();
    if (!positions) return;
    const { model: m, cursor: from } = current.current;
    const t = live.current.transform;
    const [w, h] = [canvas.clientWidth, canvas.clientHeight];
    const i =
      from === null
        ? nearestTo(positions, ...t.invert([w / 2, h / 2]))
        : nearestInDirection(positions, m.order.get(from)!, dx, dy);
    const id = m.graph.nodes[i]?.id;
    if (id === undefined) return;
    setCursor(id);
    store.getState().hover(id);
    const [x, y] = t.apply([positions[2 * i]!, positions[2 * i + 1]!]);
    const margin = 60;
    if (x < margin || y < margin || x > w - margin || y > h - margin) {
      // Moving the camera by keyboard is the user's camera move, as a pan would be.
      live.current.userMoved = true;
      runtime.setTransform(t.translate((w / 2 - x) / t.k, (h / 2 - y) / t.k), 250);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = ARROWS[e.key];
    if (step) {
      e.preventDefault();
      moveCursor(...step);
    } else if ((e.key === 'Enter' || e.key === ' ') && cursor !== null) {
      e.preventDefault();
      const { selected, select } = store.getState();
      select(selected === cursor ? null : cursor);
    } else keyCommands(e, runtime, () => store.getState().select(null));
  };
  const cursorNode = cursor === null ? undefined : index.nodeById.get(cursor);

  // What the canvas says of itself, and what it does with input, kept up to date without re-attaching listeners.
  const label = `Argument map: ${map.title}, ${graph.nodes.length} nodes and ${presentEdges.length} edges. Arrow keys move from node to node, Enter opens the one reached, plus and minus zoom, 0 fits the map.`;
  const fallback = `${index.nodeById.size} nodes`;
  useLayoutEffect(() => {
    canvas.setAttribute('aria-label', label);
    canvas.textContent = fallback;
  }, [canvas, label, fallback]);
  const handlers = {
    keydown: onKeyDown,
    focus: () => cursor !== null && store.getState().hover(cursor),
    blur: () => store.getState().hovered === cursor && store.getState().hover(null),
    click: (e: MouseEvent) => store.getState().select(nodeAt(e) ?? null),
    dblclick: (e: MouseEvent) => {
      const id = nodeAt(e);
      if (id === undefined) return;
      live.current.engine?.release(id);
      store.getState().releasePin(id);
    },
    pointermove: (e: PointerEvent) => {
      if (panning(canvas)) return;
      const id = nodeAt(e) ?? null;
      if (store.getState().hovered !== id) store.getState().hover(id);
      canvas.style.cursor = id ? 'pointer' : '';
    },
    pointerleave: () => store.getState().hover(null),
  } satisfies { [K in keyof HTMLElementEventMap]?: (e: HTMLElementEventMap[K]) => unknown };
  const latest = useRef(handlers);
  latest.current = handlers;
  useLayoutEffect(() => {
    const listeners = Object.keys(latest.current).map((type) => {
      const listener = (e: Event) => (latest.current[type as keyof typeof handlers] as (e: Event) => unknown)(e);
      canvas.addEventListener(type, listener);
      return () => canvas.removeEventListener(type, listener);
    });
    return () => listeners.forEach((remove) => remove());
  }, [canvas]);

  // The canvas backing store follows the element's size and the screen's pixel ratio.
  useLayoutEffect(() => {
    const resize = () => {
      const size = devicePixels(canvas);
      const [width, height] = [Math.max(1, size.width), Math.max(1, size.height)];
      // Each assignment reallocates the backing store, even to the same size.
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      repaint();
    };
    resize();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [canvas, repaint]);

  // Dragging a node pins it where it is dropped; over the background, d3-zoom pans instead.
  useLayoutEffect(() => {
    type Subject = { id: string; x: number; y: number };
    let moved = false;
    const behaviour = drag<HTMLCanvasElement, unknown, Subject | undefined>()
      .clickDistance(4)
      .container(() => canvas)
      .filter((event: MouseEvent) => !event.ctrlKey && !event.button && event.view != null)
      .subject((event: D3DragEvent<HTMLCanvasElement, unknown, Subject>) => {
        const id = nodeAt(event.sourceEvent as MouseEvent);
        const p = id === undefined ? undefined : positionOf(id);
        return id === undefined || !p ? undefined : { id, x: p.x, y: p.y };
      })
      .on('start', () => void (moved = false))
      .on('drag', (event: D3DragEvent<HTMLCanvasElement, unknown, Subject>) => {
        moved = true;
        const t = live.current.transform;
        const [x, y] = t.invert([event.x * t.k + t.x, event.y * t.k + t.y]);
        live.current.engine?.pin(event.subject.id, x, y);
        repaint();
      })
      .on('end', (event: D3DragEvent<HTMLCanvasElement, unknown, Subject>) => {
        const p = moved ? positionOf(event.subject.id) : undefined;
        if (p) store.getState().setPin(event.subject.id, p);
      });
    select(canvas).call(behaviour);
    return () => void select(canvas).on('.drag', null);
    // nodeAt reads refs only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [canvas, store, repaint, positionOf, live]);

  return (
    <>
      <div ref={hostRef} className="map-canvas-host" />
      <p className="visually-hidden map-announcer" aria-live="polite">
        {cursorNode
          ? describeNode(
              cursorNode,
              actorLooks,
              index.outgoing.get(cursorNode.id)?.length ?? 0,
              index.incoming.get(cursorNode.id)?.length ?? 0,
            )
          : ''}
      </p>
    </>
  );
}

const ARROWS: Readonly<Record<string, [number, number]>> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** What a screen reader says of the node the keyboard reached. */
function describeNode(node: DebateNode, looks: ReadonlyMap<string, ActorLook>, out: number, into: number): string {
  const actors = node.actors.map((a) => looks.get(a)?.name ?? a).join(', ');
  const links = out + into === 1 ? '1 link' : `${out + into} links`;
  return `${NODE_KIND_NAMES[node.kind]}: ${node.label}.${actors ? ` ${actors}.` : ''} ${links}.`;
}

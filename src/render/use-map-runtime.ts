import {
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type Ref,
  type RefObject,
} from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import 'd3-transition';
import type { LayoutEngine } from '../layout/engine.ts';
import { boundsOfPlaced, fitToView, type Insets } from '../layout/geometry.ts';
import type { LayoutGraph, Point, Rect } from '../layout/types.ts';
import type { NodeBox } from '../layout/labels.ts';
import { useAppStoreApi } from '../state/context.tsx';
import { selectScene } from '../state/selectors.ts';
import type { ExportInput } from './export-svg.ts';
import type { ActorLook } from './draw-node.ts';

/** What the toolbar and the exporters ask of the map view. */
export interface MapViewHandle {
  zoomBy: (factor: number) => void;
  fit: () => void;
  /** Everything an export needs, as the map stands now. */
  snapshot: () => ExportInput | null;
}

export const SCALE_EXTENT: [number, number] = [0.02, 4];
/** Set on the view's element while the user drags the map around. */
const PANNING = 'data-panning';
/** Whether the user is dragging the map around `el` (its pointer then hovers nothing). */
export const panning = (el: Element) => el.hasAttribute(PANNING);
/**
 * Room around a fitted map. The map tools float over the top right corner, one row of buttons 10 px from the top
 * (`.toolbar`): a fitted map starts below them, so none of its nodes hides behind a button.
 */
const FIT_PADDING: Insets = { top: 56, right: 32, bottom: 32, left: 32 };

interface RuntimeOptions<E extends Element> {
  ref: Ref<MapViewHandle> | undefined;
  surface: RefObject<E | null>;
  createEngine: (onMessage: () => void) => LayoutEngine;
  graph: LayoutGraph;
  order: ReadonlyMap<string, number>;
  boxes: ReadonlyMap<string, NodeBox>;
  actorLooks: ReadonlyMap<string, ActorLook>;
  /**
   * Draws the current positions (and transform); called from the frame loop only when something changed. `spreading`
   * is true while a new map's first layout is still moving, from its first paint until it settles: a view may draw
   * less then (nodes change place every frame, and nobody reads labels flying by).
   */
  paint: (spreading: boolean) => void;
  onZoom: (transform: ZoomTransform) => void;
  /** Whether a pointer-down at this event may start a pan (the canvas view says no over a node). */
  mayPan?: (event: MouseEvent) => boolean;
}

/**
 * The machinery both map views share: the layout engine's life, one frame loop (the only clock) that steps it and
 * paints, the User Timing marks, pan and zoom with d3-zoom on the view's element, pins and the saved view applied
 * to a new graph, and the handle the toolbar and exports use. Positions never pass through React.
 */
export function useMapRuntime<E extends Element>(options: RuntimeOptions<E>) {
  const store = useAppStoreApi();
  const opts = useRef(options);
  opts.current = options;
  const live = useRef({
    engine: null as LayoutEngine | null,
    frame: 0,
    dirty: true,
    zoom: null as ZoomBehavior<E, unknown> | null,
    transform: zoomIdentity,
    marks: null as null | { painted: boolean; settled: boolean; fitted: boolean },
    /** The user panned or zoomed since the map appeared: the camera is theirs from then on. */
    userMoved: false,
    /** The view's size, kept by a ResizeObserver: read every frame, it would force a layout of the page each time. */
    size: null as null | { width: number; height: number },
  });

  const positionOf = useCallback((id: string): Point | undefined => {
    const i = opts.current.order.get(id);
    const p = live.current.engine?.positions();
    if (i === undefined || !p || 2 * i + 1 >= p.length || Number.isNaN(p[2 * i]!)) return undefined;
    return { x: p[2 * i]!, y: p[2 * i + 1]! };
  }, []);
  const rectOf = useCallback(
    (id: string): Rect | undefined => {
      const p = positionOf(id);
      const box = opts.current.boxes.get(id);
      return p && box ? { x: p.x, y: p.y, width: box.width, height: box.height } : undefined;
    },
    [positionOf],
  );

  const size = () => {
    if (live.current.size) return live.current.size;
    const el = opts.current.surface.current as unknown as HTMLElement | null;
    return { width: el?.clientWidth || 1, height: el?.clientHeight || 1 };
  };
  const fitTransform = useCallback((): ZoomTransform => {
    const positions = live.current.engine?.positions();
    const bounds = positions ? boundsOfPlaced(positions, opts.current.graph.nodes) : null;
    if (!bounds || bounds.width === 0) return zoomIdentity;
    const { x, y, k } = fitToView(bounds, size(), FIT_PADDING, { minScale: SCALE_EXTENT[0], maxScale: 1.25 });
    return zoomIdentity.translate(x, y).scale(k);
  }, []);
  const setTransform = useCallback((t: ZoomTransform, duration = 0) => {
    const { zoom: z } = live.current;
    const el = opts.current.surface.current;
    if (!z || !el) return;
    if (duration) select(el).transition().duration(duration).call(z.transform, t);
    else select(el).call(z.transform, t);
  }, []);

  const zoomBy = useCallback((factor: number, duration = 250) => {
    // Zoom buttons and keys are the user's camera moves, saved like a wheel zoom.
    live.current.userMoved = true;
    const { zoom: z } = live.current;
    const el = opts.current.surface.current;
    if (!z || !el) return;
    if (duration) select(el).transition().duration(duration).call(z.scaleBy, factor);
    else select(el).call(z.scaleBy, factor);
  }, []);

  /** The Fit command: the whole map in view, as the user asked (so it is saved as their view). */
  const fit = useCallback(() => {
    live.current.userMoved = true;
    setTransform(fitTransform(), 400);
  }, [setTransform, fitTransform]);

  const kick = useCallback(() => {
    const l = live.current;
    if (l.frame) return;
    const loop = () => {
      const engine = l.engine;
      if (!engine) {
        l.frame = 0;
        return;
      }
      // `l.frame` stays set while this frame runs: a camera move below asks for a repaint (a kick), which this very
      // frame does. Cleared first, each such kick would start one more loop, and loops would double every frame.
      const moving = engine.step();
      // Something to paint: positions moved (stepped here, or a worker's message marked the view dirty) or the scene
      // changed. A worker between two messages leaves frames with nothing new, which are not painted again.
      const fresh = l.dirty || (moving && engine.stepMoves);
      const marks = l.marks;
      // Whether any position is known yet: asked only until the first paint, not on every frame of a large map.
      const known =
        !marks ||
        (marks.fitted && marks.painted) ||
        opts.current.order.size === 0 ||
        engine.positions().some((v) => !Number.isNaN(v));
      if (marks && !marks.fitted && known) {
        // The first positions: show the saved view, or fit the map, before painting them.
        marks.fitted = true;
        const view = store.getState().view;
        l.userMoved = view !== null;
        setTransform(view ? zoomIdentity.translate(view.x, view.y).scale(view.k) : fitTransform());
      } else if (fresh && marks?.fitted && !marks.settled && moving && !l.userMoved) {
        // A layout still spreading out (a large map's, in its worker) stays in view until the user takes the camera.
        setTransform(fitTransform());
      }
      // Nothing to draw until some position is known (a worker's first message).
      if (known && (l.dirty || fresh)) {
        opts.current.paint(moving && marks !== null && !marks.settled);
        l.dirty = false;
      }
      if (marks && known && !marks.painted) {
        marks.painted = true;
        markShown('capot:first-paint');
      }
      if (moving) {
        l.frame = requestAnimationFrame(loop);
        return;
      }
      l.frame = 0;
      if (marks?.painted && !marks.settled) {
        // The last ticks and the final overlap pass may have moved the edges of the map: one last fit.
        if (!l.userMoved) setTransform(fitTransform());
        marks.settled = true;
        markShown('capot:settled');
      }
    };
    l.frame = requestAnimationFrame(loop);
  }, [store, fitTransform, setTransform]);
  const repaint = useCallback(() => {
    live.current.dirty = true;
    kick();
  }, [kick]);

  // The layout engine: one per mounted view.
  useLayoutEffect(() => {
    const l = live.current;
    l.engine = opts.current.createEngine(repaint);
    return () => {
      cancelAnimationFrame(l.frame);
      l.frame = 0;
      l.engine?.destroy();
      l.engine = null;
    };
  }, [repaint]);

  // Pan and zoom: d3-zoom bound to the React-owned element; the view applies the transform itself.
  useLayoutEffect(() => {
    const el = opts.current.surface.current!;
    const behaviour = zoom<E, unknown>()
      .scaleExtent(SCALE_EXTENT)
      // d3's default filter, plus: no pan from a synthetic event with no window, nor where the view says no.
      .filter(
        (e: MouseEvent) =>
          (!e.ctrlKey || e.type === 'wheel') &&
          !e.button &&
          (e.type === 'wheel' || e.view != null) &&
          (e.type === 'wheel' || (opts.current.mayPan?.(e) ?? true)),
      )
      // The element's own size (d3's default reads SVG length attributes, which not every DOM implements).
      .extent(() => [
        [0, 0],
        [size().width, size().height],
      ])
      .on('start', (event: { sourceEvent: Event | null }) => {
        if (!event.sourceEvent) return;
        live.current.userMoved = true;
        // While the map is dragged, the nodes passing under the pointer are not hovered (no highlight flickering
        // on and off, no repaint for each): see `panning`.
        if (event.sourceEvent.type !== 'wheel') el.setAttribute(PANNING, '');
      })
      .on('zoom', (event: { transform: ZoomTransform }) => {
        live.current.transform = event.transform;
        opts.current.onZoom(event.transform);
      })
      // The user's view is remembered once a gesture ends (not per event), so a reload can restore it; the camera
      // moves the app makes on its own (fitting a map that is still spreading) are not the user's.
      .on('end', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        // Only a drag's own end (the pointer let go): a wheel gesture or a camera move ending meanwhile is not it.
        if (event.sourceEvent && event.sourceEvent.type !== 'wheel') el.removeAttribute(PANNING);
        if (!live.current.userMoved) return;
        const { x, y, k } = event.transform;
        store.getState().setView({ x, y, k });
      });
    select(el).call(behaviour).on('dblclick.zoom', null);
    live.current.zoom = behaviour;
    // The size, read once here and then only when it changes.
    const l = live.current;
    const measure = () => {
      const box = el as unknown as HTMLElement;
      l.size = { width: box.clientWidth || 1, height: box.clientHeight || 1 };
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      l.size = null;
      select(el).on('.zoom', null);
    };
  }, [store]);

  // A new graph (a new map, or a filter): keep places; a fresh layout is warmed up before its first paint.
  const { graph } = options;
  useLayoutEffect(() => {
    const l = live.current;
    const engine = l.engine;
    if (!engine) return;
    const { pins, start } = store.getState();
    const afresh = engine.setGraph(graph, start);
    // Pins are the user's: a node dropped somewhere stays there through filters and reloads.
    for (const n of graph.nodes) {
      const pin = pins[n.id];
      if (pin) engine.pin(n.id, pin.x, pin.y);
    }
    if (afresh) {
      engine.warmUp();
      l.marks = { painted: false, settled: false, fitted: false };
    } else if (l.marks?.painted) {
      // Nodes came or went (an isolating filter): nodes keep their places, and the camera eases to what is shown.
      setTransform(fitTransform(), 500);
    }
    repaint();
  }, [graph, store, repaint, setTransform, fitTransform]);

  useImperativeHandle(
    options.ref,
    () => ({
      zoomBy: (factor) => zoomBy(factor),
      fit,
      snapshot: () => {
        const s = store.getState();
        const scene = selectScene(s);
        if (!s.map || !scene) return null;
        const positions = new Map<string, Point>();
        for (const id of opts.current.order.keys()) {
          const p = positionOf(id);
          if (p) positions.set(id, p);
        }
        const { boxes, actorLooks } = opts.current;
        return { map: s.map, scene, positions, boxes, actorLooks, actors: s.actors };
      },
    }),
    [store, fit, positionOf, zoomBy],
  );

  return { live, positionOf, rectOf, kick, repaint, setTransform, fitTransform, zoomBy, fit };
}

/**
 * Records a User Timing mark once what was just drawn is on screen: when the next animation frame begins, by which
 * time the frame that was drawn has been committed. So the mark includes presenting the frame, not only the script
 * that drew it (and not the next frame's own work).
 */
function markShown(name: string): void {
  requestAnimationFrame(() => performance.mark(name));
}

/** Keys on the map: `+`/`-` zoom, `0` fits, Escape closes the details. */
export function keyCommands(
  e: Pick<KeyboardEvent, 'key'>,
  runtime: Pick<ReturnType<typeof useMapRuntime>, 'zoomBy' | 'fit'>,
  clear: () => void,
) {
  if (e.key === '+' || e.key === '=') runtime.zoomBy(1.25, 0);
  else if (e.key === '-') runtime.zoomBy(0.8, 0);
  else if (e.key === '0') runtime.fit();
  else if (e.key === 'Escape') clear();
}

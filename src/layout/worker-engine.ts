import { startingPositions } from './carry.ts';
import type { LayoutEngine } from './engine.ts';
import { packGraph, type FromWorker, type ToWorker } from './worker-protocol.ts';
import { nodeOrder } from './graph.ts';
import type { LayoutGraph, Point } from './types.ts';

/** Cooling for large maps: their starting placement is already close, and each tick costs a lot. */
export const LARGE_MAP_COOLING_TICKS = 160;

const spawn = () =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'capot-layout' });
let spare: Worker | null = null;

/**
 * Starts a layout worker ahead of need, while the page waits for a large map (a file being read or downloaded): its
 * script loads and its thread starts meanwhile, and the next {@link createWorkerEngine} takes it.
 */
export function prepareLayoutWorker(): void {
  if (typeof Worker !== 'undefined') spare ??= spawn();
}

/** The longest a worker engine without a prepared worker waits, after its first graph, before it starts one. */
const LATEST_START_MS = 1000;

/**
 * The force layout in a Web Worker, for large maps: the main thread only paints. `step()` reports whether the worker
 * is still moving the current graph; `positions()` is the latest buffer it sent for that graph (NaN until the first
 * arrives, a few milliseconds after `setGraph`). A drag moves the node here at once and tells the worker.
 *
 * Without a prepared worker, a first graph that this thread places itself (no saved layout to start from) starts one
 * only once the map's first frame is on screen, when the frame after it begins (or a second later, in a tab that draws
 * nothing). Starting a worker takes the page's main thread for 7 to 24 ms (traces), which would otherwise delay that
 * next frame; the first frame needs no worker. Messages wait until the worker exists.
 */
export function createWorkerEngine(onMessage: () => void): LayoutEngine {
  let worker = spare;
  spare = null;
  const waiting: Array<[ToWorker, Transferable[]]> = [];
  let destroyed = false;
  let version = 0;
  let buffer: Float64Array = new Float64Array(0);
  let order: ReadonlyMap<string, number> = new Map();
  let settled = false;
  const send = (message: ToWorker, transfer: Transferable[] = []) => {
    if (worker) worker.postMessage(message, transfer);
    else waiting.push([message, transfer]);
  };
  const receive = (event: MessageEvent<FromWorker>) => {
    const { data } = event;
    if (data.version !== version) return; // positions of a graph that is gone
    buffer = data.positions;
    settled = data.settled;
    onMessage();
  };
  const startWorker = () => {
    if (worker || destroyed) return;
    worker = spawn();
    worker.onmessage = receive;
    for (const [message, transfer] of waiting.splice(0)) worker.postMessage(message, transfer);
  };
  if (worker) worker.onmessage = receive;

  const positionOf = (id: string): Point | undefined => {
    const i = order.get(id);
    if (i === undefined || Number.isNaN(buffer[2 * i]!)) return undefined;
    return { x: buffer[2 * i]!, y: buffer[2 * i + 1]! };
  };

  return {
    setGraph(graph: LayoutGraph, start) {
      // The last graph's order still knows which nodes were on the map.
      const afresh = !graph.nodes.some((n) => order.has(n.id));
      order = nodeOrder(graph);
      version++;
      settled = false;
      const packed = packGraph(graph, order);
      // Its arrays are handed over, not copied: nothing here reads them again.
      const { idEnds, kinds, sizes, ends, linkKinds } = packed;
      const message: ToWorker = {
        type: 'graph',
        version,
        graph: packed,
        coolingTicks: LARGE_MAP_COOLING_TICKS,
        start: start ?? null,
      };
      send(message, [idEnds.buffer, kinds.buffer, sizes.buffer, ends.buffer, linkKinds.buffer]);
      // The worker's first layout (its layout's random source still fresh) starts from a placement this thread can work
      // out too, with the same default seed and code: shown at once, while the worker boots and prepares its forces.
      // Later graphs, and a layout that starts where it was saved, wait for the worker's positions.
      const shownHere = version === 1 && !start;
      buffer = shownHere ? startingPositions(graph) : new Float64Array(2 * graph.nodes.length).fill(NaN);
      if (shownHere && !worker) {
        // The first frame paints the map; a task after the second begins runs once that first one is shown.
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(startWorker)));
        setTimeout(startWorker, LATEST_START_MS);
      } else startWorker();
      return afresh;
    },
    warmUp: () => !settled,
    step: () => !settled,
    stepMoves: false,
    positions: () => buffer,
    positionOf,
    pin(id, x, y) {
      const i = order.get(id);
      if (i !== undefined) [buffer[2 * i], buffer[2 * i + 1]] = [x, y];
      settled = false;
      send({ type: 'pin', id, x, y });
    },
    release(id) {
      settled = false;
      send({ type: 'release', id });
    },
    destroy() {
      destroyed = true;
      worker?.terminate();
    },
  };
}

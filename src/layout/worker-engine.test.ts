import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startingPositions } from './carry.ts';
import { debateGraph } from './test-helpers.ts';
import { lcg } from './lcg.ts';
import type { ToWorker } from './worker-protocol.ts';
import { createWorkerEngine, prepareLayoutWorker } from './worker-engine.ts';

/** Stands in for the browser's Worker: records each one made and what it was sent. */
class FakeWorker {
  static made: FakeWorker[] = [];
  received: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: ToWorker) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('createWorkerEngine', () => {
  let frames: FrameRequestCallback[] = [];
  /** Runs the animation frame callbacks asked for so far (not those they ask for), then the timers that are due. */
  const nextFrame = () => {
    const due = frames;
    frames = [];
    due.forEach((callback) => callback(0));
    vi.advanceTimersByTime(0);
  };
  const graph = debateGraph(lcg(3), 40);

  beforeEach(() => {
    vi.useFakeTimers();
    FakeWorker.made = [];
    frames = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows a fresh map at once and starts its worker once the frame after the first has begun', () => {
    const engine = createWorkerEngine(() => {});
    engine.setGraph(graph);
    // The starting placement the worker's layout will begin from, worked out here.
    expect([...engine.positions()]).toEqual([...startingPositions(graph)]);
    expect(FakeWorker.made).toHaveLength(0);
    nextFrame(); // the map's first frame
    expect(FakeWorker.made).toHaveLength(0);
    nextFrame(); // the one after: the first is on screen
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('hands the worker everything sent before it started, in order', () => {
    const engine = createWorkerEngine(() => {});
    engine.setGraph(graph);
    engine.pin(graph.nodes[0]!.id, 10, 20);
    engine.release(graph.nodes[0]!.id);
    nextFrame();
    nextFrame();
    expect(FakeWorker.made[0]!.received.map((m) => m.type)).toEqual(['graph', 'pin', 'release']);
  });

  it('starts the worker within a second in a tab that draws no frames', () => {
    createWorkerEngine(() => {}).setGraph(graph);
    vi.advanceTimersByTime(999);
    expect(FakeWorker.made).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('starts the worker at once for a map that starts from a saved layout, which only the worker places', () => {
    const engine = createWorkerEngine(() => {});
    engine.setGraph(graph, { [graph.nodes[0]!.id]: { x: 0, y: 0 } });
    expect(FakeWorker.made).toHaveLength(1);
    expect(engine.positionOf(graph.nodes[0]!.id)).toBeUndefined();
  });

  it('takes a prepared worker rather than waiting to start one', () => {
    prepareLayoutWorker();
    expect(FakeWorker.made).toHaveLength(1);
    createWorkerEngine(() => {}).setGraph(graph);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.received).toHaveLength(1);
  });

  it('starts no worker once destroyed', () => {
    const engine = createWorkerEngine(() => {});
    engine.setGraph(graph);
    engine.destroy();
    nextFrame();
    nextFrame();
    vi.advanceTimersByTime(1000);
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('takes positions only from the worker’s answer to the latest graph', () => {
    const repaint = vi.fn();
    const engine = createWorkerEngine(repaint);
    engine.setGraph(graph);
    nextFrame();
    nextFrame();
    const worker = FakeWorker.made[0]!;
    engine.setGraph({ nodes: graph.nodes.slice(0, 10), links: [] });
    const positions = new Float64Array(20).fill(5);
    worker.onmessage!({ data: { version: 1, positions, settled: false, ticks: 1 } } as MessageEvent);
    expect(repaint).not.toHaveBeenCalled();
    worker.onmessage!({ data: { version: 2, positions, settled: true, ticks: 1 } } as MessageEvent);
    expect(repaint).toHaveBeenCalledOnce();
    expect(engine.positionOf(graph.nodes[3]!.id)).toEqual({ x: 5, y: 5 });
    expect(engine.step()).toBe(false);
  });
});

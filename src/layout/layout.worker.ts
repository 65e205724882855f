/// <reference lib="webworker" />
import { createForceLayout } from './simulation.ts';
import type { ForceLayout } from './force-layout.ts';
import { unpackGraph, type FromWorker, type ToWorker } from './worker-protocol.ts';

/**
 * The force layout off the main thread. It ticks as fast as it can in slices of about one frame, posts a copy of the
 * positions after each slice (transferred, not cloned), and yields between slices so pins and new graphs get in.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let layout: ForceLayout | null = null;
let version = 0;
let ticks = 0;
let running = false;
const SLICE_MS = 12;
const channel = new MessageChannel();

function post(settled: boolean) {
  const positions = layout!.positions().slice();
  const message: FromWorker = { version, positions, settled, ticks };
  scope.postMessage(message, [positions.buffer]);
}

function slice() {
  if (!layout) return;
  const deadline = performance.now() + SLICE_MS;
  let moving = true;
  while (moving && performance.now() < deadline) {
    moving = layout.step();
    ticks++;
  }
  post(!moving);
  running = moving;
  if (moving) channel.port2.postMessage(null);
}
channel.port1.onmessage = slice;

function run() {
  if (running) return;
  running = true;
  channel.port2.postMessage(null);
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'graph') {
    layout ??= createForceLayout({
      ticksPerFrame: 1e9,
      frameBudget: SLICE_MS,
      coolingTicks: message.coolingTicks,
      collideEvery: 2,
      flatManyBody: true,
    });
    version = message.version;
    ticks = 0;
    layout.setGraph(unpackGraph(message.graph), message.start);
    // The starting placement goes out at once, so the first paint need not wait for any tick.
    post(false);
    run();
  } else if (message.type === 'pin') {
    layout?.pin(message.id, message.x, message.y);
    run();
  } else {
    layout?.release(message.id);
    run();
  }
};

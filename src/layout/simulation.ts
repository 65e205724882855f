import { forceSimulation } from 'd3-force';
import { installForces, MIN_GAP, type SimLink } from './forces.ts';
import { lcg } from './lcg.ts';
import { carryGraph, type NodeMemory } from './carry.ts';
import { makeRoom, removeOverlaps } from './remove-overlaps.ts';
import type { ForceLayout, ForceLayoutOptions } from './force-layout.ts';
import type { LayoutGraph, Point, SimNode } from './types.ts';

export type { ForceLayout, ForceLayoutOptions } from './force-layout.ts';

const ALPHA_MIN = 0.002;
/** Reheat for a changed graph: enough for newcomers to find their place, too little to reshuffle the rest. */
const GENTLE_ALPHA = 0.1;
const DRAG_ALPHA = 0.15;
const RELEASE_ALPHA = 0.05;

/**
 * Creates a force layout. It never moves on its own (one clock): the view calls `warmUp()` before its first paint,
 * then `step()` from its own requestAnimationFrame loop, which also paints, while `step()` returns true, and starts
 * that loop again after `setGraph`, `pin` or `reheat`. Whenever the layout settles, a final pass moves boxes apart
 * so that no two overlap.
 *
 * The layout keeps its own nodes in a `Map` by id (d3-force mutates the nodes it is given) and takes only plain data,
 * so it can move into a Web Worker. With the same `random` and the same calls, it lays out the same map.
 */
export function createForceLayout(options: ForceLayoutOptions = {}): ForceLayout {
  const { onTick, random = lcg(), ticksPerFrame = 2, frameBudget = 8, now = () => performance.now() } = options;
  const memory: NodeMemory = { live: new Map(), departed: new Map() };
  const simulation = forceSimulation<SimNode, SimLink>().randomSource(random).alphaMin(ALPHA_MIN).stop();
  // d3's default decay cools from 1 to alphaMin in about 300 ticks; big maps may ask for fewer.
  if (options.coolingTicks) simulation.alphaDecay(1 - Math.pow(ALPHA_MIN, 1 / options.coolingTicks));
  let nodes: SimNode[] = [];
  let buffer = new Float64Array(0);
  let signature = '';
  let destroyed = false;
  const forceOptions = { collideEvery: options.collideEvery ?? 1, flatManyBody: options.flatManyBody ?? false };

  const settled = () => simulation.alpha() < ALPHA_MIN;
  const separate = () => removeOverlaps(nodes, (node) => node, MIN_GAP);
  const letGo = () => {
    for (const node of nodes) {
      if (node.held) Object.assign(node, { fx: null, fy: null, held: false });
      node.anchor = null;
    }
  };
  const tidy = () => {
    // Let go first: a newcomer wedged between held nodes is better nudged apart from them than sent far away.
    letGo();
    separate();
    for (const node of nodes) Object.assign(node, { vx: 0, vy: 0 });
    // Alpha 0 marks "settled and tidied"; any reheat lifts it again.
    simulation.alpha(0);
  };
  const run = (limit: number, deadline: number) => {
    for (let k = 0; k < limit && !settled() && (k === 0 || now() < deadline); k++) simulation.tick();
    if (settled() && simulation.alpha() > 0) tidy();
  };
  const publish = () => {
    nodes.forEach((node, i) => {
      buffer[2 * i] = node.x;
      buffer[2 * i + 1] = node.y;
    });
    onTick?.(buffer);
  };
  const reheat = (alpha = 0.3) => void simulation.alpha(Math.max(simulation.alpha(), alpha));

  function setGraph(graph: LayoutGraph, start?: Readonly<Record<string, Point>> | null): boolean {
    const key = signatureOf(graph);
    if (destroyed || key === signature) return false;
    signature = key;
    // A shipped layout is where a fresh layout's nodes start: to carryGraph, as if they had stood there before.
    const shipped = start != null && graph.nodes.every((n) => !memory.live.has(n.id));
    if (shipped) for (const { id } of graph.nodes) if (start[id]) memory.departed.set(id, { ...start[id] });
    const carried = carryGraph(memory, graph, random);
    nodes = carried.nodes;
    const afresh = carried.fresh.size === nodes.length;
    if (shipped && !afresh) {
      simulation.force('link', null).nodes(nodes);
      installForces(simulation, carried.links, forceOptions);
      // Taken as it is when every node has its place, spread just enough for boxes measured bigger than when it
      // was made (the browser's fonts); newcomers (the map changed since) ease in around the rest.
      if (carried.fresh.size === 0) {
        makeRoom(nodes, (node) => node, MIN_GAP);
        tidy();
      } else simulation.alpha(GENTLE_ALPHA);
      buffer = new Float64Array(2 * nodes.length);
      publish();
      return true;
    }
    // The old link force holds links to nodes that may have left: drop it before d3 re-initialises the forces.
    simulation.force('link', null).nodes(nodes);
    installForces(simulation, carried.links, forceOptions);
    if (afresh) {
      simulation.alpha(1);
    } else {
      // Nothing new (a filter hid nodes, or brought some back to their places): only overlaps have to move.
      if (carried.fresh.size === 0) separate();
      // Nodes already on the map hold still until the layout settles again, but for those near newcomers, which
      // are only anchored, to make room as the newcomers ease into place.
      for (const node of carried.kept) {
        if (node.fx != null || node.fy != null) continue;
        if (carried.still.has(node)) Object.assign(node, { fx: node.x, fy: node.y, held: true });
        else node.anchor = { x: node.x, y: node.y };
      }
      if (carried.fresh.size > 0) reheat(GENTLE_ALPHA);
    }
    buffer = new Float64Array(2 * nodes.length);
    publish();
    return afresh;
  }

  function stop(): void {
    if (destroyed) return;
    tidy();
    publish();
  }

  return {
    setGraph,
    warmUp(maxTicks = 300, budget = 250) {
      if (destroyed) return false;
      run(maxTicks, now() + budget);
      // The first paint shows no overlaps even if the budget ran out before the layout settled.
      if (!settled()) separate();
      publish();
      return !settled();
    },
    step() {
      if (destroyed || settled()) return false;
      run(ticksPerFrame, now() + frameBudget);
      publish();
      return !settled();
    },
    tick(n = 1) {
      if (destroyed) return;
      run(n, Infinity);
      publish();
    },
    reheat(alpha) {
      if (!destroyed) reheat(alpha);
    },
    pin(id, x, y) {
      const node = memory.live.get(id);
      if (!node) return;
      // A drag is the user moving things on purpose: nodes held since the last graph change follow it again.
      letGo();
      Object.assign(node, { x, y, fx: x, fy: y, vx: 0, vy: 0, held: false });
      reheat(DRAG_ALPHA);
      publish();
    },
    release(id) {
      const node = memory.live.get(id);
      if (!node) return;
      Object.assign(node, { fx: null, fy: null, held: false });
      reheat(RELEASE_ALPHA);
    },
    isSettled: settled,
    positions: () => buffer,
    positionOf(id) {
      const node = memory.live.get(id);
      return node && { x: node.x, y: node.y };
    },
    stop,
    destroy() {
      stop();
      destroyed = true;
      memory.live.clear();
      memory.departed.clear();
      nodes = [];
      simulation.force('link', null).nodes([]);
    },
  };
}

/** A cheap identity for a graph, so that setting the same graph again costs nothing. */
function signatureOf({ nodes, links }: LayoutGraph): string {
  const n = nodes.map(({ id, kind, width, height }) => `${id}\u0000${kind}\u0000${width}\u0000${height}`);
  const l = links.map(({ source, target, kind }) => `${source}\u0000${target}\u0000${kind}`);
  return `${n.join('\u0001')}\u0002${l.join('\u0001')}`;
}

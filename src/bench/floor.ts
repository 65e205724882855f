import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import { toLayoutGraph } from '../layout/graph.ts';
import type { LoadedMap } from '../model/types.ts';
import { median } from './stats.ts';

/** The compute floor of one map: d3-force's default simulation, ticked synchronously in Node until it cools. */
export interface Floor {
  /** Median wall time of the runs, in ms. */
  ms: number;
  /** Every run's time, in ms. */
  runs: number[];
  ticks: number;
  nodes: number;
  links: number;
}

interface FloorNode extends SimulationNodeDatum {
  id: string;
}

/**
 * Times d3-force's default simulation (many-body, link, centre, and a small collide force; default alpha decay,
 * so about 300 ticks) on the same graph the app lays out (undercuts become links to the ends of the edge they
 * attack). This is what laying out the map costs with no drawing at all: the floor the browser cannot beat with
 * the same algorithm on one thread.
 */
export function timeFloor(map: LoadedMap): { ms: number; ticks: number; nodes: number; links: number } {
  const graph = toLayoutGraph(map, () => ({ width: 0, height: 0 }));
  const start = performance.now();
  const nodes: FloorNode[] = graph.nodes.map(({ id }) => ({ id }));
  const links = graph.links.map(({ source, target }) => ({ source, target }));
  const simulation = forceSimulation(nodes)
    .force('charge', forceManyBody())
    .force(
      'link',
      forceLink<FloorNode, { source: string; target: string }>(links).id((d) => d.id),
    )
    .force('center', forceCenter())
    .force('collide', forceCollide(5))
    .stop();
  let ticks = 0;
  while (simulation.alpha() >= simulation.alphaMin()) {
    simulation.tick();
    ticks++;
  }
  return { ms: performance.now() - start, ticks, nodes: nodes.length, links: links.length };
}

type Cache = Record<string, Floor>;

/**
 * The floor of a map, from `cacheFile` when it holds enough runs under `key` (unless `fresh`), else measured (the
 * missing runs only) and written back.
 */
export function floorOf(map: LoadedMap, key: string, runs: number, cacheFile: string, fresh: boolean): Floor {
  const cache = readCache(cacheFile);
  const cached = fresh ? undefined : cache[key];
  const times = cached?.runs.slice(0, runs) ?? [];
  let shape = cached ?? { ticks: 0, nodes: 0, links: 0 };
  while (times.length < runs) {
    const { ms, ...rest } = timeFloor(map);
    times.push(ms);
    shape = rest;
  }
  const floor: Floor = { ms: median(times)!, runs: times, ticks: shape.ticks, nodes: shape.nodes, links: shape.links };
  if (!cached || cached.runs.length < runs) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ ...cache, [key]: floor }, null, 2) + '\n');
  }
  return floor;
}

function readCache(file: string): Cache {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Cache;
  } catch {
    return {};
  }
}

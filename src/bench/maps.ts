import { readFileSync } from 'node:fs';
import { generateMap } from '../model/generate.ts';
import { loadMap } from '../model/load.ts';
import type { LoadedMap } from '../model/types.ts';
import { formatProblems, validateMap } from '../model/validate.ts';

/**
 * One map the bench measures: a generated map of some size, made in the page (`generated`) or downloaded as a Capot
 * JSON file the bench serves, as a user's link to a map would open it (`file`); or the built-in map.
 */
export type MapSpec = { kind: 'generated' | 'file'; nodes: number } | { kind: 'builtin' };

/** `100`, `1,000`, `20,000 file`… or `builtin`, as the table shows it. */
export function specLabel(spec: MapSpec): string {
  if (spec.kind === 'builtin') return 'builtin';
  return `${spec.nodes.toLocaleString('en-US')}${spec.kind === 'file' ? ' file' : ''}`;
}

/** Reads `100,1000,5k,file:20k,builtin`. */
export function parseSizes(text: string): MapSpec[] {
  return text
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .map((s): MapSpec => {
      if (s === 'builtin') return { kind: 'builtin' };
      const count = s.replace(/^file:/, '');
      const nodes = Number(count.replace(/k$/, '')) * (count.endsWith('k') ? 1000 : 1);
      if (!Number.isInteger(nodes) || nodes < 1)
        throw new Error(`--sizes: "${s}" is neither a node count, "file:" and a node count, nor "builtin"`);
      return { kind: s.startsWith('file:') ? 'file' : 'generated', nodes };
    });
}

/** Where the bench serves the file of a `file` map. */
export function mapFilePath(nodes: number, seed: number): string {
  return `/bench-maps/generated-${nodes}-${seed}.json`;
}

/** The app's URL path for a map: the query string asks the app for a generated map, or for a file to download. */
export function appPath(spec: MapSpec, seed: number): string {
  if (spec.kind === 'builtin') return '/';
  return spec.kind === 'file' ? `/?map=${mapFilePath(spec.nodes, seed)}` : `/?generate=${spec.nodes}&seed=${seed}`;
}

/** The files the bench serves for its `file` maps, by path: each generated map as Capot JSON. */
export function mapFiles(specs: readonly MapSpec[], seed: number): Map<string, string> {
  const files = new Map<string, string>();
  for (const spec of specs)
    if (spec.kind === 'file')
      files.set(mapFilePath(spec.nodes, seed), JSON.stringify(generateMap({ nodes: spec.nodes, seed })));
  return files;
}

/** The very map the app shows for `spec`, for the Node compute floor. */
export function benchMap(spec: MapSpec, seed: number): LoadedMap {
  if (spec.kind !== 'builtin') return loadMap(generateMap({ nodes: spec.nodes, seed }));
  const file = new URL('../../data/ai-openness.json', import.meta.url);
  const result = validateMap(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(formatProblems(result.problems, 'ai-openness.json'));
  return result.map;
}

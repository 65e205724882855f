import { readFileSync } from 'node:fs';
import { generateMap } from '../model/generate.ts';
import { loadMap } from '../model/load.ts';
import type { LoadedMap } from '../model/types.ts';
import { formatProblems, validateMap } from '../model/validate.ts';

/** One map the bench measures: a generated map of some size, or the built-in map. */
export type MapSpec = { kind: 'generated'; nodes: number } | { kind: 'builtin' };

/** `100`, `1,000`… or `builtin`, as the table shows it. */
export function specLabel(spec: MapSpec): string {
  return spec.kind === 'builtin' ? 'builtin' : spec.nodes.toLocaleString('en-US');
}

/** Reads `100,1000,5k,builtin`. */
export function parseSizes(text: string): MapSpec[] {
  return text
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .map((s): MapSpec => {
      if (s === 'builtin') return { kind: 'builtin' };
      const nodes = Number(s.replace(/k$/, '')) * (s.endsWith('k') ? 1000 : 1);
      if (!Number.isInteger(nodes) || nodes < 1)
        throw new Error(`--sizes: "${s}" is neither a node count nor "builtin"`);
      return { kind: 'generated', nodes };
    });
}

/** The app's URL path for a map: the query string asks the app for a generated map. */
export function appPath(spec: MapSpec, seed: number): string {
  return spec.kind === 'builtin' ? '/' : `/?generate=${spec.nodes}&seed=${seed}`;
}

/** The very map the app shows for `spec`, for the Node compute floor. */
export function benchMap(spec: MapSpec, seed: number): LoadedMap {
  if (spec.kind === 'generated') return loadMap(generateMap({ nodes: spec.nodes, seed }));
  const file = new URL('../../data/ai-openness.json', import.meta.url);
  const result = validateMap(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(formatProblems(result.problems, 'ai-openness.json'));
  return result.map;
}

import type { DebateEdge, DebateMap } from './schema.ts';

export type * from './schema.ts';
export * from './kinds.ts';

/** One thing wrong with a map, located by its JSON path, said in words a map author understands. */
export interface MapProblem {
  /** JSON path as keys and indices, e.g. `['nodes', 3, 'actors', 0]`. */
  path: (string | number)[];
  /** The same path written for people: `nodes[3].actors[0]` (`(root)` for the document itself). */
  where: string;
  /** What is wrong and what was expected, e.g. `unknown actor "xai" (no actor has this id)`. */
  message: string;
}

export type ValidationResult = { ok: true; map: LoadedMap } | { ok: false; problems: MapProblem[] };

/** An edge after loading: every edge has an id (generated as `e<index>` when the author gave none). */
export type LoadedEdge = DebateEdge & { id: string };
/** A validated map as the app holds it: immutable, every edge with an id. */
export type LoadedMap = Omit<DebateMap, 'edges'> & { edges: LoadedEdge[] };

/** What a filter keeps, as id sets (never copies of nodes). */
export interface Visible {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

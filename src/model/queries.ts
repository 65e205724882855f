/**
 * Graph queries over a loaded map: pure functions over ids, returning `Set`s of ids, never copies of nodes.
 * One import for the app; each concept lives in its own file.
 */
export { buildIndex, prepareIndex, type MapIndex } from './map-index.ts';
export { actorClosure, actorsBehind, nodesOfActors } from './actors.ts';
export { neighbours, type NeighbourOptions } from './neighbours.ts';
export { filterGraph, type GraphFilter } from './filter-graph.ts';
export { usedKinds, type UsedKinds } from './used-kinds.ts';

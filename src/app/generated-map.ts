import { generateMap } from '../model/generate.ts';
import { freezeInPlace } from '../model/load.ts';
import { CANVAS_THRESHOLD } from '../render/use-map-model.ts';
import { mapArea, prepareMapCanvas } from '../render/prepared-canvas.ts';
import type { AppStore } from '../state/store.ts';

/** The largest map the URL may ask for: beyond it a mistyped number would only hang the tab. */
const MAX_NODES = 100_000;
/** How many tasks the map waits at most for the page to be rendered. */
const RENDER_TRIES = 20;

/**
 * Benchmarks and stress tests: when the page's query string says `?generate=<nodes>&seed=<seed>` (optionally
 * `&actors=<n>`), shows a generated argument-like map instead of the built-in one and returns true. The generator is
 * ours and always valid, so zod validation is skipped (it would dominate the load of a 20,000-node map); its edges
 * have their ids, and the map is frozen like any loaded map. Marks `capot:data-in` when the map enters the
 * store, so a benchmark can tell loading from drawing. The map is made in a task of its own, as a file or a download
 * would arrive, once the page is rendered.
 */
export function loadGeneratedMap(store: AppStore, search: string = window.location.search): boolean {
  const params = new URLSearchParams(search);
  const nodes = Number(params.get('generate'));
  if (!params.has('generate') || !Number.isInteger(nodes) || nodes < 1 || nodes > MAX_NODES) return false;
  const seed = Number(params.get('seed') ?? 1);
  const actors = Number(params.get('actors') ?? 8);
  /** Makes the map once the page is rendered (React renders it in a task of its own), or after `tries` tasks. */
  const make = (tries: number) => {
    if (!mapArea() && tries > 0) return void setTimeout(() => make(tries - 1));
    // A large map's canvas is made first, sized by the map area, as it is while a file is imported.
    if (nodes > CANVAS_THRESHOLD) prepareMapCanvas();
    // Fresh, and with its edge ids: frozen as it is rather than copied, as `loadMap` would.
    const map = freezeInPlace(
      generateMap({ nodes, seed: Number.isFinite(seed) ? seed : 1, actors: Number.isFinite(actors) ? actors : 8 }),
    );
    performance.mark('capot:data-in');
    store.getState().setMap(map);
  };
  setTimeout(() => make(RENDER_TRIES));
  return true;
}

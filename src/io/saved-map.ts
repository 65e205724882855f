import type { LoadedMap } from '../model/types.ts';
import type { ImportFormat } from './import-result.ts';

/** Kept maps are keyed by map id, prefixed so that no map id can take the built-in map's key (`builtin`). */
export const savedKey = (mapId: string) => `map:${mapId}`;

/** What the list of kept maps shows of each, without reading the map itself (which may be megabytes). */
export interface SavedMapSummary {
  /** The storage key: the map's id, so opening the same map again replaces its copy. */
  key: string;
  title: string;
  format: ImportFormat;
  /** The file or URL it was opened from. */
  source: string;
  /** When it was opened, as an ISO date-time. */
  savedAt: string;
  nodes: number;
}

/** A node pinned by hand, and the last pan and zoom: what the user arranged, kept with each map. */
export interface SavedArrangement {
  pins: Record<string, { x: number; y: number }>;
  view: { x: number; y: number; k: number } | null;
}

/** The storage the app keeps maps in. Every value read back is untrusted and re-checked by the caller. */
export interface MapLibrary {
  /** Summaries of every kept map, newest first; entries that are not summaries are left out. */
  list(): Promise<SavedMapSummary[]>;
  /** Keeps a map (replacing any with the same key). */
  put(summary: SavedMapSummary, map: LoadedMap): Promise<void>;
  /** The stored map document, as read back: validate it before use. `undefined` when there is none. */
  getMap(key: string): Promise<unknown>;
  getArrangement(key: string): Promise<unknown>;
  putArrangement(key: string, arrangement: SavedArrangement): Promise<void>;
  /** Forgets a map and its arrangement. */
  remove(key: string): Promise<void>;
  /** The key of the map shown last ('builtin' for the built-in one). */
  getLast(): Promise<string | undefined>;
  setLast(key: string): Promise<void>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const FORMATS: readonly string[] = ['capot', 'aif', 'argdown', 'kialo', 'unknown'];

/** A summary read back from storage, or `null` when the stored value is not one. */
export function readSummary(value: unknown): SavedMapSummary | null {
  if (!isObject(value)) return null;
  const { key, title, format, source, savedAt, nodes } = value;
  if (typeof key !== 'string' || key === '' || typeof title !== 'string' || typeof source !== 'string') return null;
  if (typeof format !== 'string' || !FORMATS.includes(format) || typeof savedAt !== 'string' || !finite(nodes)) {
    return null;
  }
  return { key, title, format: format as ImportFormat, source, savedAt, nodes };
}

/**
 * An arrangement read back from storage: pins that are not two finite numbers are dropped, and a view that is not
 * three finite numbers (with a positive scale) becomes `null`, so a damaged arrangement costs the arrangement only.
 */
export function readArrangement(value: unknown): SavedArrangement {
  const pins: SavedArrangement['pins'] = {};
  if (!isObject(value)) return { pins, view: null };
  if (isObject(value.pins)) {
    for (const [id, pin] of Object.entries(value.pins)) {
      if (!isObject(pin) || !finite(pin.x) || !finite(pin.y)) continue;
      // defineProperty, not assignment: a node id "__proto__" stays a key.
      const kept = { value: { x: pin.x, y: pin.y }, enumerable: true, writable: true, configurable: true };
      Object.defineProperty(pins, id, kept);
    }
  }
  const v = value.view;
  const view = isObject(v) && finite(v.x) && finite(v.y) && finite(v.k) && v.k > 0 ? { x: v.x, y: v.y, k: v.k } : null;
  return { pins, view };
}

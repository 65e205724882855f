import type { DebateMap, LoadedEdge, LoadedMap } from './types.ts';

/**
 * Turns a validated map into the map the app holds: every edge gets an id (`e<index>` when the author gave none,
 * suffixed when that id is taken), and the whole is a deep-frozen copy that shares nothing with its input.
 */
export function loadMap(map: DebateMap): LoadedMap {
  const taken = new Set(map.edges.flatMap((edge) => edge.id ?? []));
  const edges = map.edges.map((edge, index): LoadedEdge => {
    if (edge.id !== undefined) return { ...edge, id: edge.id };
    let id = `e${index}`;
    for (let n = 2; taken.has(id); n++) id = `e${index}-${n}`;
    taken.add(id);
    return { ...edge, id };
  });
  return frozenCopy({ ...map, edges });
}

/**
 * A deep copy of a JSON-like value in which every array and plain object is frozen. Keys are copied as own data
 * properties, so a `"__proto__"` key in imported data stays data.
 */
export function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = frozenCopy(value[i]);
    return Object.freeze(copy) as T;
  }
  if (isPlainObject(value)) {
    // Assigned key by key (objects of one shape share their layout, and a 20,000-node map copies several times faster
    // than through `Object.fromEntries`), except "__proto__", which assignment would take as the prototype.
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = frozenCopy(value[key]);
      if (key === '__proto__')
        Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
      else copy[key] = item;
    }
    return Object.freeze(copy) as T;
  }
  return value;
}

/**
 * Freezes every array and plain object in `value`, in place: for a value nobody else holds, such as a map fresh from
 * a worker (a structured clone), where {@link frozenCopy} would copy it whole only to drop the original.
 */
export function freezeInPlace<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const item of value) freezeInPlace(item);
    return Object.freeze(value) as T;
  }
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) freezeInPlace(value[key]);
    return Object.freeze(value) as T;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Defensive reading of a document that has not been validated yet. The cross-reference checks run even when the
 * structure is broken elsewhere, so every access here tolerates any value and answers "nothing" instead of throwing.
 */

/** A JSON object (not an array, not null). */
export type UnknownRecord = Record<string, unknown>;

/** Whether `value` is a JSON object: not null, not an array. */
export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property `key` of `value` when `value` is an object, else `undefined`. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** The list at `value`, or an empty list when it is anything else. */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `value` when it is usable as an id (a non-empty string), else `undefined`. */
export function idValue(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The `id` of an element of a collection, when it has a usable one. */
export function idOf(element: unknown): string | undefined {
  return idValue(field(element, 'id'));
}

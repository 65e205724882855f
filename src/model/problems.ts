import { field, idOf, idValue } from './read-unknown.ts';
import type { MapProblem } from './types.ts';

/** A JSON path as keys and indices, the shape of `MapProblem.path`. */
export type Path = MapProblem['path'];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Writes a JSON path for people: `nodes[3].actors[0]`, `nodes[0].axes["x-y"]`, `(root)` for the empty path. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(root)' : out;
}

/** Builds a problem from its path and message, filling in the people-friendly `where`. */
export function problem(path: readonly (string | number)[], message: string): MapProblem {
  return { path: [...path], where: formatPath(path), message };
}

/**
 * Names what a JSON value is, the way a map author would say it: `text "abc"`, `a number (3)`, `a list`, `null`.
 * Used after "got" in messages such as `expected text, got a number (3)`.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `text "${value.slice(0, 37)}…"` : `text ${JSON.stringify(value)}`;
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return `${value} (true/false)`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** Names a kind of JSON value the way `describeValue` does, for the "expected" side: `text`, `a number`, `a list`. */
export function describeExpected(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    record: 'an object',
    null: 'null',
  };
  return names[type] ?? type;
}

/**
 * One line per problem, for a terminal or a console:
 * `ai-openness.json › nodes[3].actors[0]: unknown actor "xai"`.
 */
export function formatProblems(problems: readonly MapProblem[], file?: string): string {
  const prefix = file === undefined || file === '' ? '' : `${file} › `;
  return problems.map((p) => `${prefix}${p.where}: ${p.message}`).join('\n');
}

/**
 * Names the element a problem is in, to start its message: `node "n3": `, or for an edge without id its ends,
 * `edge "a1" → "p1": `. Empty when the element has no usable id (the path already says which one it is).
 */
export function ownerPrefix(name: string, element: unknown): string {
  const id = idOf(element);
  if (id !== undefined) return `${name} ${JSON.stringify(id)}: `;
  const from = idValue(field(element, 'from'));
  const to = idValue(field(element, 'to'));
  return name === 'edge' && from && to ? `edge ${JSON.stringify(from)} → ${JSON.stringify(to)}: ` : '';
}

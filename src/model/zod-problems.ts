import { z } from 'zod';
import { COLLECTIONS } from './id-tables.ts';
import { describeExpected, describeValue, ownerPrefix, problem, type Path } from './problems.ts';
import { field, isRecord } from './read-unknown.ts';
import { MapSchema } from './schema.ts';
import { didYouMean } from './suggest.ts';
import type { MapProblem } from './types.ts';

/**
 * Zod reports problems in its own words ("Invalid input: expected string, received number"); map authors need ours:
 * `node "n3": expected text, got a number (3)`. Messages written in `schema.ts` ("must not be empty") are kept and
 * completed with the value found; zod's default ones are rewritten from the issue's data and the document itself.
 */

/** Zod's default messages start like this; messages written in `schema.ts` do not. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized)/;
/** The word for one element of each collection, by collection name. */
const ELEMENT_NAMES: Readonly<Record<string, string>> = COLLECTIONS;

/** Translates zod's issues into problems, one per unknown field (zod groups them per object). */
export function zodProblems(issues: readonly z.core.$ZodIssue[], input: unknown): MapProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(shapeAt(path) ?? {});
      return issue.keys.map((key) => {
        const hint = didYouMean(key, known) || (known.length > 0 ? ` (allowed: ${known.join(', ')})` : '');
        return problem([...path, key], `${ownerOf(input, [...path, key])}unknown field ${JSON.stringify(key)}${hint}`);
      });
    }
    return [problem(path, ownerOf(input, path) + describeIssue(issue, path, input))];
  });
}

function describeIssue(issue: z.core.$ZodIssue, path: Path, input: unknown): string {
  const key = path.at(-1);
  const parent = valueAt(input, path.slice(0, -1));
  const missing = typeof key === 'string' && !(isRecord(parent) && Object.hasOwn(parent, key));
  const value = valueAt(input, path);
  const custom = !ZOD_DEFAULT.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return `missing "${key}" (required)`;
      return `expected ${describeExpected(issue.expected)}, got ${describeValue(value)}`;
    case 'invalid_value': {
      const options = issue.values.map(String);
      const expected = options.length === 1 ? JSON.stringify(options[0]) : `one of ${options.join(', ')}`;
      if (missing) return `missing "${key}" (required): expected ${expected}`;
      if (typeof value !== 'string') return `expected ${expected}, got ${describeValue(value)}`;
      const what = typeof key === 'string' ? `${key} ` : '';
      return `unknown ${what}${JSON.stringify(value)}: expected ${expected}${didYouMean(value, options)}`;
    }
    case 'too_small':
    case 'too_big':
      if (custom) return issue.message + gotValue(value);
      return defaultBound(issue) + (typeof value === 'number' ? `, got ${value}` : '');
    case 'invalid_format':
      return (custom ? issue.message : `is not a valid ${issue.format}`) + gotValue(value);
    default:
      return issue.message;
  }
}

function defaultBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const bound = String(small ? issue.minimum : issue.maximum);
  const most = small ? 'at least' : 'at most';
  if (issue.origin === 'string') return `must be ${most} ${bound} characters long`;
  if (issue.origin === 'array') return `must have ${most} ${bound} items`;
  return `must be ${most} ${bound}`;
}

function gotValue(value: unknown): string {
  if (typeof value === 'number') return `, got ${value}`;
  if (typeof value === 'string')
    return value.trim() === '' ? (value === '' ? '' : ' (it has only spaces)') : `, got ${JSON.stringify(value)}`;
  return '';
}

/** `node "n3": ` for a problem inside `nodes[i]`; empty for the element itself and outside collections. */
function ownerOf(input: unknown, path: Path): string {
  const [collection, index] = path;
  if (typeof collection !== 'string' || typeof index !== 'number' || path.length < 3) return '';
  const name = ELEMENT_NAMES[collection];
  return name === undefined ? '' : ownerPrefix(name, valueAt(input, [collection, index]));
}

function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const key of path)
    value = typeof key === 'number' ? (Array.isArray(value) ? value[key] : undefined) : field(value, key);
  return value;
}

/** The shape of the object schema found at `path` in {@link MapSchema}, for listing its known fields. */
function shapeAt(path: Path): Record<string, unknown> | undefined {
  let schema: unknown = MapSchema;
  for (const key of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject && typeof key === 'string')
      schema = (schema.shape as Record<string, unknown>)[key];
    else if (schema instanceof z.ZodArray && typeof key === 'number') schema = schema.element;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType;
    else return undefined;
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : undefined;
}

function unwrap(schema: unknown): unknown {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap()) : schema;
}

import { checkCycles } from './cycles.ts';
import { checkEdges } from './edge-checks.ts';
import { checkFormat } from './format.ts';
import { collectIds } from './id-tables.ts';
import { loadMap } from './load.ts';
import { isRecord, type UnknownRecord } from './read-unknown.ts';
import { checkReferences } from './references.ts';
import { MapSchema } from './schema.ts';
import type { MapProblem, ValidationResult } from './types.ts';
import { zodProblems } from './zod-problems.ts';

export { checkFormat, formatVersion } from './format.ts';
export { formatProblems } from './problems.ts';

/**
 * Validates a document of unknown origin (parsed JSON, an importer's output) as a Capot map.
 *
 * The format is checked first ({@link checkFormat}): a file that is not a Capot map, or one from a newer Capot, gets
 * that one problem, since anything else said about it would be noise. Otherwise EVERY problem is returned at once:
 * structure (zod, translated into words a map author understands) and then what zod cannot express (duplicate ids,
 * dangling references, self-loops, undercuts and answers pointing at the wrong thing, membership cycles). The
 * cross-reference checks run even when the structure is broken elsewhere, as far as the data allows. Problems come
 * in document order (by top-level field, then element), so those of one node stay together.
 *
 * On success the map is a deep-frozen copy sharing nothing with `input`, every edge with an id.
 */
export function validateMap(input: unknown): ValidationResult {
  const formatProblem = checkFormat(input);
  if (formatProblem !== null || !isRecord(input)) {
    return { ok: false, problems: [formatProblem ?? { path: [], where: '(root)', message: 'not a Capot map' }] };
  }
  const parsed = MapSchema.safeParse(input);
  const problems = parsed.success ? [] : zodProblems(parsed.error.issues, input);
  problems.push(...crossReferenceProblems(input));
  if (!parsed.success || problems.length > 0) return { ok: false, problems: inDocumentOrder(problems) };
  return { ok: true, map: loadMap(parsed.data) };
}

/** Everything zod cannot check, on a document whose root is an object but whose content is not yet trusted. */
export function crossReferenceProblems(doc: UnknownRecord): MapProblem[] {
  const { ids, problems } = collectIds(doc);
  return [...problems, ...checkReferences(doc, ids), ...checkEdges(doc, ids), ...checkCycles(doc)];
}

const FIELD_ORDER = Object.keys(MapSchema.shape);

/** Sorts problems by top-level field (in schema order) and element index; stable, so zod's come first within one. */
function inDocumentOrder(problems: MapProblem[]): MapProblem[] {
  const rank = (p: MapProblem): [number, number] => {
    const [key, index] = p.path;
    const field = FIELD_ORDER.indexOf(String(key));
    return [
      p.path.length === 0 ? -1 : field === -1 ? FIELD_ORDER.length : field,
      typeof index === 'number' ? index : -1,
    ];
  };
  return problems
    .map((p) => ({ p, r: rank(p) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1])
    .map(({ p }) => p);
}

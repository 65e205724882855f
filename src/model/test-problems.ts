import { testDocument } from './test-map.ts';
import type { DebateMap, MapProblem } from './types.ts';
import { validateMap } from './validate.ts';

/** A test document typed loosely enough to break it in any way. */
export type LooseDocument = DebateMap & Record<string, unknown>;

/**
 * For tests: the problems {@link validateMap} finds in the test document after `change` breaks it.
 * Throws when the broken document validates, so a test cannot pass by finding nothing.
 */
export function problemsAfter(change: (doc: LooseDocument) => void): MapProblem[] {
  const doc = testDocument() as LooseDocument;
  change(doc);
  const result = validateMap(doc);
  if (result.ok) throw new Error('the changed document has no problems');
  return result.problems;
}

/** For tests: the element at `index` of a collection, as a plain record to change freely. */
export function element(doc: LooseDocument, collection: string, index: number): Record<string, unknown> {
  const value = (doc[collection] as unknown[] | undefined)?.[index];
  if (typeof value !== 'object' || value === null) throw new Error(`no ${collection}[${index}] in the test document`);
  return value as Record<string, unknown>;
}

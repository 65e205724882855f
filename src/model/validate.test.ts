import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testDocument } from './test-map.ts';
import { element, problemsAfter } from './test-problems.ts';
import { formatProblems, validateMap } from './validate.ts';

describe('validateMap on a valid map', () => {
  it('accepts the test document', () => {
    const result = validateMap(testDocument());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('gives every edge an id, e<index> by default, never colliding with an existing id', () => {
    const doc = testDocument();
    doc.edges[3] = { from: 'a-research', to: 'p-open', kind: 'supports' };
    doc.edges[0] = { ...doc.edges[0]!, id: 'e5' };
    doc.edges[5] = { from: 'a-misuse', to: 'p-closed', kind: 'supports' };
    const result = validateMap(doc);
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(result.map.edges.map((e) => e.id)).toEqual([
      'e5',
      'e-ans2',
      'e-contra',
      'e3',
      'e-att1',
      'e5-2',
      'e-sup3',
      'e-fact',
      'e-under',
    ]);
    expect(new Set(result.map.edges.map((e) => e.id)).size).toBe(doc.edges.length);
  });

  it('returns a deep-frozen map that shares nothing with its input', () => {
    const doc = testDocument();
    doc.nodes[0]!.data = { argdown: { tags: ['x'] } };
    const result = validateMap(doc);
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const node = result.map.nodes[0]!;
    expect(Object.isFrozen(result.map)).toBe(true);
    expect(Object.isFrozen(result.map.edges[0])).toBe(true);
    expect(Object.isFrozen(node.data?.argdown)).toBe(true);
    expect(node).not.toBe(doc.nodes[0]);
    expect(node.data?.argdown).not.toBe(doc.nodes[0]!.data.argdown);
    expect(node.data).toEqual({ argdown: { tags: ['x'] } });
  });
});

describe('validateMap on a document that is not a Capot map', () => {
  it.each([[null], [[]], ['a string'], [42]])('refuses a root that is not an object: %j', (input) => {
    const result = validateMap(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => [p.where, p.message.slice(0, 36)])).toEqual([
      ['(root)', 'not a Capot map: expected an object '],
    ]);
  });

  it('refuses a document without format, and says nothing else', () => {
    const { format: _format, ...doc } = testDocument();
    expect(validateMap({ ...doc, nodes: 'broken' })).toEqual({
      ok: false,
      problems: [
        { path: [], where: '(root)', message: 'not a Capot map: missing "format" (expected "format": "capot/1")' },
      ],
    });
  });

  it('refuses a newer format with one clear problem', () => {
    expect(validateMap({ format: 'capot/2', things: [] })).toEqual({
      ok: false,
      problems: [
        { path: ['format'], where: 'format', message: 'made by a newer Capot (capot/2); this one reads capot/1' },
      ],
    });
  });

  it('refuses an unknown format', () => {
    const result = validateMap({ ...testDocument(), format: 'aif' });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'unknown format "aif": expected "capot/1"',
    ]);
  });
});

describe('validateMap reports every problem at once', () => {
  it('lists structural and cross-reference problems together, with their paths', () => {
    const problems = problemsAfter((doc) => {
      element(doc, 'nodes', 1).kind = 'claim';
      element(doc, 'nodes', 2).axes = { openness: 2 };
      element(doc, 'nodes', 3).actors = ['xai'];
      element(doc, 'edges', 2).to = 'p-open';
      element(doc, 'edges', 6).id = 'e-ans1';
      element(doc, 'edges', 5).kind = 'undercuts';
      doc.title = '';
    });
    expect(problems.map((p) => p.where)).toEqual([
      'title',
      'nodes[1].kind',
      'nodes[2].axes.openness',
      'nodes[3].actors[0]',
      'edges[2]',
      'edges[5].to',
      'edges[6].id',
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'must not be empty',
      'node "p-open": unknown kind "claim": expected one of question, position, argument, fact',
      'node "p-closed": must be between -1 and 1, got 2',
      'node "a-research": unknown actor "xai" (no actor has this id)',
      'edge "e-contra": an edge cannot go from "p-open" to itself',
      'edge "e-sup2": undercuts must point to an edge id, but "p-closed" is a node (give the attacked edge an "id")',
      'duplicate edge id "e-ans1" (first used at edges[0])',
    ]);
    expect(formatProblems(problems, 'ai-openness.json').split('\n')[3]).toBe(
      'ai-openness.json › nodes[3].actors[0]: node "a-research": unknown actor "xai" (no actor has this id)',
    );
  });

  it('checks references even where the structure is broken elsewhere', () => {
    const problems = problemsAfter((doc) => {
      (doc.axes as unknown) = 'none';
      (doc.edges as unknown[]).push(null, { from: 'ghost', to: 7, kind: 'supports' });
    });
    expect(problems.map((p) => p.where)).toEqual(['axes', 'edges[9]', 'edges[10].to', 'edges[10].from']);
  });

  it('never throws, whatever the input', () => {
    const withFormat = fc.dictionary(fc.string(), fc.jsonValue()).map((doc) => ({ ...doc, format: 'capot/1' }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), withFormat), (input) => {
        const result = validateMap(input);
        expect(result.ok || result.problems.every((p) => typeof p.message === 'string' && p.where !== '')).toBe(true);
      }),
    );
  });

  it('never throws on a test document broken at random', () => {
    const keys = ['id', 'kind', 'from', 'to', 'actors', 'memberOf', 'parent', 'group', 'axes', 'quotes'];
    const collections = ['nodes', 'edges', 'actors', 'groups', 'sources', 'axes'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...collections),
        fc.nat(9),
        fc.constantFrom(...keys),
        fc.jsonValue(),
        (c, i, k, v) => {
          const doc = testDocument();
          const target = doc[c]?.[i] as Record<string, unknown> | undefined;
          if (target) target[k] = v;
          expect(() => validateMap(doc)).not.toThrow();
        },
      ),
    );
  });
});

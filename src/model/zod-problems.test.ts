import { describe, expect, it } from 'vitest';
import { element, problemsAfter, type LooseDocument } from './test-problems.ts';

const at = (index: number, doc: LooseDocument): Record<string, unknown> => element(doc, 'nodes', index);

describe('structural problems in words a map author understands', () => {
  it('names an unknown kind and lists the known ones', () => {
    expect(problemsAfter((doc) => (at(1, doc).kind = 'claim'))).toEqual([
      {
        path: ['nodes', 1, 'kind'],
        where: 'nodes[1].kind',
        message: 'node "p-open": unknown kind "claim": expected one of question, position, argument, fact',
      },
    ]);
  });

  it('suggests a close enum value', () => {
    const [p] = problemsAfter((doc) => (element(doc, 'actors', 0).kind = 'organisation'));
    expect(p?.where).toBe('actors[0].kind');
    expect(p?.message).toBe(
      'actor "mistral": unknown kind "organisation": expected one of person, organization, publication (did you mean "organization"?)',
    );
  });

  it('says which type was expected and which was found', () => {
    expect(problemsAfter((doc) => ((doc.title as unknown) = 3))).toEqual([
      { path: ['title'], where: 'title', message: 'expected text, got a number (3)' },
    ]);
    const [p] = problemsAfter((doc) => (at(0, doc).actors = 'mistral'));
    expect(p?.message).toBe('node "q": expected a list, got text "mistral"');
  });

  it('says a required field is missing', () => {
    expect(problemsAfter((doc) => delete at(0, doc).label)).toEqual([
      { path: ['nodes', 0, 'label'], where: 'nodes[0].label', message: 'node "q": missing "label" (required)' },
    ]);
    const [p] = problemsAfter((doc) => delete at(0, doc).kind);
    expect(p?.message).toBe('node "q": missing "kind" (required): expected one of question, position, argument, fact');
  });

  it('names an unknown field and suggests the right one', () => {
    expect(problemsAfter((doc) => (at(0, doc).lable = 'x'))).toEqual([
      {
        path: ['nodes', 0, 'lable'],
        where: 'nodes[0].lable',
        message: 'node "q": unknown field "lable" (did you mean "label"?)',
      },
    ]);
  });

  it('lists the allowed fields when no field is close, one problem per unknown field', () => {
    const problems = problemsAfter((doc) => {
      doc.colour = 'red';
      doc.sizes = 3;
    });
    expect(problems.map((p) => p.where)).toEqual(['colour', 'sizes']);
    expect(problems[0]?.message).toMatch(/^unknown field "colour" \(allowed: \$schema, format, id, title, /);
  });

  it('says an axis position is out of range, with the value', () => {
    const [p] = problemsAfter((doc) => (at(1, doc).axes = { openness: 2 }));
    expect(p).toEqual({
      path: ['nodes', 1, 'axes', 'openness'],
      where: 'nodes[1].axes.openness',
      message: 'node "p-open": must be between -1 and 1, got 2',
    });
  });

  it('completes the messages written in the schema with the value found', () => {
    expect(problemsAfter((doc) => (at(6, doc).date = '2024/01/01'))[0]?.message).toBe(
      'node "f-leak": must be a date like 2024-03-11, got "2024/01/01"',
    );
    expect(problemsAfter((doc) => (at(0, doc).label = '   '))[0]?.message).toBe(
      'node "q": must not be empty (it has only spaces)',
    );
    expect(problemsAfter((doc) => (doc.sources[0]!.url = 'ftp://x'))[0]?.message).toBe(
      'source "s-interview": must be an http(s) URL, got "ftp://x"',
    );
  });

  it('describes an element that is not an object', () => {
    const problems = problemsAfter((doc) => (doc.nodes as unknown[]).push(5));
    expect(problems).toEqual([
      { path: ['nodes', 8], where: 'nodes[8]', message: 'expected an object, got a number (5)' },
    ]);
  });

  it('names an edge without id by its ends', () => {
    const [p] = problemsAfter((doc) => doc.edges.push({ from: 'a-api', to: 'q', kind: 'attack' as 'attacks' }));
    expect(p?.message).toBe(
      'edge "a-api" → "q": unknown kind "attack": expected one of supports, attacks, answers, undercuts, rephrases, contradicts (did you mean "attacks"?)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { describeExpected, describeValue, formatPath, formatProblems, problem } from './problems.ts';

describe('formatPath', () => {
  it('writes paths for people', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['nodes', 3, 'actors', 0])).toBe('nodes[3].actors[0]');
    expect(formatPath(['title'])).toBe('title');
    expect(formatPath(['nodes', 0, 'axes', 'x-y'])).toBe('nodes[0].axes["x-y"]');
  });
});

describe('problem', () => {
  it('fills in where and copies the path', () => {
    const path = ['edges', 2, 'to'];
    const p = problem(path, 'unknown node "x"');
    expect(p).toEqual({ path: ['edges', 2, 'to'], where: 'edges[2].to', message: 'unknown node "x"' });
    expect(p.path).not.toBe(path);
  });
});

describe('describeValue', () => {
  it('names JSON values', () => {
    expect(describeValue(3)).toBe('a number (3)');
    expect(describeValue('abc')).toBe('text "abc"');
    expect(describeValue('x'.repeat(50))).toMatch(/^text "x{37}…"$/);
    expect(describeValue([])).toBe('a list');
    expect(describeValue({})).toBe('an object');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(true)).toBe('true (true/false)');
  });

  it('names expected types', () => {
    expect(describeExpected('string')).toBe('text');
    expect(describeExpected('array')).toBe('a list');
  });
});

describe('formatProblems', () => {
  const problems = [problem(['nodes', 3, 'actors', 0], 'unknown actor "xai"'), problem([], 'not a Capot map')];

  it('writes one line per problem, with the file when given', () => {
    expect(formatProblems(problems, 'ai-openness.json')).toBe(
      'ai-openness.json › nodes[3].actors[0]: unknown actor "xai"\nai-openness.json › (root): not a Capot map',
    );
    expect(formatProblems(problems)).toBe('nodes[3].actors[0]: unknown actor "xai"\n(root): not a Capot map');
    expect(formatProblems([])).toBe('');
  });
});

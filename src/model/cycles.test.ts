import { describe, expect, it } from 'vitest';
import { findCycles } from './cycles.ts';
import { element, problemsAfter } from './test-problems.ts';

describe('membership cycles', () => {
  it('finds an organisation member of itself through another', () => {
    const problems = problemsAfter((doc) => (element(doc, 'actors', 0).memberOf = ['mensch']));
    expect(problems).toContainEqual({
      path: ['actors', 1, 'memberOf', 0],
      where: 'actors[1].memberOf[0]',
      message: 'membership cycle: "mistral" is a member of "mensch", which is a member of "mistral"',
    });
  });

  it('finds an actor member of itself', () => {
    expect(problemsAfter((doc) => (element(doc, 'actors', 2).memberOf = ['meta']))).toEqual([
      {
        path: ['actors', 2, 'memberOf', 0],
        where: 'actors[2].memberOf[0]',
        message: 'membership cycle: "meta" is a member of "meta"',
      },
    ]);
  });

  it('finds a group inside itself', () => {
    expect(problemsAfter((doc) => (element(doc, 'groups', 0).parent = 'g-safety'))).toEqual([
      {
        path: ['groups', 1, 'parent'],
        where: 'groups[1].parent',
        message: 'group cycle: "g-debate" is inside "g-safety", which is inside "g-debate"',
      },
    ]);
  });
});

describe('findCycles', () => {
  const graph = (entries: Record<string, string[]>) => new Map(Object.entries(entries));

  it('finds no cycle in a tree or a diamond', () => {
    expect(findCycles(graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }))).toEqual([]);
  });

  it('finds each back edge once, ignoring unknown ids', () => {
    expect(findCycles(graph({ a: ['b'], b: ['c', 'zz'], c: ['a'], d: ['d'] }))).toEqual([
      ['a', 'b', 'c', 'a'],
      ['d', 'd'],
    ]);
  });
});

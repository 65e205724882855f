import { describe, expect, it } from 'vitest';
import { element, problemsAfter } from './test-problems.ts';

describe('dangling references', () => {
  it('finds an unknown actor of a node', () => {
    expect(problemsAfter((doc) => (element(doc, 'nodes', 1).actors = ['mistral', 'xai']))).toEqual([
      {
        path: ['nodes', 1, 'actors', 1],
        where: 'nodes[1].actors[1]',
        message: 'node "p-open": unknown actor "xai" (no actor has this id)',
      },
    ]);
  });

  it('suggests a close id', () => {
    const [p] = problemsAfter((doc) => (element(doc, 'nodes', 1).actors = ['mistrall']));
    expect(p?.message).toBe('node "p-open": unknown actor "mistrall" (did you mean "mistral"?)');
  });

  it('finds an unknown quote speaker and quote source', () => {
    const problems = problemsAfter((doc) => {
      const quote = { text: 'Hello', lang: 'en', speaker: 'nobody', source: 's-nowhere' };
      element(doc, 'nodes', 0).quotes = [quote];
    });
    expect(problems.map((p) => [p.where, p.message])).toEqual([
      ['nodes[0].quotes[0].speaker', 'node "q": unknown actor "nobody" (no actor has this id)'],
      ['nodes[0].quotes[0].source', 'node "q": unknown source "s-nowhere" (no source has this id)'],
    ]);
  });

  it('finds an unknown organisation in memberOf', () => {
    const [p] = problemsAfter((doc) => (element(doc, 'actors', 1).memberOf = ['openai']));
    expect(p).toEqual({
      path: ['actors', 1, 'memberOf', 0],
      where: 'actors[1].memberOf[0]',
      message: 'actor "mensch": unknown actor "openai" (no actor has this id)',
    });
  });

  it('refuses membership of a person', () => {
    const [p] = problemsAfter((doc) => (element(doc, 'actors', 1).memberOf = ['bengio']));
    expect(p?.message).toBe('actor "mensch": "bengio" is a person; only organizations and publications have members');
  });

  it('finds an axis key that is not an axis id', () => {
    const [p] = problemsAfter((doc) => (element(doc, 'nodes', 1).axes = { openness: 1, safety: 0.5 }));
    expect(p).toEqual({
      path: ['nodes', 1, 'axes', 'safety'],
      where: 'nodes[1].axes.safety',
      message: 'node "p-open": unknown axis "safety" (no axis has this id)',
    });
  });

  it('finds an unknown group, and says when the map has none', () => {
    expect(problemsAfter((doc) => (element(doc, 'nodes', 3).group = 'g-ethics'))[0]).toEqual({
      path: ['nodes', 3, 'group'],
      where: 'nodes[3].group',
      message: 'node "a-research": unknown group "g-ethics" (no group has this id)',
    });
    const problems = problemsAfter((doc) => delete doc.groups);
    expect(problems[0]?.message).toBe('node "a-research": unknown group "g-economy" (the map has no groups)');
  });

  it('finds an unknown group parent', () => {
    expect(problemsAfter((doc) => (element(doc, 'groups', 1).parent = 'g-none'))).toEqual([
      {
        path: ['groups', 1, 'parent'],
        where: 'groups[1].parent',
        message: 'group "g-safety": unknown group "g-none" (no group has this id)',
      },
    ]);
  });
});

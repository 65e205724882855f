// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblems, validateMap } from './validate.ts';

const file = fileURLToPath(new URL('../../data/ai-openness.json', import.meta.url));

describe('the built-in map data/ai-openness.json', () => {
  const result = validateMap(JSON.parse(readFileSync(file, 'utf8')));

  it('validates with no problems', () => {
    expect(result.ok ? '' : formatProblems(result.problems, 'ai-openness.json')).toBe('');
  });

  it('is big enough to show what Capot does', () => {
    if (!result.ok) throw new Error('the map does not validate');
    const { map } = result;
    expect(map.nodes.length).toBeGreaterThanOrEqual(30);
    expect(map.edges.length).toBeGreaterThanOrEqual(40);
    expect(map.actors.length).toBeGreaterThanOrEqual(10);
    expect(map.nodes.flatMap((node) => node.quotes ?? []).length).toBeGreaterThanOrEqual(20);
    expect(map.axes).toHaveLength(2);
  });
});

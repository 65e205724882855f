// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJson } from './export-json.ts';
import { importCapot } from './import-capot.ts';
import { importMap } from './import-map.ts';
import type { LoadedMap } from '../model/types.ts';

const mapOf = (text: string): LoadedMap => {
  const result = importCapot(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.map;
};

describe('exportJson', () => {
  const builtIn = new URL('../../data/ai-openness.json', import.meta.url);
  const files = [
    new URL('./fixtures/capot-v1.json', import.meta.url),
    new URL('./fixtures/capot-v0.json', import.meta.url),
    ...(existsSync(builtIn) ? [builtIn] : []),
  ];

  it.each(files.map((url) => [url.pathname.split('/').pop(), url] as const))(
    'import → export → import gives the same map (%s)',
    (_, url) => {
      const first = mapOf(readFileSync(url, 'utf8'));
      const json = exportJson(first);
      expect(mapOf(json)).toEqual(first);
      expect(exportJson(mapOf(json))).toBe(json);
    },
  );

  it('writes the current format, every edge with its id, and a final newline', () => {
    const json = exportJson(mapOf(readFileSync(files[1]!, 'utf8')));
    const doc = JSON.parse(json) as { format: string; edges: { id?: string }[] };
    expect(doc.format).toBe('capot/1');
    expect(doc.edges.every((edge) => typeof edge.id === 'string')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });
});

describe('exportJson of imported maps', () => {
  it.each(['aif-messy.json', 'argdown-night-trains.argdown', 'kialo-four-day-week.txt'])(
    'saves a map imported from %s so that it reopens unchanged',
    async (name) => {
      const imported = await importMap(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'), name);
      if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
      expect(mapOf(exportJson(imported.map))).toEqual(imported.map);
    },
  );
});

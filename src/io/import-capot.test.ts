// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importCapot } from './import-capot.ts';
import { migrate, type Migration } from './capot-migrations.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('importCapot', () => {
  it('imports a current map', () => {
    const result = importCapot(fixture('capot-v1.json'));
    expect(result).toMatchObject({ ok: true, format: 'capot', warnings: [] });
    expect(result.ok && result.map.edges.map((e) => e.id)).toEqual(['a1', 'a2', 's1', 'e3', 'e4', 'e5', 'e6']);
  });

  it('migrates a capot/0 map', () => {
    const result = importCapot(fixture('capot-v0.json'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([{ where: 'format', message: expect.stringMatching(/migrated from capot\/0/) }]);
    const { map } = result;
    expect(map.format).toBe('capot/1');
    expect(map.actors.map((a) => [a.id, a.name])).toEqual([
      ['ana', 'Ana Ruiz'],
      ['ben-okafor', 'Ben Okafor'],
    ]);
    const yes = map.nodes.find((n) => n.id === 'yes');
    expect(yes?.actors).toEqual(['ben-okafor']);
    expect(yes?.quotes?.[0]?.speaker).toBe('ben-okafor');
    expect(map.nodes.find((n) => n.id === 'no')?.quotes?.[0]?.speaker).toBe('ana');
    expect(map.edges.map((e) => e.kind)).toEqual(['answers', 'answers', 'supports', 'undercuts', 'attacks']);
  });

  it('refuses a format with no migration path, and one that does not advance', () => {
    const old = { format: 'capot/0' };
    expect(migrate(old, new Map())).toMatchObject({ ok: false, error: { where: 'format' } });
    const stuck: Migration = (doc) => doc;
    expect(migrate(old, new Map([[0, stuck]]))).toMatchObject({ ok: false });
  });

  it('reports JSON syntax errors with line and column', () => {
    const result = importCapot('{\n  "format": "capot/1",\n  "title": "x",,\n}');
    expect(result).toEqual({
      ok: false,
      format: 'capot',
      errors: [
        { where: 'line 3, column 16', message: 'not valid JSON: expected a property name in double quotes, found ","' },
      ],
    });
  });

  it('reports validation problems by JSON path', () => {
    const doc = JSON.parse(fixture('capot-v1.json')) as { nodes: { actors: string[] }[] };
    doc.nodes[2]!.actors = ['nobody'];
    const result = importCapot(JSON.stringify(doc));
    expect(result.ok === false && result.errors.map((e) => e.where)).toEqual(['nodes[2].actors[0]']);
  });

  it('drops a non-http source URL with a warning instead of failing', () => {
    const doc = JSON.parse(fixture('capot-v1.json')) as { sources: { url?: string }[] };
    doc.sources[0]!.url = 'javascript:alert(1)';
    const result = importCapot(JSON.stringify(doc));
    expect(result).toMatchObject({ ok: true, warnings: [{ where: 'sources[0].url' }] });
    expect(result.ok && result.map.sources[0]?.url).toBeUndefined();
  });

  it('never throws, whatever the JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ format: 'capot/0', claims: v })),
        ),
        (text) => {
          const result = importCapot(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 200 },
    );
  });
});

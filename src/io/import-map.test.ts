// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeFile } from './decode-file.ts';
import { importMap } from './import-map.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('importMap', () => {
  it.each([
    ['capot-v1.json', 'capot'],
    ['capot-v0.json', 'capot'],
    ['aif-clean.json', 'aif'],
    ['aif-messy.json', 'aif'],
    ['argdown-night-trains.argdown', 'argdown'],
    ['kialo-four-day-week.txt', 'kialo'],
  ])('opens %s as %s', async (name, format) => {
    const result = await importMap(fixture(name), name);
    expect(result).toMatchObject({ ok: true, format });
  });

  it('reads AIF with CRLF line endings and a byte order mark', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${fixture('aif-messy.json').replace(/\n/g, '\r\n')}`);
    const decoded = decodeFile(bytes);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(await importMap(decoded.text)).toMatchObject({ ok: true, format: 'aif' });
    expect(await importMap(`\uFEFF${fixture('capot-v1.json')}`)).toMatchObject({ ok: true, format: 'capot' });
  });

  it('says what it cannot read', async () => {
    expect(await importMap('')).toEqual({
      ok: false,
      format: 'unknown',
      errors: [{ where: '(root)', message: 'the file is empty' }],
    });
    expect(await importMap('Dear diary,')).toMatchObject({ ok: false, format: 'unknown' });
    expect(await importMap('{"format": "capot/9"}')).toMatchObject({
      ok: false,
      format: 'capot',
      errors: [{ where: 'format', message: expect.stringMatching(/newer Capot/) }],
    });
  });

  it('refuses deep nesting and stays quick on 50 MB', async () => {
    const deep = await importMap('['.repeat(100_000));
    expect(deep).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/nested too deeply/) }] });
    const started = performance.now();
    const big = await importMap(`{"format": "capot/1", "title": "${'x'.repeat(50 * 1024 * 1024)}"}`);
    expect(big.ok).toBe(false);
    const argdown = await importMap(`[A]: ${'a'.repeat(50 * 1024 * 1024)}`);
    expect(argdown).toMatchObject({
      ok: false,
      format: 'argdown',
      errors: [{ message: expect.stringMatching(/too long/) }],
    });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('keeps hostile text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)> {{constructor.constructor("alert(1)")()}}';
    const doc = JSON.parse(fixture('capot-v1.json')) as { nodes: { label: string }[] };
    doc.nodes[0]!.label = hostile;
    const result = await importMap(JSON.stringify(doc));
    expect(result.ok && result.map.nodes[0]?.label).toBe(hostile);
  });

  it('never throws or rejects on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), async (text) => {
        const result = await importMap(text);
        expect(result.ok || result.errors.length > 0).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws or rejects on arbitrary Capot-like documents', async () => {
    const capotish = fc.record(
      {
        format: fc.constantFrom('capot/0', 'capot/1', 'capot/2', 1),
        id: fc.string(),
        title: fc.string(),
        nodes: fc.array(fc.dictionary(fc.constantFrom('id', 'kind', 'label', 'actors', 'quotes'), fc.jsonValue())),
        edges: fc.array(fc.dictionary(fc.constantFrom('from', 'to', 'kind', 'id'), fc.jsonValue())),
        claims: fc.jsonValue(),
        relations: fc.jsonValue(),
        sources: fc.array(fc.record({ id: fc.string(), url: fc.oneof(fc.webUrl(), fc.string()) })),
      },
      { requiredKeys: ['format'] },
    );
    await fc.assert(
      fc.asyncProperty(capotish, async (doc) => {
        const result = await importMap(JSON.stringify(doc));
        expect(result.ok || result.errors.length > 0).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

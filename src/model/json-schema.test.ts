// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema, JSON_SCHEMA_ID, serialiseJsonSchema } from './json-schema.ts';

const file = fileURLToPath(new URL('../../data/capot-map.schema.json', import.meta.url));

describe('the JSON Schema in data/', () => {
  it('is what the generator produces from schema.ts (run `npx tsx src/model/write-json-schema.ts`)', () => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(buildJsonSchema());
    expect(readFileSync(file, 'utf8').replace(/\r\n/g, '\n')).toBe(serialiseJsonSchema());
  });

  it('names itself and describes a Capot map', () => {
    const schema = buildJsonSchema();
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: JSON_SCHEMA_ID,
      title: 'Capot debate map (capot/1)',
      type: 'object',
      additionalProperties: false,
    });
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'nodes', 'edges']));
  });

  it('leaves edge ids optional, as authors write them', () => {
    const edges = (buildJsonSchema().properties as Record<string, { items: { required: string[] } }>).edges;
    expect(edges?.items.required).not.toContain('id');
  });
});

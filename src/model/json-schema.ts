import { z } from 'zod';
import { FORMAT, MapSchema } from './schema.ts';

/** Where the schema says it lives; maps point at it with `"$schema": "./capot-map.schema.json"`. */
export const JSON_SCHEMA_ID = `urn:capot:schema:map:${FORMAT}`;

/**
 * The JSON Schema of a Capot map, generated from {@link MapSchema} so the two never disagree; written to
 * `data/capot-map.schema.json` by `write-json-schema.ts` for editors and other tools. It describes the file as an
 * author writes it (zod's `input` side: edge ids optional). What zod cannot express, such as references between
 * ids, is checked only by `validateMap`.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(MapSchema, { target: 'draft-2020-12', io: 'input' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: JSON_SCHEMA_ID,
    title: `Capot debate map (${FORMAT})`,
    description:
      'An argument map for Capot: questions, positions, arguments and facts (nodes), how they support, attack, ' +
      'answer or undercut each other (edges), who holds them (actors) and where they said so (sources, quotes). ' +
      'References between ids are checked by Capot itself, not by this schema.',
    ...rest,
  };
}

/** The schema as written to disk: two-space indented, with a final newline. */
export function serialiseJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

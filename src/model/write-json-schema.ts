/**
 * Writes `data/capot-map.schema.json` from the zod schema. Run `npx tsx src/model/write-json-schema.ts` after
 * changing `schema.ts`; `json-schema.test.ts` fails until the file is regenerated.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serialiseJsonSchema } from './json-schema.ts';

const target = fileURLToPath(new URL('../../data/capot-map.schema.json', import.meta.url));
writeFileSync(target, serialiseJsonSchema());
console.log(`wrote ${target}`);

/**
 * Writes the built-in map's shipped layout, `data/ai-openness.layout.json` (`npm run bake`). Run it after editing
 * the map or the layout's forces; a test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import builtin from '../../data/ai-openness.json' with { type: 'json' };
import { loadMap } from '../model/load.ts';
import type { DebateMap } from '../model/types.ts';
import { bakeLayout } from './builtin-layout.ts';

const file = new URL('../../data/ai-openness.layout.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(bakeLayout(loadMap(builtin as unknown as DebateMap)), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);

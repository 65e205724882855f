import { MapSchema } from '../model/schema.ts';
import type { LoadedMap } from '../model/types.ts';

/**
 * The Capot JSON file of a map: the map as it is held, in the current format, with every edge's id, indented for
 * people, with a final newline. Keys are written in the schema's order (the schema rebuilds each object), so
 * saving the same map twice gives the same bytes and diffs stay small. Importing it gives the same map again.
 */
export function exportJson(map: LoadedMap): string {
  return `${JSON.stringify(MapSchema.parse(map), null, 2)}\n`;
}

import type { LoadedMap } from '../model/types.ts';
import { download } from './exports.ts';

/** The formats a map can be saved in, with the file name each gets. */
export type SaveFormat = 'json' | 'aif';

/**
 * Downloads the map as Capot JSON (`<id>.json`) or AIF JSON (`<id>.aif.json`). The exporters are loaded on first
 * use, so they cost nothing until someone saves.
 */
export async function saveMap(map: LoadedMap, format: SaveFormat): Promise<void> {
  if (format === 'json') {
    const { exportJson } = await import('../io/export-json.ts');
    download(new Blob([exportJson(map)], { type: 'application/json' }), `${map.id}.json`);
  } else {
    const { exportAif } = await import('../io/export-aif.ts');
    download(new Blob([exportAif(map)], { type: 'application/json' }), `${map.id}.aif.json`);
  }
}

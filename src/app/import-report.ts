import type { ImportFormat, ImportResult } from '../io/import-result.ts';
import type { AppStore } from '../state/store.ts';

const FORMAT_NAMES: Record<ImportFormat, string | null> = {
  capot: 'Capot JSON',
  aif: 'AIF',
  argdown: 'Argdown',
  kialo: 'a Kialo export',
  unknown: null,
};

/**
 * Puts a failed import in the error banner: the file's name and the format it was read as, then each problem with
 * where it is in the file. The map on screen is left as it is. Returns false, for callers that report and return.
 */
export function reportImportFailure(store: AppStore, name: string, result: ImportResult & { ok: false }): false {
  const format = FORMAT_NAMES[result.format];
  const count = result.errors.length;
  const message =
    `Could not open “${name}”` +
    (format ? ` (read as ${format})` : '') +
    (count > 1 ? `: ${count} problems.` : '.') +
    ' The map on screen is unchanged.';
  store.getState().setProgress(null);
  store.getState().setLoadError(message, result.errors);
  return false;
}

import type { LoadedMap } from '../model/types.ts';

/** The formats Capot reads. `unknown` is what {@link detectFormat} says when the content matches none of them. */
export type ImportFormat = 'capot' | 'aif' | 'argdown' | 'kialo' | 'unknown';

/** Something the importer left out or changed, located where the reader can find it in the file. */
export interface ImportWarning {
  /** A JSON path such as `nodes[3]` or `AIF.edges[12]`, or a text position such as `line 12`. */
  where: string;
  /** What happened and why, in plain words. */
  message: string;
  /** The id of the element in the imported file (an AIF `nodeID`, a Kialo number), when there is one. */
  id?: string;
}

/** Why a file could not be imported; located like a warning. */
export type ImportError = ImportWarning;

/** The outcome of an import: a valid map with what was skipped on the way, or the reasons there is no map. */
export type ImportResult =
  | { ok: true; map: LoadedMap; format: ImportFormat; warnings: ImportWarning[] }
  | { ok: false; format: ImportFormat; errors: ImportError[] };

/** Builds a warning (or an error), leaving `id` out when there is none so objects compare cleanly in tests. */
export function note(where: string, message: string, id?: string): ImportWarning {
  return id === undefined ? { where, message } : { where, message, id };
}

/** A failed import with one error. */
export function failure(format: ImportFormat, where: string, message: string): ImportResult {
  return { ok: false, format, errors: [note(where, message)] };
}

/** The message of anything thrown, for reports: never throws itself. */
export function thrownMessage(thrown: unknown): string {
  if (thrown instanceof RangeError) return 'nested too deeply or too large to read';
  if (thrown instanceof Error) return thrown.message;
  try {
    return String(thrown);
  } catch {
    return 'unknown failure';
  }
}

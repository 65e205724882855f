import { formatVersion } from '../model/format.ts';
import { isRecord, type UnknownRecord } from '../model/read-unknown.ts';
import { FORMAT, FORMAT_VERSION } from '../model/schema.ts';
import { migrateV0 } from './capot-v0.ts';
import { note, type ImportError, type ImportWarning } from './import-result.ts';

/** Turns a document of format version `n` into one of version `n + 1`; it never throws on odd content. */
export type Migration = (doc: UnknownRecord) => UnknownRecord;

/**
 * The migrations, by the version they read. Each one takes a document one version forward, so a file of any older
 * version is brought up to date by applying them in turn. When the format changes, add the step from the previous
 * version here (and a fixture of the old shape with a test): files already saved keep opening.
 */
export const MIGRATIONS: ReadonlyMap<number, Migration> = new Map([[0, migrateV0]]);

/** A document brought to the current format, with a warning saying so, or why it could not be. */
export type MigrationResult = { ok: true; doc: unknown; warnings: ImportWarning[] } | { ok: false; error: ImportError };

/**
 * Brings a parsed Capot document of an older `capot/<n>` format to {@link FORMAT}. Anything else (the current
 * format, a newer one, no format at all) is returned unchanged for validation to judge and explain.
 */
export function migrate(doc: unknown, migrations: ReadonlyMap<number, Migration> = MIGRATIONS): MigrationResult {
  if (!isRecord(doc)) return { ok: true, doc, warnings: [] };
  const from = formatVersion(doc.format);
  if (from === undefined || from >= FORMAT_VERSION) return { ok: true, doc, warnings: [] };
  let current: UnknownRecord = doc;
  let version = from;
  while (version < FORMAT_VERSION) {
    const step = migrations.get(version);
    if (step === undefined) {
      return { ok: false, error: note('format', `capot/${version} is too old to open: no migration from it`) };
    }
    current = step(current);
    const next = formatVersion(current.format);
    if (next === undefined || next <= version) {
      return { ok: false, error: note('format', `the migration from capot/${version} did not advance the format`) };
    }
    version = next;
  }
  const message = `migrated from capot/${from} to ${FORMAT}: save the map to keep the new format`;
  return { ok: true, doc: current, warnings: [note('format', message)] };
}

import { isRecord, list } from '../model/read-unknown.ts';
import { migrate } from './capot-migrations.ts';
import { finishImport } from './finish-import.ts';
import { note, type ImportResult, type ImportWarning } from './import-result.ts';
import { parseJsonText } from './json-text.ts';
import { isHttpUrl } from './field-checks.ts';

/**
 * Imports a Capot JSON map: parse (errors located by line and column), migrate an older `capot/<n>` document to
 * the current format, leave out source URLs that are not http(s) (with a warning, rather than refusing the whole
 * map), then validate.
 */
export function importCapot(text: string): ImportResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, format: 'capot', errors: [parsed.error] };
  const migrated = migrate(parsed.value);
  if (!migrated.ok) return { ok: false, format: 'capot', errors: [migrated.error] };
  const warnings = [...migrated.warnings];
  const doc = withoutBadUrls(migrated.doc, warnings);
  return finishImport('capot', doc, warnings);
}

/** The document with each source `url` that is not an http(s) address removed, and a warning for each. */
function withoutBadUrls(doc: unknown, warnings: ImportWarning[]): unknown {
  if (!isRecord(doc) || !Array.isArray(doc.sources)) return doc;
  const sources = list(doc.sources).map((source, i) => {
    if (!isRecord(source) || typeof source.url !== 'string' || isHttpUrl(source.url)) return source;
    const { url, ...rest } = source;
    const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
    warnings.push(note(`sources[${i}].url`, `left out ${JSON.stringify(shown)}: only http(s) addresses are kept`));
    return rest;
  });
  return { ...doc, sources };
}

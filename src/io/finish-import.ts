import { validateMap } from '../model/validate.ts';
import { note, type ImportFormat, type ImportResult, type ImportWarning } from './import-result.ts';

/**
 * The last step of every import: the document an importer built (or parsed) goes through the same validation as a
 * map opened from disk, so an importer can never hand the app a map the rest of Capot would refuse. Validation
 * problems become located import errors; the importer's warnings are kept on success.
 */
export function finishImport(format: ImportFormat, document: unknown, warnings: ImportWarning[]): ImportResult {
  const result = validateMap(document);
  if (result.ok) return { ok: true, map: result.map, format, warnings };
  return { ok: false, format, errors: result.problems.map((p) => note(p.where, p.message)) };
}

/** A map id from a file name (`Moral Maze 6064.json` → `moral-maze-6064`), or `fallback`. */
export function mapIdFromFileName(fileName: string | undefined, fallback: string): string {
  const base = baseName(fileName);
  const id = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[-.]+$/g, '')
    .slice(0, 60);
  return id === '' ? fallback : id;
}

/** The file name without folders and without its extension (`maps/qt30.json` → `qt30`); `''` without a name. */
export function baseName(fileName: string | undefined): string {
  if (fileName === undefined) return '';
  const name = fileName.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.(json|aif|argdown|ad|txt|md)$/i, '').trim();
}

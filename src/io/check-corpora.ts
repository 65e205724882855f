/**
 * Imports every file of a folder of real argument maps and prints one line per file: the format detected, what was
 * imported, how many warnings and errors, how long it took.
 *
 *     npx tsx src/io/check-corpora.ts [folder] [--warnings]
 *
 * The folder defaults to `../shared/corpora` next to the repository and is searched recursively; `.md` files
 * (the corpus READMEs) and hidden files are not maps and are skipped. `--warnings` also lists every warning.
 *
 * Exit code: 0 when every file was handled, even if some imports failed with errors (a refused file is a result,
 * reported in the table); 1 when an import threw, which is a bug; 2 when a folder given on the command line does
 * not exist. A missing default folder is not an error (the corpus is not part of the repository): nothing is checked.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeFile } from './decode-file.ts';
import { importMap } from './import-map.ts';
import { note, thrownMessage, type ImportResult } from './import-result.ts';

/** What the check found for one file. */
export interface CorpusRow {
  file: string;
  result: ImportResult;
  ms: number;
  /** Set when the import threw instead of returning a result. */
  crash?: string;
}

/** Every map file under `folder`, recursively, in a stable order. */
export function corpusFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && !entry.name.endsWith('.md'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? corpusFiles(path) : statSync(path).isFile() ? [path] : [];
    });
}

/** Imports each file as the app would (bytes → strict UTF-8 → {@link importMap}), timing each. */
export async function checkCorpora(folder: string): Promise<CorpusRow[]> {
  const rows: CorpusRow[] = [];
  for (const path of corpusFiles(folder)) {
    const file = relative(folder, path);
    const started = performance.now();
    let row: Omit<CorpusRow, 'ms'>;
    try {
      const decoded = decodeFile(readFileSync(path));
      const unreadable: ImportResult = {
        ok: false,
        format: 'unknown',
        errors: [note('(file)', decoded.ok ? '' : decoded.error)],
      };
      row = { file, result: decoded.ok ? await importMap(decoded.text, file) : unreadable };
    } catch (thrown) {
      const crash = thrownMessage(thrown);
      row = { file, result: { ok: false, format: 'unknown', errors: [note('(crash)', crash)] }, crash };
    }
    rows.push({ ...row, ms: performance.now() - started });
  }
  return rows;
}

/** The rows as an aligned text table. */
export function formatTable(rows: readonly CorpusRow[]): string {
  const header = ['file', 'format', 'nodes', 'edges', 'actors', 'warnings', 'errors', 'ms'];
  const cells = rows.map(({ file, result, ms }) => [
    file,
    result.format,
    ...(result.ok ? [result.map.nodes.length, result.map.edges.length, result.map.actors.length] : ['-', '-', '-']),
    result.ok ? result.warnings.length : 0,
    result.ok ? 0 : result.errors.length,
    Math.round(ms),
  ]);
  const table = [header, ...cells].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...table.slice(1).map(line)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const showWarnings = argv.includes('--warnings');
  const given = argv.find((arg) => !arg.startsWith('--'));
  const repository = fileURLToPath(new URL('../../', import.meta.url));
  const folder = given === undefined ? resolve(repository, '../shared/corpora') : resolve(given);
  if (!existsSync(folder)) {
    console.error(`no folder ${folder}${given === undefined ? ': nothing to check' : ''}`);
    return given === undefined ? 0 : 2;
  }
  const rows = await checkCorpora(folder);
  console.log(formatTable(rows));
  for (const { file, result } of rows) {
    const listed = result.ok ? (showWarnings ? result.warnings : []) : result.errors;
    for (const item of listed) console.log(`${file} › ${item.where}: ${item.message}`);
  }
  const crashes = rows.filter((row) => row.crash !== undefined).length;
  console.log(`\n${rows.length} files, ${rows.filter((r) => r.result.ok).length} imported, ${crashes} crashed`);
  return crashes > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}

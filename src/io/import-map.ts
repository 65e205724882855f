import { detectFormat } from './detect-format.ts';
import { importAif } from './import-aif.ts';
import { importCapot } from './import-capot.ts';
import { importKialo } from './import-kialo.ts';
import { failure, thrownMessage, type ImportResult } from './import-result.ts';

/**
 * Opens a debate map in any format Capot reads: Capot JSON (older versions migrated), AIF JSON, Argdown and Kialo
 * exports. The format is detected from the content ({@link detectFormat}); the file name only helps when the
 * content cannot tell. The result is either a validated map, with a warning for everything left out or changed,
 * or located errors. It never throws and never rejects: whatever goes wrong is reported in the result.
 *
 * The Argdown parser is loaded only when an Argdown file is opened.
 */
export async function importMap(text: string, fileName?: string): Promise<ImportResult> {
  let format: ImportResult['format'] = 'unknown';
  try {
    const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
    format = detectFormat(content, fileName);
    switch (format) {
      case 'capot':
        return importCapot(content);
      case 'aif':
        return importAif(content, fileName);
      case 'kialo':
        return importKialo(content, fileName);
      case 'argdown': {
        const { importArgdown } = await import('./import-argdown.ts');
        return await importArgdown(content, fileName);
      }
      case 'unknown':
        return failure(
          'unknown',
          '(root)',
          content.trim() === ''
            ? 'the file is empty'
            : 'not a format Capot reads: expected Capot or AIF JSON, Argdown, or a Kialo discussion export',
        );
    }
  } catch (thrown) {
    return failure(format, '(root)', `the import failed: ${thrownMessage(thrown)}`);
  }
}

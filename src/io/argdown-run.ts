import type { ArgdownApplication, IArgdownResponse } from '@argdown/core';
import { note, type ImportError } from './import-result.ts';

/** The parsed Argdown model, or the syntax errors that stopped it, located by line. */
export type ArgdownRun = { ok: true; response: IArgdownResponse } | { ok: false; errors: ImportError[] };

let application: Promise<ArgdownApplication> | undefined;

/**
 * The Argdown parser, loaded on first use with a dynamic `import()`: the bundler puts `@argdown/core` (and its
 * parser generator) in a chunk of its own, so opening the app costs nothing until someone opens an Argdown file.
 * Only the plugins that build the model are installed: no map layout, no Graphviz, no export.
 */
function loadArgdown(): Promise<ArgdownApplication> {
  application ??= import('@argdown/core').then((core) => {
    const app = new core.ArgdownApplication();
    app.addPlugin(new core.ParserPlugin(), 'parse-input');
    app.addPlugin(new core.DataPlugin(), 'build-model');
    app.addPlugin(new core.ModelPlugin(), 'build-model');
    return app;
  });
  application.catch(() => (application = undefined));
  return application;
}

/**
 * Runs the Argdown parser on a text (`parse-input`, then `build-model`: statements, arguments, relations,
 * sections). Lexer and parser errors, and exceptions of the plugins, are returned as errors with their line.
 */
export async function runArgdown(input: string): Promise<ArgdownRun> {
  const app = await loadArgdown();
  const response = app.run({
    input,
    process: ['parse-input', 'build-model'],
    logLevel: 'none',
    logExceptions: false,
    model: { removeTagsFromText: true },
  });
  const errors: ImportError[] = [];
  for (const error of response.lexerErrors ?? []) {
    errors.push(note(`line ${error.line ?? '?'}, column ${error.column ?? '?'}`, plain(error.message)));
  }
  for (const error of response.parserErrors ?? []) {
    const { startLine, startColumn } = error.token;
    const where = Number.isFinite(startLine) ? `line ${startLine}, column ${startColumn}` : 'end of the text';
    errors.push(note(where, plain(error.message)));
  }
  // After a syntax error the model plugin only adds "No ast field"; say the syntax error, not that.
  if (errors.length === 0) {
    for (const exception of response.exceptions ?? []) errors.push(note('(root)', plain(exception.message)));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, response };
}

/** Parser messages for people: `Expecting --> ( <-- but found --> '\n' <--` → `Expecting "(" but found "\n"`. */
function plain(message: string): string {
  return message
    .replace(/-->\s*'?([\s\S]*?)'?\s*<--/g, (_, token: string) => (token === '' ? 'the end' : JSON.stringify(token)))
    .replace(/\s+/g, ' ')
    .trim();
}

import { didYouMean } from './suggest.ts';
import { describeValue, problem } from './problems.ts';
import { isRecord } from './read-unknown.ts';
import { FORMAT, FORMAT_VERSION } from './schema.ts';
import type { MapProblem } from './types.ts';

const CAPOT_FORMAT = /^capot\/(\d+)$/;

/** The version number of a `capot/<n>` format string (`capot/2` → 2), or `undefined` for anything else. */
export function formatVersion(format: unknown): number | undefined {
  if (typeof format !== 'string') return undefined;
  const match = CAPOT_FORMAT.exec(format);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Checks that `input` is a Capot document this build reads, before anything else is looked at: the root must be an
 * object whose `format` is {@link FORMAT}. Returns the one problem that makes the rest meaningless (a file that is
 * not a Capot map, or one made by a newer Capot), or `null` when the format is right.
 *
 * This is where a migration of older formats hooks in: it will run when {@link formatVersion} is below
 * {@link FORMAT_VERSION}.
 */
export function checkFormat(input: unknown): MapProblem | null {
  if (!isRecord(input)) {
    return problem(
      [],
      `not a Capot map: expected an object like { "format": "${FORMAT}", … }, got ${describeValue(input)}`,
    );
  }
  if (!Object.hasOwn(input, 'format')) {
    return problem([], `not a Capot map: missing "format" (expected "format": "${FORMAT}")`);
  }
  const format = input.format;
  if (format === FORMAT) return null;
  const version = formatVersion(format);
  if (version !== undefined && version > FORMAT_VERSION) {
    return problem(['format'], `made by a newer Capot (${String(format)}); this one reads ${FORMAT}`);
  }
  if (version !== undefined) {
    return problem(
      ['format'],
      `an older Capot format (${String(format)}) that this version cannot read; it reads ${FORMAT}`,
    );
  }
  if (typeof format !== 'string') {
    return problem(['format'], `unknown format: expected "${FORMAT}", got ${describeValue(format)}`);
  }
  return problem(
    ['format'],
    `unknown format ${JSON.stringify(format)}: expected "${FORMAT}"${didYouMean(format, [FORMAT])}`,
  );
}

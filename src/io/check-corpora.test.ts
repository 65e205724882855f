// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCorpora, corpusFiles, formatTable } from './check-corpora.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

describe('checkCorpora', () => {
  it('imports every fixture and reports the broken one without crashing', async () => {
    const rows = await checkCorpora(fixtures);
    expect(rows.map((row) => [row.file, row.result.format, row.result.ok])).toEqual([
      ['aif-clean.json', 'aif', true],
      ['aif-messy.json', 'aif', true],
      ['argdown-broken.argdown', 'argdown', false],
      ['argdown-night-trains.argdown', 'argdown', true],
      ['capot-v0.json', 'capot', true],
      ['capot-v1.json', 'capot', true],
      ['kialo-four-day-week.txt', 'kialo', true],
      ['kialo-messy.txt', 'kialo', true],
      ['kialo-questions.txt', 'kialo', true],
    ]);
    expect(rows.some((row) => row.crash !== undefined)).toBe(false);
    expect(corpusFiles(fixtures)).toHaveLength(rows.length);
  });

  it('prints an aligned table', async () => {
    const table = formatTable((await checkCorpora(fixtures)).slice(0, 1)).split('\n');
    expect(table[0]).toMatch(/^file\s+format\s+nodes\s+edges\s+actors\s+warnings\s+errors\s+ms$/);
    expect(table[2]).toMatch(/^aif-clean\.json\s+aif\s+4\s+3\s+2\s+0\s+0\s+\d+$/);
  });
});

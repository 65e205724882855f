// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importKialo } from './import-kialo.ts';
import type { ImportResult } from './import-result.ts';
import type { LoadedMap } from '../model/types.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const mapOf = (result: ImportResult): LoadedMap => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.map;
};
const edges = (map: LoadedMap) => map.edges.map((e) => `${e.from} ${e.kind} ${e.to}`);

describe('importKialo', () => {
  it('makes a question from the title, a position from the thesis, arguments from pros and cons', () => {
    const result = importKialo(fixture('kialo-four-day-week.txt'), 'four-day-week.txt');
    const map = mapOf(result);
    expect(map.title).toBe('Should companies adopt a four-day work week?');
    expect(map.nodes.map((n) => `${n.id} ${n.kind}`)).toEqual([
      'question question',
      '1 position',
      '1.1 argument',
      '1.1.1 argument',
      '1.1.2 argument',
      '1.2 argument',
      '1.3 argument',
      '1.4 argument',
    ]);
    expect(edges(map)).toEqual([
      '1.1 supports 1',
      '1.1.1 attacks 1.1',
      '1.1.2 supports 1.1',
      '1.2 attacks 1',
      '1.3 attacks 1.2',
      '1.3 supports 1',
      '1.4 attacks 1',
      '1.1.1 supports 1.4',
      '1 answers question',
    ]);
    expect(map.sources).toEqual([{ id: 'kialo', title: map.title, publisher: 'Kialo', language: 'en' }]);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('keeps multi-line claims whole in the text, with a short label', () => {
    const claim = mapOf(importKialo(fixture('kialo-four-day-week.txt'))).nodes.find((n) => n.id === '1.2');
    expect(claim?.text).toBe(
      'Customers expect service five days a week.\nShops, hospitals and call centres cannot close on Fridays.\n\n' +
        'Staggering days off costs money and coordination.',
    );
    expect(claim?.label).toBe('Customers expect service five days a week. Shops, hospitals and call centres…');
  });

  it('answers the question with several theses, and follows references across theses', () => {
    const map = mapOf(importKialo(fixture('kialo-questions.txt')));
    expect(edges(map)).toEqual([
      '1.1 supports 1',
      '2.1 attacks 2',
      '1.1 supports 2',
      '1 answers question',
      '2 answers question',
    ]);
  });

  it('leaves out what it cannot place, saying where (CRLF file)', () => {
    const result = importKialo(fixture('kialo-messy.txt'));
    const map = mapOf(result);
    expect(map.nodes.map((n) => n.id)).toEqual(['question', '1', '1.1', '1.3', '1.6']);
    expect(map.nodes.find((n) => n.id === '1.6')?.label).toBe('<script>alert(1)</script> stays text.');
    expect(result.ok && result.warnings.map((w) => `${w.where}: ${w.message}`)).toEqual([
      'line 1: text before the first claim: left out',
      'line 6: second claim numbered 1.1: left out',
      'line 7: claim 1.2 without text: left out',
      'line 8: claim 1.2.1 comes before or without its parent 1.2: left out',
      'line 12: claim 3.1 comes before or without its parent 3: left out',
      'line 9: claim 1.3 is neither Pro nor Con: not linked to 1',
      'line 10: reference to claim 9.9, which is not in the map: skipped',
      'line 11: claim 1.5 refers to its own parent: skipped',
    ]);
  });

  it('makes no question when the title repeats the thesis', () => {
    const map = mapOf(importKialo('Discussion Title: Tea is better than coffee\n\n1. Tea is better than coffee.\n'));
    expect(map.nodes.map((n) => n.kind)).toEqual(['position']);
  });

  it('fails with a plain error when there are no claims', () => {
    expect(importKialo('Discussion Title: Empty')).toMatchObject({
      ok: false,
      format: 'kialo',
      errors: [{ where: '(root)' }],
    });
  });

  it('never throws, whatever the text', () => {
    const line = fc.oneof(
      fc.string(),
      fc
        .tuple(
          fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
          fc.constantFrom('Pro: ', 'Con: ', ''),
          fc.string(),
        )
        .map(([numbers, stance, text]) => `${numbers.join('.')}. ${stance}${text}`),
      fc
        .array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 })
        .map((n) => `1.1. Con: -> See ${n.join('.')}.`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const result = importKialo(['Discussion Title: T', ...lines].join('\n'));
        expect(result.ok || result.errors.length > 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importArgdown } from './import-argdown.ts';
import type { ImportResult } from './import-result.ts';
import type { LoadedMap } from '../model/types.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const mapOf = (result: ImportResult): LoadedMap => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.map;
};

describe('importArgdown', async () => {
  const result = await importArgdown(fixture('argdown-night-trains.argdown'), 'night-trains.argdown');
  const map = mapOf(result);
  const node = (id: string) => map.nodes.find((n) => n.id === id);

  it('makes nodes of titled statements and arguments, with kinds by role', () => {
    expect(map.nodes.map((n) => `${n.id} ${n.kind}`)).toEqual([
      'night-trains position',
      'no-funding argument',
      'flights-emit-about-five-times-more-co2-p argument',
      'climate-goal argument',
      'growth-first argument',
      'climate argument',
      'cost argument',
      'subsidy-norm argument',
    ]);
    expect(node('night-trains')).toMatchObject({
      label: 'Night trains',
      text: 'Europe should fund a network of night trains.',
    });
  });

  it('links premises to the argument and the argument to its conclusion, and maps each relation type', () => {
    expect(map.edges.map((e) => `${e.from} ${e.kind} ${e.to}`)).toEqual([
      'flights-emit-about-five-times-more-co2-p supports climate',
      'climate-goal supports climate',
      'climate supports night-trains',
      'cost attacks night-trains',
      'night-trains contradicts no-funding',
      'growth-first attacks climate-goal',
      'subsidy-norm undercuts cost-attacks-night-trains',
    ]);
  });

  it('turns headings into groups, tags into tags, data into data and proponents into actors', () => {
    expect(map.groups).toEqual([
      { id: 's1', label: 'Theses' },
      { id: 's2', label: 'Reconstructions', parent: 's1' },
    ]);
    expect(node('cost')).toMatchObject({ group: 's1', tags: ['economy'], actors: ['carla-diaz'] });
    expect(node('cost')?.data).toEqual({ proponent: 'Carla Diaz', year: 2023 });
    expect(node('climate')?.actors).toEqual(['ana-ruiz', 'ben-okafor']);
    expect(node('growth-first')?.actors).toEqual(['rail-alliance']);
    expect(node('night-trains')?.text).not.toContain('#transport');
  });

  it('takes the title and source from the front matter, leaving out a non-http URL with a warning', () => {
    expect(map.title).toBe('Night trains');
    expect(map.sources).toEqual([
      {
        id: 'argdown',
        title: 'Night trains',
        publisher: 'Capot test suite',
        author: 'Capot test suite',
        date: '2024-06-01',
        language: 'en',
      },
    ]);
    expect(result.ok && result.warnings).toEqual([
      { where: 'line 10', message: 'text without a title or relation is commentary, not a claim: left out' },
      { where: 'front matter', message: 'url "javascript:alert(1)" is not an http(s) address: left out' },
    ]);
  });

  it('reports syntax errors with their line', async () => {
    expect(await importArgdown(fixture('argdown-broken.argdown'))).toEqual({
      ok: false,
      format: 'argdown',
      errors: [{ where: 'line 5, column 5', message: 'Expecting "(Number) (Statement Number)" but found the end' }],
    });
  });

  it('fails plainly on a text with no statements', async () => {
    expect(await importArgdown('   ')).toMatchObject({ ok: false, format: 'argdown' });
  });

  it('never throws or rejects, whatever the text', async () => {
    const piece = fc.constantFrom(
      '[A]: a',
      '<B>: b',
      '  + ',
      '  - ',
      '  <_ ',
      '  >< ',
      '(1) p',
      '----',
      '# H',
      '{x: 1}',
      '\n',
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 12 }).map((p) => p.join('')),
    );
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const imported = await importArgdown(input);
        expect(imported.ok || imported.errors.length > 0).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

const corpus = new URL('../../../shared/corpora/argdown/', import.meta.url);
describe.skipIf(!existsSync(corpus))('importArgdown on the Argdown corpus', () => {
  const files = existsSync(corpus) ? readdirSync(corpus) : [];

  it.each(files)('imports %s', async (file) => {
    const map = mapOf(await importArgdown(readFileSync(new URL(file, corpus), 'utf8'), file));
    expect(map.nodes.length).toBeGreaterThan(5);
  });

  it('keeps undercuts, contrary and contradictory relations', async () => {
    const drugs = mapOf(await importArgdown(readFileSync(new URL('legalisation-softdrugs.argdown', corpus), 'utf8')));
    expect(drugs.edges.filter((e) => e.kind === 'undercuts')).toHaveLength(2);
    const betz = mapOf(await importArgdown(readFileSync(new URL('semmelweis_betz.argdown', corpus), 'utf8')));
    expect(betz.edges.some((e) => e.kind === 'contradicts')).toBe(true);
    expect(betz.edges.some((e) => e.kind === 'attacks' && e.note === 'contrary')).toBe(true);
  });

  it('guesses German for the veggie debate and makes groups of its headings', async () => {
    const veggie = mapOf(await importArgdown(readFileSync(new URL('veggie_debate.argdown', corpus), 'utf8')));
    expect(veggie.language).toBe('de');
    expect(veggie.groups?.length).toBeGreaterThan(5);
  });
});

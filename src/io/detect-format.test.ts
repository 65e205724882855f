// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('detectFormat', () => {
  it('recognises each fixture from its content alone', () => {
    expect(detectFormat(fixture('capot-v1.json'))).toBe('capot');
    expect(detectFormat(fixture('capot-v0.json'))).toBe('capot');
    expect(detectFormat(fixture('aif-clean.json'))).toBe('aif');
    expect(detectFormat(fixture('aif-messy.json'))).toBe('aif');
    expect(detectFormat(fixture('argdown-night-trains.argdown'))).toBe('argdown');
    expect(detectFormat(fixture('argdown-broken.argdown'))).toBe('argdown');
    expect(detectFormat(fixture('kialo-four-day-week.txt'))).toBe('kialo');
    expect(detectFormat(fixture('kialo-messy.txt'))).toBe('kialo');
  });

  it('trusts the content over the file name', () => {
    expect(detectFormat(fixture('aif-clean.json'), 'debate.argdown')).toBe('aif');
    expect(detectFormat(fixture('kialo-questions.txt'), 'map.json')).toBe('kialo');
  });

  it('uses the file name only when the content cannot tell', () => {
    expect(detectFormat('Just a sentence.', 'notes.argdown')).toBe('argdown');
    expect(detectFormat('Just a sentence.', 'notes.txt')).toBe('unknown');
    expect(detectFormat('Just a sentence.')).toBe('unknown');
  });

  it('tells Argdown titles from JSON arrays', () => {
    expect(detectFormat('[Thesis]: We should.\n  + <Reason>: Because.')).toBe('argdown');
    expect(detectFormat('<Reason>: Because.')).toBe('argdown');
    expect(detectFormat('[{"nodeID": 1}]')).toBe('aif');
  });

  it('sends other JSON to the Capot importer, which says what is missing', () => {
    expect(detectFormat('{"title": "no format"}')).toBe('capot');
    expect(detectFormat('{"broken": ')).toBe('capot');
  });

  it('finds AIF markers past the first 64 KB', () => {
    const late = `{"padding": "${'x'.repeat(100_000)}", "nodes": [{"nodeID": "1", "text": "A", "type": "I"}]}`;
    expect(detectFormat(late)).toBe('aif');
  });

  it('says unknown for empty text and skips a byte order mark', () => {
    expect(detectFormat('')).toBe('unknown');
    expect(detectFormat(' \n\t ')).toBe('unknown');
    expect(detectFormat('\uFEFF{"format": "capot/1"}')).toBe('capot');
  });

  it('looks at a 50 MB text quickly', () => {
    const started = performance.now();
    expect(detectFormat('a'.repeat(50 * 1024 * 1024))).toBe('unknown');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

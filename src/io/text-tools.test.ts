// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { collapseSpaces, labelAndText, shortenLabel, slug, UniqueIds } from './text-tools.ts';

describe('shortenLabel', () => {
  it('keeps short texts and collapses white space', () => {
    expect(shortenLabel('  a\r\n  b\tc ')).toBe('a b c');
  });

  it('cuts long texts at a word boundary with an ellipsis', () => {
    const text = 'Twitter is highly valuable from an SEO and Aggregation standpoint. Link all of your Social accounts';
    const label = shortenLabel(text);
    expect(label).toBe('Twitter is highly valuable from an SEO and Aggregation standpoint. Link all of…');
    expect(label.length).toBeLessThanOrEqual(80);
  });

  it('cuts a text without spaces hard', () => {
    expect(shortenLabel('x'.repeat(200))).toBe(`${'x'.repeat(79)}…`);
  });
});

describe('labelAndText', () => {
  it('keeps the full text only when the label shortens it', () => {
    expect(labelAndText('Short claim')).toEqual({ label: 'Short claim' });
    const long = `${'word '.repeat(30)}end`;
    expect(labelAndText(long)).toEqual({ label: shortenLabel(long), text: long });
  });
});

describe('ids', () => {
  it('slugs names', () => {
    expect(slug('Lucy Frazer')).toBe('lucy-frazer');
    expect(slug('Élise Dupré-Noël')).toBe('elise-dupre-noel');
    expect(slug('!!!', 'actor')).toBe('actor');
  });

  it('hands out unique ids', () => {
    const ids = new UniqueIds();
    ids.reserve('a');
    expect([ids.take('a'), ids.take('a'), ids.take('b')]).toEqual(['a-2', 'a-3', 'b']);
  });

  it('collapses spaces', () => {
    expect(collapseSpaces(' \n ')).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { approximateMeasure, wordwiseMeasure } from './measure.ts';

describe('approximateMeasure', () => {
  it('scales with the font size', () => {
    expect(approximateMeasure('Nuclear power', 20)).toBeCloseTo(2 * approximateMeasure('Nuclear power', 10));
  });

  it('grows with the text and is zero for nothing', () => {
    expect(approximateMeasure('', 14)).toBe(0);
    expect(approximateMeasure('abc', 14)).toBeLessThan(approximateMeasure('abcd', 14));
  });

  it('tells narrow, wide and capital letters apart', () => {
    expect(approximateMeasure('iiii', 10)).toBeLessThan(approximateMeasure('nnnn', 10));
    expect(approximateMeasure('nnnn', 10)).toBeLessThan(approximateMeasure('mmmm', 10));
    expect(approximateMeasure('nnnn', 10)).toBeLessThan(approximateMeasure('NNNN', 10));
    expect(approximateMeasure('WWWW', 10)).toBe(40);
  });

  it('is close to DejaVu Sans on ordinary prose, erring wide', () => {
    // Summed advance widths at 14 px (from the fonts' hmtx tables): DejaVu Sans 286.0 px, Liberation Sans (Arial) 256.1 px.
    const width = approximateMeasure('Should France phase out nuclear power?', 14);
    expect(width).toBeGreaterThanOrEqual(286);
    expect(width).toBeLessThan(286 * 1.05);
  });

  it('widens heavier text', () => {
    // DejaVu Sans Bold sets this sentence 322.0 px wide at 14 px.
    const bold = approximateMeasure('Should France phase out nuclear power?', 14, 700);
    expect(bold).toBeGreaterThanOrEqual(322);
    expect(bold).toBeLessThan(322 * 1.05);
    expect(approximateMeasure('Nuclear', 14, 650)).toBeGreaterThan(approximateMeasure('Nuclear', 14));
    expect(approximateMeasure('Nuclear', 14, 300)).toBe(approximateMeasure('Nuclear', 14));
  });

  it('counts accented and full-width characters', () => {
    expect(approximateMeasure('é', 10)).toBeCloseTo(approximateMeasure('e', 10));
    expect(approximateMeasure('É', 10)).toBeCloseTo(approximateMeasure('E', 10));
    expect(approximateMeasure('核能', 10)).toBe(20);
    // A character outside the basic plane (two UTF-16 units) is one wide character; so is a lone half of a pair.
    expect(approximateMeasure('𝕏a', 10)).toBeCloseTo(10 + approximateMeasure('a', 10));
    expect(approximateMeasure('\ud835', 10)).toBe(10);
    // Combining marks add nothing: a decomposed é is an e.
    expect(approximateMeasure('e\u0301', 10)).toBeCloseTo(approximateMeasure('e', 10));
  });
});

describe('wordwiseMeasure', () => {
  it('sums the widths of the words and of the spaces between them', () => {
    const measure = wordwiseMeasure((text, size) => text.length * size + (text === ' ' ? 1 : 0));
    // "open" 4, "source" 6 at 2 px, plus one space (2 + 1).
    expect(measure('open source', 2)).toBe(8 + 12 + 3);
    expect(measure('open', 2)).toBe(8);
    expect(measure('', 2)).toBe(0);
  });

  it('measures each distinct word once per size', () => {
    const asked: string[] = [];
    const measure = wordwiseMeasure((text, size) => {
      asked.push(`${size}:${text}`);
      return text.length;
    });
    measure('the risk of the open model', 12);
    measure('the open model', 12);
    measure('the', 14);
    expect(asked.sort()).toEqual(['12: ', '12:model', '12:of', '12:open', '12:risk', '12:the', '14:the']);
  });
});

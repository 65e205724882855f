import { describe, expect, it } from 'vitest';
import { CHIP_ROW_HEIGHT, labelStyles, nodeBox, wrapLabel } from './labels.ts';
import { approximateMeasure } from './measure.ts';

/** One pixel per character: wrapping becomes easy to reason about. */
const mono = (text: string) => [...text].length;

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Nuclear power', 20, mono)).toEqual(['Nuclear power']);
  });

  it('wraps at word boundaries and collapses whitespace', () => {
    expect(wrapLabel('  the quick\nbrown   fox jumps ', 10, mono)).toEqual(['the quick', 'brown fox', 'jumps']);
  });

  it('never returns a line wider than the limit', () => {
    const lines = wrapLabel('Renewables are cheaper than new reactors per megawatt-hour', 12, mono, 10);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(12);
  });

  it('cuts text past the line limit with an ellipsis', () => {
    const lines = wrapLabel('one two three four five six seven eight nine ten', 9, mono, 3);
    expect(lines).toEqual(['one two', 'three', 'four fiv…']);
    expect(mono(lines[2] ?? '')).toBeLessThanOrEqual(9);
  });

  it('drops dangling punctuation before the ellipsis', () => {
    expect(wrapLabel('aaaa, bbbb, cccc', 6, mono, 2)).toEqual(['aaaa,', 'bbbb…']);
  });

  it('breaks a word too long for any line', () => {
    expect(wrapLabel('see https://example.org/a/very/long/path ok', 10, mono)).toEqual([
      'see',
      'https://ex',
      'ample.org/',
      'a/very/lo…',
    ]);
    expect(wrapLabel('Donaudampfschiff', 6, mono)).toEqual(['Donaud', 'ampfsc', 'hiff']);
  });

  it('keeps surrogate pairs whole when breaking', () => {
    expect(wrapLabel('😀😀😀😀', 2, mono)).toEqual(['😀😀', '😀😀']);
  });

  it('returns no lines for blank text', () => {
    expect(wrapLabel('   ', 10, mono)).toEqual([]);
  });
});

describe('nodeBox', () => {
  const node = (kind: 'question' | 'position' | 'argument' | 'fact', label: string, actors: string[] = []) => ({
    kind,
    label,
    actors,
  });

  it('grows with the text, up to the line limit', () => {
    const short = nodeBox(node('argument', 'Cheap'), approximateMeasure);
    const medium = nodeBox(node('argument', 'Renewables are cheaper than new reactors'), approximateMeasure);
    const long = nodeBox(node('argument', 'Renewables are cheaper than new reactors '.repeat(4)), approximateMeasure);
    const longer = nodeBox(node('argument', 'Renewables are cheaper than new reactors '.repeat(8)), approximateMeasure);
    expect(short.width).toBeLessThan(medium.width);
    expect(medium.height).toBeLessThan(long.height);
    expect(long.lines).toHaveLength(4);
    expect(longer.height).toBe(long.height);
    expect(long.width).toBeLessThanOrEqual(labelStyles.argument.maxTextWidth + 2 * labelStyles.argument.paddingX);
  });

  it('has room for every line of its label', () => {
    const box = nodeBox(node('position', 'France should keep nuclear power until 2050 at least'), approximateMeasure);
    const style = labelStyles.position;
    for (const line of box.lines) {
      expect(approximateMeasure(line, box.fontSize)).toBeLessThanOrEqual(box.width - 2 * style.paddingX);
    }
    expect(box.height).toBeGreaterThanOrEqual(box.lines.length * box.lineHeight + 2 * style.paddingY);
  });

  it('makes questions stand out', () => {
    const label = 'Should France phase out nuclear power?';
    const question = nodeBox(node('question', label), approximateMeasure);
    const fact = nodeBox(node('fact', label), approximateMeasure);
    expect(question.fontSize).toBeGreaterThan(fact.fontSize);
    expect(question.width * question.height).toBeGreaterThan(fact.width * fact.height);
  });

  it('reserves the chip row only for nodes with actors', () => {
    const alone = nodeBox(node('fact', 'Flamanville EPR opened in 2024'), approximateMeasure);
    const quoted = nodeBox(node('fact', 'Flamanville EPR opened in 2024', ['edf']), approximateMeasure);
    expect(quoted.height - alone.height).toBe(CHIP_ROW_HEIGHT);
    expect(alone.chipsTop).toBeNull();
    expect(quoted.chipsTop).toBe(quoted.textTop + quoted.lines.length * quoted.lineHeight);
  });

  it('keeps a minimum width and whole-pixel sizes', () => {
    const box = nodeBox(node('fact', 'Yes'), approximateMeasure);
    expect(box.width).toBe(labelStyles.fact.minWidth);
    expect(Number.isInteger(box.height)).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../model/generate.ts';
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

  it('goes on after a broken word on the line of its last piece', () => {
    expect(wrapLabel('Donaudampfschiff a b c', 6, mono)).toEqual(['Donaud', 'ampfsc', 'hiff a', 'b c']);
    expect(wrapLabel('x Donaudampfschiff yy', 6, mono, 10)).toEqual(['x', 'Donaud', 'ampfsc', 'hiff', 'yy']);
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

  it('is as wide as its widest line', () => {
    const style = labelStyles.argument;
    // The second line is the widest; the first ends early because "cheaper" does not fit after it.
    const box = nodeBox(node('argument', 'Renewables are now much cheaper than what they were'), approximateMeasure);
    const widths = box.lines.map((line) => approximateMeasure(line, style.fontSize));
    expect(box.lines.length).toBeGreaterThan(1);
    expect(box.width).toBe(Math.ceil(Math.max(...widths) + 2 * style.paddingX));
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

describe('nodeBox with the approximate measure', () => {
  // The same measure under another name: nodeBox cannot tell, so it takes the general path (split, then measure words).
  const general = (text: string, fontSize: number) => approximateMeasure(text, fontSize);
  const kinds = ['question', 'position', 'argument', 'fact'] as const;

  it('sizes every label as the general path does', () => {
    // Mostly plain words one space apart (the one-pass path), sometimes what it leaves to the general path.
    const word = fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom('open', 'weights', 'Mistral', 'l’IA', 'déjà', 'WWW', 'i', 'xAI,') },
      { weight: 2, arbitrary: fc.stringMatching(/^[a-zA-Z0-9.,;:!?'()-]{1,14}$/) },
      { weight: 1, arbitrary: fc.constantFrom('https://example.org/a/long/path/that/never/fits', '人工知能', '😀') },
      { weight: 1, arbitrary: fc.constantFrom('a\u0301', '\u200b', '—', '…', '\u0000') },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    );
    const gap = fc.oneof(
      { weight: 30, arbitrary: fc.constant(' ') },
      { weight: 1, arbitrary: fc.constantFrom('  ', '\t', '\n', '\u00a0', '\u2009', '\u3000') },
    );
    const label = fc
      .array(fc.tuple(word, gap), { minLength: 1, maxLength: 40 })
      .chain((parts) => fc.tuple(fc.constant(parts), fc.constantFrom('', '', '', ' ', '\n')))
      .map(([parts, end]) => parts.map(([w, g]) => w + g).join('').trimEnd() + end);
    // Plain labels of any length, up to more lines than fit.
    const plain = fc
      .array(fc.stringMatching(/^[a-zA-Zéè’0-9,.?-]{1,12}$/), { minLength: 1, maxLength: 60 })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.oneof(label, plain), fc.constantFrom(...kinds), fc.boolean(), (text, kind, quoted) => {
        const node = { kind, label: text, actors: quoted ? ['a'] : [] };
        expect(nodeBox(node, approximateMeasure)).toEqual(nodeBox(node, general));
      }),
      { numRuns: 2000 },
    );
  });

  it("sizes a generated map's labels as the general path does", () => {
    for (const node of generateMap({ nodes: 3000, seed: 5 }).nodes) {
      expect(nodeBox(node, approximateMeasure)).toEqual(nodeBox(node, general));
    }
  });
});


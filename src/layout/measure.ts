/**
 * Measures the advance width of `text` at `fontSize` pixels, in pixels. The browser passes one backed by a canvas
 * `measureText` (with the map's font family); Node, tests and workers without a canvas use {@link approximateMeasure}.
 */
export type Measure = (text: string, fontSize: number) => number;

// Advance widths in em, rounded up from DejaVu Sans (the wider of DejaVu Sans and Arial), grouped to keep the table
// small. Overestimating is the safe side: a label measured too wide wraps a little early, one measured too narrow spills.
const GROUPS: readonly (readonly [string, number])[] = [
  ["ijlI|'", 0.3],
  [' .,:;‘’', 0.34],
  ['ft()[]{}-r/\\!', 0.42],
  ['sczJ?*"', 0.55],
  ['0123456789$#_+=<>~^', 0.64],
  ['DGHNOQU', 0.8],
  ['w', 0.82],
  ['M', 0.87],
  ['m%', 0.98],
  ['W@…—', 1.0],
];
const WIDTHS = new Map<string, number>(GROUPS.flatMap(([chars, em]) => [...chars].map((ch) => [ch, em] as const)));

/** Lower-case letters and anything not listed. */
const DEFAULT_EM = 0.62;
/** Capitals not listed (A, B, C, E, K, R… are 0.6–0.72 em). */
const CAPITAL_EM = 0.72;
/** Characters from this code on (CJK and other full-width characters, surrogates…) are wide; below it, narrow. */
export const NARROW_END = 0x2e80;
/** CJK and other full-width characters. */
const WIDE_EM = 1.0;

function charWidth(ch: string): number {
  const listed = WIDTHS.get(ch);
  if (listed !== undefined) return listed;
  const code = ch.codePointAt(0) ?? 0;
  if (code >= NARROW_END) return WIDE_EM;
  // Accented letters fall back on their base letter's case; combining marks add nothing.
  if (code >= 0x300 && code < 0x370) return 0;
  return ch !== ch.toLowerCase() ? CAPITAL_EM : DEFAULT_EM;
}

/**
 * The width in em that {@link approximateMeasure} gives each character below {@link NARROW_END}, by code, or NaN for
 * a character not met yet ({@link narrowEm} fills it in): at regular weight, a text's width is the sum of its
 * characters' in order, times the font size. Labels are measured by the ten thousand on a large map, so its loops read
 * this table themselves, and `charWidth` (which builds a lower-case string) runs once per character.
 */
export const NARROW_EMS = new Float64Array(NARROW_END).fill(NaN);

/** {@link NARROW_EMS} at `code`, filled in when it was not yet. */
export function narrowEm(code: number): number {
  let width = NARROW_EMS[code]!;
  if (Number.isNaN(width)) NARROW_EMS[code] = width = charWidth(String.fromCharCode(code));
  return width;
}

/** How much wider bold (700) is than regular (400): DejaVu Sans Bold sets prose about 12.6% wider than Book. */
const BOLD_GAIN = 0.13;

/**
 * A canvas-free {@link Measure} for a sans-serif face (DejaVu Sans, Arial, Helvetica): per-character average widths,
 * slightly overestimating so text laid out with it fits when the real font draws it. Give `fontWeight` for text set
 * heavier than regular (semi-bold and bold are wider); it is a {@link Measure} as it stands.
 */
export function approximateMeasure(text: string, fontSize: number, fontWeight = 400): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= NARROW_END) {
      em += WIDE_EM;
      // A surrogate pair is one (wide) character.
      if (code <= 0xdbff && code >= 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      continue;
    }
    const width = NARROW_EMS[code]!;
    em += Number.isNaN(width) ? narrowEm(code) : width;
  }
  const heavier = Math.min(1, Math.max(0, (fontWeight - 400) / 300));
  return em * fontSize * (1 + BOLD_GAIN * heavier);
}

/**
 * Turns a measure of single words into a {@link Measure} of text: the width of a line is the sum of its words'
 * widths and of the spaces between them, each word measured once per size and remembered. Wrapping measures every
 * growing candidate line, so this takes label sizing from one (slow) text measurement per candidate to one per
 * distinct word; kerning across a space, which the sum ignores, is nil in ordinary fonts.
 */
export function wordwiseMeasure(measureWord: Measure): Measure {
  const cache = new Map<number, Map<string, number>>();
  // Labels of one kind share a size: the last size's widths are kept at hand.
  let lastSize = NaN;
  let lastWidths = new Map<string, number>();
  const wordWidth = (word: string, fontSize: number) => {
    let widths = lastWidths;
    if (fontSize !== lastSize) {
      widths = cache.get(fontSize) ?? new Map<string, number>();
      cache.set(fontSize, widths);
      lastSize = fontSize;
      lastWidths = widths;
    }
    let width = widths.get(word);
    if (width === undefined) widths.set(word, (width = measureWord(word, fontSize)));
    return width;
  };
  return (text, fontSize) => {
    if (!text.includes(' ')) return text === '' ? 0 : wordWidth(text, fontSize);
    const words = text.split(' ');
    let width = words.length > 1 ? (words.length - 1) * wordWidth(' ', fontSize) : 0;
    for (const word of words) if (word !== '') width += wordWidth(word, fontSize);
    return width;
  };
}

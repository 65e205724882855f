import type { DebateNode, NodeKind } from '../model/types.ts';
import { approximateMeasure, NARROW_EMS, NARROW_END, narrowEm, type Measure } from './measure.ts';
import type { Size } from './types.ts';

/** How one node kind sets its label. Sizes in pixels; `lineHeight` is a multiple of `fontSize`. */
export interface LabelStyle {
  fontSize: number;
  lineHeight: number;
  /** Lines wrap at this text width; the box is at most this plus padding wide. */
  maxTextWidth: number;
  /** Narrowest box, so a one-word label still makes a shape you can hit. */
  minWidth: number;
  paddingX: number;
  paddingY: number;
  maxLines: number;
}

const ELLIPSIS = '…';

/**
 * Word-wraps `text` into lines no wider than `maxWidth`, greedily, the way a reader expects: whitespace collapses,
 * a word too long for a line on its own (a URL, a German compound) is broken between characters, and text that needs
 * more than `maxLines` lines is cut, its last line ending with "…". Returns no lines for blank text.
 *
 * Widths add up: a line is as wide as its words and the spaces between them, as with every measure Capot uses (word
 * by word in the browser, character by character elsewhere), so each word is measured once.
 *
 * @param measure - the width of a string in the label's font (bind the font size first).
 */
export function wrapLabel(text: string, maxWidth: number, measure: (text: string) => number, maxLines = 4): string[] {
  return wrap(text, maxWidth, measure, 0, maxLines).lines;
}

/**
 * {@link wrapLabel}'s lines and the width of the widest, added up while wrapping rather than measured again. Sizing a
 * large map's labels runs it thousands of times before the first paint, so its common path makes no closure and joins
 * each line once.
 */
function wrap(
  text: string,
  maxWidth: number,
  measure: Measure,
  fontSize: number,
  maxLines: number,
): { lines: string[]; width: number } {
  const trimmed = text.trim();
  const words = trimmed === '' ? [] : trimmed.split(/\s+/);
  const space = words.length > 1 ? measure(' ', fontSize) : 0;
  const lines: string[] = [];
  let widest = 0;
  // The line being filled: `head` (the end of a word broken over lines, or nothing), then words `start` to `i - 1`,
  // `width` wide.
  let head = '';
  let start = 0;
  let width = 0;
  let empty = true;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const wordWidth = measure(word, fontSize);
    const candidate = empty ? wordWidth : width + space + wordWidth;
    if (candidate <= maxWidth) {
      width = candidate;
      empty = false;
      continue;
    }
    if (!empty) {
      lines.push(lineOf(head, words, start, i));
      widest = Math.max(widest, width);
    }
    empty = false;
    if (wordWidth <= maxWidth) {
      head = '';
      start = i;
      width = wordWidth;
    } else {
      const pieces = breakWord(word, maxWidth, (piece) => measure(piece, fontSize));
      head = pieces.pop()!;
      start = i + 1;
      width = measure(head, fontSize);
      for (const piece of pieces) {
        lines.push(piece);
        widest = Math.max(widest, measure(piece, fontSize));
      }
    }
    // Text is left over (the line being filled) once `maxLines` lines are full.
    if (lines.length >= maxLines) {
      const cut = ellipsize(lines.slice(0, maxLines), maxWidth, (line) => measure(line, fontSize));
      return { lines: cut, width: Math.max(0, ...cut.map((line) => measure(line, fontSize))) };
    }
  }
  if (!empty) {
    lines.push(lineOf(head, words, start, words.length));
    widest = Math.max(widest, width);
  }
  return { lines, width: widest };
}

/**
 * {@link wrap} with {@link approximateMeasure}, in one pass over the characters of a plain label: words one space
 * apart, no other white space, no character from the wide range, no word wider than a line and no more lines than
 * `maxLines`. Returns null for any other label, which {@link wrap} takes. Widths are added in the same order as there,
 * so both give the same lines and the same width. A large map sizes tens of thousands of labels before its first
 * paint, and splitting each into words, then measuring each word, took most of that time.
 */
function wrapPlain(
  text: string,
  fontSize: number,
  maxWidth: number,
  maxLines: number,
): { lines: string[]; width: number } | null {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === SPACE || text.charCodeAt(n - 1) === SPACE) return null;
  const space = narrowEm(SPACE) * fontSize;
  const lines: string[] = [];
  let widest = 0;
  let lineStart = 0;
  let lineWidth = 0;
  let wordStart = 0;
  let em = 0;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : SPACE;
    if (code !== SPACE) {
      if (code >= NARROW_END || isOtherSpace(code)) return null;
      const width = NARROW_EMS[code]!;
      em += Number.isNaN(width) ? narrowEm(code) : width;
      continue;
    }
    if (i === wordStart) return null; // two spaces in a row
    const wordWidth = em * fontSize;
    if (wordWidth > maxWidth) return null;
    if (wordStart === lineStart) lineWidth = wordWidth;
    else if (lineWidth + space + wordWidth <= maxWidth) lineWidth = lineWidth + space + wordWidth;
    else {
      lines.push(text.slice(lineStart, wordStart - 1));
      widest = Math.max(widest, lineWidth);
      if (lines.length >= maxLines) return null;
      lineStart = wordStart;
      lineWidth = wordWidth;
    }
    wordStart = i + 1;
    em = 0;
  }
  lines.push(text.slice(lineStart));
  return { lines, width: Math.max(widest, lineWidth) };
}

const SPACE = 0x20;

/** White space other than the plain space, below {@link NARROW_END}, and control characters. */
function isOtherSpace(code: number): boolean {
  if (code < SPACE) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f
  );
}

/** A line's text: `head` (or nothing), then `words` from `start` to `end - 1`, one space apart. */
function lineOf(head: string, words: readonly string[], start: number, end: number): string {
  if (end === start) return head;
  const tail = end - start === 1 ? words[start]! : words.slice(start, end).join(' ');
  return head === '' ? tail : `${head} ${tail}`;
}

/** Splits one word into pieces that each fit, keeping whole characters (surrogate pairs stay together). */
function breakWord(word: string, maxWidth: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece !== '' && measure(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  pieces.push(piece);
  return pieces;
}

/** Ends the last line with an ellipsis, dropping characters (and dangling spaces or punctuation) until it fits. */
function ellipsize(lines: string[], maxWidth: number, measure: (text: string) => number): string[] {
  const last = [...(lines.pop() ?? '')];
  const fits = () => measure(last.join('') + ELLIPSIS) <= maxWidth;
  while (last.length > 0 && !fits()) last.pop();
  const kept = last.join('').replace(/[\s.,;:!?—–-]+$/u, '');
  return [...lines, kept + ELLIPSIS];
}

/** Height kept under the label for the row of actor chips (initials), when a node has actors. */
export const CHIP_ROW_HEIGHT = 16;

/**
 * Label styles per node kind, the one table the renderer shares: questions and positions stand out (bigger text,
 * wider boxes); arguments and facts stay legible at 13 and 12 px. Font sizes differ from kind to kind, so a measure
 * can tell the kind (and its font weight) from the size alone.
 */
export const labelStyles: Readonly<Record<NodeKind, LabelStyle>> = {
  question: {
    fontSize: 17,
    lineHeight: 1.25,
    maxTextWidth: 260,
    minWidth: 120,
    paddingX: 18,
    paddingY: 12,
    maxLines: 4,
  },
  position: {
    fontSize: 15,
    lineHeight: 1.25,
    maxTextWidth: 220,
    minWidth: 100,
    paddingX: 14,
    paddingY: 10,
    maxLines: 4,
  },
  argument: { fontSize: 13, lineHeight: 1.3, maxTextWidth: 200, minWidth: 80, paddingX: 12, paddingY: 8, maxLines: 4 },
  fact: { fontSize: 12, lineHeight: 1.3, maxTextWidth: 180, minWidth: 70, paddingX: 10, paddingY: 7, maxLines: 4 },
};

/** A node's box and its label, laid out. Offsets are from the box's top edge, y downwards. */
export interface NodeBox extends Size {
  lines: string[];
  fontSize: number;
  /** Distance between baselines, in pixels. */
  lineHeight: number;
  /** Top of the first line of text. */
  textTop: number;
  /** Top of the actor chip row, or `null` when the node names no actors. */
  chipsTop: number | null;
}

/**
 * Sizes a node's box from its kind and label: wraps the label (see {@link wrapLabel}), then adds padding and, when the
 * node names actors, a chip row of {@link CHIP_ROW_HEIGHT}. Width and height are whole pixels, rounded up.
 */
export function nodeBox(node: Pick<DebateNode, 'kind' | 'label' | 'actors'>, measure: Measure): NodeBox {
  const style = labelStyles[node.kind];
  const { fontSize, maxTextWidth, maxLines } = style;
  const { lines, width: textWidth } =
    (measure === approximateMeasure ? wrapPlain(node.label, fontSize, maxTextWidth, maxLines) : null) ??
    wrap(node.label, maxTextWidth, measure, fontSize, maxLines);
  const lineHeight = style.fontSize * style.lineHeight;
  const textHeight = Math.max(1, lines.length) * lineHeight;
  const chips = node.actors.length > 0;
  return {
    width: Math.ceil(Math.max(style.minWidth, Math.min(textWidth, style.maxTextWidth) + 2 * style.paddingX)),
    height: Math.ceil(textHeight + 2 * style.paddingY + (chips ? CHIP_ROW_HEIGHT : 0)),
    lines,
    fontSize: style.fontSize,
    lineHeight,
    textTop: style.paddingY,
    chipsTop: chips ? style.paddingY + textHeight : null,
  };
}

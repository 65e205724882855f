import type { DebateNode, NodeKind } from '../model/types.ts';
import type { Measure } from './measure.ts';
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
  const words = text.split(/\s+/).filter((word) => word !== '');
  const space = words.length > 1 ? measure(' ') : 0;
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of words) {
    const wordWidth = measure(word);
    const candidate = line === '' ? wordWidth : width + space + wordWidth;
    if (candidate <= maxWidth) {
      line = line === '' ? word : `${line} ${word}`;
      width = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = wordWidth <= maxWidth ? [word] : breakWord(word, maxWidth, measure);
    line = pieces.pop() ?? '';
    width = pieces.length === 0 ? wordWidth : measure(line);
    lines.push(...pieces);
    // Text is left over (`line`) once `maxLines` lines are full.
    if (lines.length >= maxLines) return ellipsize(lines.slice(0, maxLines), maxWidth, measure);
  }
  if (line !== '') lines.push(line);
  return lines;
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
  const width = (text: string) => measure(text, style.fontSize);
  const lines = wrapLabel(node.label, style.maxTextWidth, width, style.maxLines);
  const lineHeight = style.fontSize * style.lineHeight;
  const textWidth = Math.max(0, ...lines.map(width));
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

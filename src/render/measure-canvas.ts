import { approximateMeasure, wordwiseMeasure, type Measure } from '../layout/measure.ts';
import { labelStyles } from '../layout/labels.ts';
import { NODE_KINDS } from '../model/types.ts';
import { nodeKinds } from './kinds.ts';
import { theme } from './theme.ts';

/** The weight each label size is drawn in (sizes are unique per kind), so widths are measured as drawn. */
const weightBySize = new Map(NODE_KINDS.map((k) => [labelStyles[k].fontSize, nodeKinds[k].fontWeight]));

/**
 * Measures label text with the browser's own font metrics (a canvas), so wrapped labels fit their boxes exactly;
 * falls back to the layout's conservative estimate where there is no canvas (jsdom, Node).
 */
export function createMeasure(): Measure {
  const isJsdom = typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent);
  const canvas = typeof document !== 'undefined' && !isJsdom ? document.createElement('canvas') : null;
  const ctx = canvas?.getContext('2d');
  if (!ctx) return approximateMeasure;
  let font = '';
  return wordwiseMeasure((word, fontSize) => {
    const wanted = `${weightBySize.get(fontSize) ?? 400} ${fontSize}px ${theme.font}`;
    // Setting a font parses it: only when the size changes.
    if (wanted !== font) ctx.font = font = wanted;
    // A hair of slack: other renderers (an exported file opened elsewhere) may set the same text a little wider.
    return ctx.measureText(word).width * 1.03;
  });
}

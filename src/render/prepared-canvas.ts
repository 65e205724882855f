import { theme } from './theme.ts';

/**
 * The large-map view's canvas, made ahead of the map. A canvas's backing store is allocated when it is first drawn on,
 * and on the benchmark's machine that costs about 3 ms a megabyte (fresh memory, page by page): 12 to 15 ms for a
 * 1,140 × 854 view, in the first frame of every large map. Made while a map is read, downloaded or generated, it is
 * ready when the map arrives; the view takes it rather than making its own.
 */
let prepared: HTMLCanvasElement | null = null;

/** The page's map area, which the canvas fills; null until the page is rendered. */
export const mapArea = (): Element | null => document.querySelector('.map-area');

/** The size of `el` in the screen's device pixels: what a canvas filling it holds to look sharp (0 before layout). */
export function devicePixels(el: Element): { width: number; height: number } {
  const dpr = window.devicePixelRatio || 1;
  return { width: Math.round(el.clientWidth * dpr), height: Math.round(el.clientHeight * dpr) };
}

/**
 * Makes a canvas the size of `area` (the map's area, which the canvas fills) at the screen's pixel ratio and draws
 * the map's background on it, which allocates its backing store. Does nothing when the area has no size yet (nothing
 * laid out, or a test's DOM) or the browser gives no 2D context; keeps the canvas already prepared when it fits.
 */
export function prepareMapCanvas(area: Element | null = mapArea()): void {
  if (!area) return;
  const { width, height } = devicePixels(area);
  if (width < 1 || height < 1 || (prepared?.width === width && prepared.height === height)) return;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) return;
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, width, height);
  prepared = canvas;
}

/** The canvas prepared last, if any (its holder gives it up), else a new one. */
export function takeMapCanvas(): HTMLCanvasElement {
  const canvas = prepared ?? document.createElement('canvas');
  prepared = null;
  return canvas;
}

/** Lets go of a prepared canvas nobody took (the map was small, or did not open), and of its memory. */
export function dropMapCanvas(): void {
  prepared = null;
}

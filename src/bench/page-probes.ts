/**
 * Code that runs inside the page. The scripts are strings, not functions: tsx compiles this file with esbuild's
 * `keepNames`, whose `__name(…)` helper would not exist in the page.
 */

/**
 * Installed before the app's scripts: records the timestamp of every animation frame from navigation on in
 * `window.__capotFrames`. It asks for every frame itself, so idle stretches count as smooth 60 fps frames.
 */
export const FRAME_RECORDER = `
  window.__capotFrames = [];
  (function record(t) {
    if (t !== undefined) window.__capotFrames.push(t);
    requestAnimationFrame(record);
  })();
`;

/** The User Timing marks of the map on screen and the page's clock now, in ms from navigation start. */
export const READ_MARKS = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const loaded = performance.getEntriesByType('navigation')[0]?.loadEventEnd || null;
  return { loaded, dataIn: at('capot:data-in'), firstPaint: at('capot:first-paint'), settled: at('capot:settled'), now: performance.now() };
})()`;

export interface Marks {
  loaded: number | null;
  dataIn: number | null;
  firstPaint: number | null;
  settled: number | null;
  now: number;
}

export const READ_FRAMES = `window.__capotFrames ?? []`;

/**
 * Resolves to true once the User Timing mark `name` exists, or to false after `timeoutMs`. One call that waits inside
 * the page, rather than polling it: each poll is a task on the page's main thread, and one landing between a painted
 * frame and the next would delay the very mark it waits for.
 */
export function awaitMark(name: string, timeoutMs: number): string {
  return `new Promise((resolve) => {
    const seen = () => performance.getEntriesByName(${JSON.stringify(name)}).length > 0;
    if (seen()) return resolve(true);
    const observer = new PerformanceObserver(() => {
      if (!seen()) return;
      observer.disconnect();
      resolve(true);
    });
    observer.observe({ type: 'mark' });
    setTimeout(() => {
      observer.disconnect();
      resolve(seen());
    }, ${Math.round(timeoutMs)});
  })`;
}

export const PAGE_NOW = `performance.now()`;

/** The map's surface: the SVG view's `<svg>` or the large-map view's `<canvas>` (both carry `map-svg`). */
const SURFACE = `document.querySelector('.map-svg')`;

/**
 * A point of the map's background in viewport pixels, searched from the centre outwards; null when there is none.
 * On the SVG view, a point where the bare <svg> is hit (not a node, edge, toolbar or legend); on the canvas view, a
 * point on the canvas whose 9 × 9 pixels around all have the colour of the canvas's corner (the background).
 */
export const BACKGROUND_POINT = `(() => {
  const surface = ${SURFACE};
  if (!surface) return null;
  const r = surface.getBoundingClientRect();
  const ctx = surface instanceof HTMLCanvasElement ? surface.getContext('2d') : null;
  const sx = ctx ? surface.width / r.width : 1, sy = ctx ? surface.height / r.height : 1;
  const corner = ctx ? [...ctx.getImageData(1, 1, 1, 1).data].join() : '';
  const bare = (x, y) => {
    if (!ctx) return true;
    const data = ctx.getImageData(Math.round((x - r.left) * sx) - 4, Math.round((y - r.top) * sy) - 4, 9, 9).data;
    for (let i = 0; i < data.length; i += 4) if ([data[i], data[i + 1], data[i + 2], data[i + 3]].join() !== corner) return false;
    return true;
  };
  const points = [];
  for (let i = 1; i < 24; i++) for (let j = 1; j < 24; j++) points.push([r.left + (r.width * i) / 24, r.top + (r.height * j) / 24]);
  const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
  points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
  const found = points.find(([x, y]) => document.elementFromPoint(x, y) === surface && bare(x, y));
  return found ? { x: found[0], y: found[1] } : null;
})()`;

/** Clicks the Export SVG button without Playwright's actionability checks (they walk a huge DOM). */
export const CLICK_EXPORT_SVG = `(() => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Export SVG');
  if (!button) throw new Error('no Export SVG button');
  button.click();
})()`;

/** Marks the element a probe acts on (a plain arrow function: esbuild adds no `__name` to it). */
export const TARGET = 'data-bench-target';

/**
 * Clicks the element marked with {@link TARGET} and resolves with the ms from just before the click to the end of
 * the next frame (rAF, then a task, as the app's own first-paint mark does) after the map changed, or null when it
 * did not within `timeoutMs`. On the SVG view "changed" is the first DOM mutation in the <svg> (while the layout
 * runs, its own writes count too); the canvas view repaints in its next animation frame after a store change, so
 * there the frame after the click is the one.
 */
export function clickAndTimePaint(timeoutMs: number): string {
  return `new Promise((resolve) => {
    const target = document.querySelector('[${TARGET}]');
    const surface = ${SURFACE};
    if (!target || !surface) return resolve(null);
    let t0 = 0;
    let done = false;
    const finish = (value) => {
      if (done) return;
      done = true;
      observer.disconnect();
      resolve(value);
    };
    const nextFrame = () => requestAnimationFrame(() => setTimeout(() => finish(performance.now() - t0)));
    const observer = new MutationObserver(() => {
      observer.disconnect();
      nextFrame();
    });
    const canvas = surface instanceof HTMLCanvasElement;
    if (!canvas) observer.observe(surface, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => finish(null), ${Math.round(timeoutMs)});
    t0 = performance.now();
    target.click();
    if (canvas) nextFrame();
  })`;
}

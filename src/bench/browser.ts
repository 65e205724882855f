import type { Browser, Page } from 'playwright-core';
import { heapAfterGc, panAndZoom, timeActorFilter, timeSvgExport } from './interact.ts';
import { awaitMark, FRAME_RECORDER, READ_FRAMES, READ_MARKS, type Marks } from './page-probes.ts';
import type { RunResult } from './results.ts';
import { frameStats } from './stats.ts';

/** The benchmark's browser is the browser tests' own. */
export { launchChromium as launchBrowser } from '../e2e/chromium.ts';

export const VIEWPORT = { width: 1400, height: 900 };

/** How long one interaction may take before it is reported as not measured. */
const STEP_TIMEOUT_MS = 60_000;
/** How long reading the marks or closing the page may take before the page counts as stuck. */
const QUICK_TIMEOUT_MS = 20_000;

/** A page that stopped answering (a task of minutes on its main thread): the rest of the run is skipped. */
class Stuck extends Error {}

/** `work`, or a {@link Stuck} error once `ms` have passed. */
async function within<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Stuck(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One run of one map in a fresh browser context: load `url`, wait for the first paint and for the layout to settle
 * (at most `timeoutMs` after navigation), then measure the heap, panning and zooming, the SVG export and an actor
 * filter change, in that order (the export comes before the filter so that it draws the whole map; panning comes
 * last when the layout has not settled). A page that stops answering ends the run with what was measured so far.
 */
export async function measureRun(browser: Browser, url: string, timeoutMs: number): Promise<RunResult> {
  // The built app's CSP forbids eval, which Playwright's string predicates need; the app itself does not care.
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, bypassCSP: true });
  const errors: string[] = [];
  const result: RunResult = {
    ...{ loaded: null, dataIn: null, firstPaint: null, settled: null, timedOut: true, layout: null, panZoom: null },
    ...{ filterMs: null, exportMs: null, exportBytes: null, heapBytes: null, errors, stuck: false },
  };
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await page.addInitScript(FRAME_RECORDER);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    const start = Date.now();
    const left = () => Math.max(1, timeoutMs - (Date.now() - start));
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const painted = await waitForMark(page, 'capot:first-paint', left());
    result.timedOut = !(painted && (await waitForMark(page, 'capot:settled', left())));
    const marks = (await within('reading the marks', QUICK_TIMEOUT_MS, page.evaluate(READ_MARKS))) as Marks;
    Object.assign(result, {
      loaded: marks.loaded,
      dataIn: marks.dataIn,
      firstPaint: marks.firstPaint,
      settled: marks.settled,
    });
    if (!painted) return result;
    const frames = (await within('reading the frames', QUICK_TIMEOUT_MS, page.evaluate(READ_FRAMES))) as number[];
    result.layout = frameStats(frames, marks.firstPaint!, marks.settled ?? marks.now);

    result.heapBytes = await within('measuring the heap', STEP_TIMEOUT_MS, heapAfterGc(cdp));
    const pan = async () => {
      result.panZoom = await within('panning and zooming', STEP_TIMEOUT_MS, panAndZoom(page));
    };
    // Panning a map whose layout still runs in long frames is what most often gets a page stuck: then it comes last.
    if (!result.timedOut) await pan();
    const exported = await within('exporting SVG', STEP_TIMEOUT_MS + 5000, timeSvgExport(page, STEP_TIMEOUT_MS));
    Object.assign(result, { exportMs: exported?.ms ?? null, exportBytes: exported?.bytes ?? null });
    result.filterMs = await within('filtering', STEP_TIMEOUT_MS + 5000, timeActorFilter(page, STEP_TIMEOUT_MS));
    if (result.timedOut) await pan();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    result.stuck ||= error instanceof Stuck;
    errors.push(`bench: ${error instanceof Stuck ? 'page stuck: ' : ''}${message}`);
  } finally {
    await within('closing the page', QUICK_TIMEOUT_MS, context.close()).catch((error: unknown) => {
      result.stuck = true;
      errors.push(`bench: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  return result;
}

/** Waits for a User Timing mark; false when it has not come within `timeoutMs`. */
async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A page too busy to run its own timer answers nothing: then the wait ends here, a second later.
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs + 1000)));
  const marked = page.evaluate(awaitMark(name, timeoutMs)).then(
    (value) => value === true,
    () => false,
  );
  try {
    return await Promise.race([marked, late]);
  } finally {
    clearTimeout(timer);
  }
}

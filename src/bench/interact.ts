import { statSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { BACKGROUND_POINT, CLICK_EXPORT_SVG, clickAndTimePaint, PAGE_NOW, READ_FRAMES, TARGET } from './page-probes.ts';
import { frameStats, type FrameStats } from './stats.ts';

/**
 * Drags the map's background in a circle for half of `durationMs`, then wheel-zooms in and out for the other half,
 * at about a real mouse's event rate, and returns the frame statistics of that stretch. Each step waits for the
 * page to take the event, so a slow page gets fewer steps, never a longer stretch than one step past the end.
 */
export async function panAndZoom(page: Page, durationMs = 2000): Promise<FrameStats | null> {
  const point = (await page.evaluate(BACKGROUND_POINT)) as { x: number; y: number } | null;
  if (!point) return null;
  const from = (await page.evaluate(PAGE_NOW)) as number;
  const half = durationMs / 2;
  await page.mouse.move(point.x, point.y);
  await page.mouse.down();
  for (let i = 0, start = Date.now(); Date.now() - start < half; i++) {
    const angle = i / 8;
    await page.mouse.move(point.x + 80 * Math.sin(angle), point.y + 80 * (1 - Math.cos(angle)));
    await page.waitForTimeout(16);
  }
  await page.mouse.move(point.x, point.y);
  await page.mouse.up();
  // Eight notches in, eight out (d3-zoom: about ×1.15 per 100 px of wheel).
  for (let i = 0, start = Date.now(); Date.now() - start < half; i++) {
    await page.mouse.wheel(0, i % 16 < 8 ? -100 : 100);
    await page.waitForTimeout(33);
  }
  const to = (await page.evaluate(PAGE_NOW)) as number;
  return frameStats((await page.evaluate(READ_FRAMES)) as number[], from, to);
}

/** Clicks Export SVG: ms from the click (as sent) to the download event, and the file's size; null on timeout. */
export async function timeSvgExport(page: Page, timeoutMs: number): Promise<{ ms: number; bytes: number } | null> {
  const downloaded = page.waitForEvent('download', { timeout: timeoutMs }).catch(() => null);
  const start = performance.now();
  await page.evaluate(CLICK_EXPORT_SVG);
  const download = await downloaded;
  if (!download) return null;
  const ms = performance.now() - start;
  const bytes = statSync(await download.path()).size;
  await download.delete();
  return { ms, bytes };
}

/**
 * Ticks the first actor in the Actors panel (highlight mode, the default) and returns the ms from the click to the
 * end of the next frame after the map changed; null when it did not change within `timeoutMs`.
 */
export async function timeActorFilter(page: Page, timeoutMs: number): Promise<number | null> {
  const box = page.getByRole('group', { name: 'Actors', exact: true }).getByRole('checkbox').first();
  await box.evaluate((el, name) => el.setAttribute(name, ''), TARGET, { timeout: timeoutMs });
  return (await page.evaluate(clickAndTimePaint(timeoutMs))) as number | null;
}

/** The used JS heap after a forced garbage collection, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number | null> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
}

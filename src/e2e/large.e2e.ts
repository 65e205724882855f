import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../model/generate.ts';
import { openApp, sharedBrowser, waitForSettled } from './browser.ts';
import { waitForTitle, watchApp } from './page-watch.ts';

const browser = sharedBrowser();

/**
 * Counts, for every animation frame, how many requestAnimationFrame callbacks ran in it (by the frame's timestamp).
 * Installed before the app's scripts.
 */
const COUNT_CALLBACKS = `
  window.__perFrame = new Map();
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    raf((t) => {
      window.__perFrame.set(t, (window.__perFrame.get(t) ?? 0) + 1);
      callback(t);
    });
`;

/**
 * Records, for every canvas, when it was first given a drawing context and how often its width or height was set
 * after that (each time reallocates its memory). Installed before the app's scripts.
 */
const LOG_CANVASES = `
  window.__canvases = new WeakMap();
  const proto = HTMLCanvasElement.prototype;
  const getContext = proto.getContext;
  proto.getContext = function (...args) {
    if (!window.__canvases.has(this)) window.__canvases.set(this, { context: performance.now(), resized: 0 });
    return getContext.apply(this, args);
  };
  for (const side of ['width', 'height']) {
    const own = Object.getOwnPropertyDescriptor(proto, side);
    Object.defineProperty(proto, side, {
      ...own,
      set(value) {
        const log = window.__canvases.get(this);
        if (log) log.resized++;
        own.set.call(this, value);
      },
    });
  }
`;

/** Of the map's canvas: whether it had its context before the map came in, its resizes since, and whether it fits. */
const mapCanvas = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.map-canvas')!;
    const log = (
      window as unknown as { __canvases: WeakMap<object, { context: number; resized: number }> }
    ).__canvases.get(canvas)!;
    const dataIn = performance.getEntriesByName('capot:data-in').at(-1)!.startTime;
    return {
      readyBeforeTheMap: log.context < dataIn,
      resized: log.resized,
      fits: canvas.width === Math.round(canvas.clientWidth * devicePixelRatio),
    };
  });

describe('a large map (canvas view, layout in a worker) in Chromium', () => {
  it('is drawn on a canvas made while the map was on its way (made in the page, or downloaded)', async () => {
    const expected = { readyBeforeTheMap: true, resized: 0, fits: true };
    const generated = await openApp(browser(), '?generate=1000&seed=3', { initScript: LOG_CANVASES });
    expect(await mapCanvas(generated.page)).toEqual(expected);
    expect(generated.errors).toEqual([]);
    await generated.page.context().close();

    const file = JSON.stringify(generateMap({ nodes: 1000, seed: 2 }));
    const downloaded = await watchApp(browser(), '?map=maps/large.json', (page) =>
      Promise.all([
        page.addInitScript(LOG_CANVASES),
        page.route('**/maps/large.json', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: file }),
        ),
      ]),
    );
    await waitForTitle(downloaded.page, 'Generated debate (1000 nodes, seed 2)');
    await waitForSettled(downloaded.page);
    expect(await mapCanvas(downloaded.page)).toEqual(expected);
    expect(downloaded.errors).toEqual([]);
    await downloaded.page.context().close();
  });

  it('runs one frame loop while its layout spreads, however often the camera follows it', async () => {
    const { page, errors } = await openApp(browser(), '?generate=1000&seed=3', { initScript: COUNT_CALLBACKS });
    expect(await page.locator('canvas.map-canvas').count()).toBe(1);
    const perFrame = await page.evaluate(() => [
      ...(window as unknown as { __perFrame: Map<number, number> }).__perFrame.values(),
    ]);
    // The layout took many frames; the app's loop ran once in each, beside at most the odd one-off (a User Timing
    // mark once a frame is shown, a camera transition's timer). A second loop would double every frame.
    expect(perFrame.length).toBeGreaterThan(10);
    expect([...perFrame].sort((a, b) => a - b)[perFrame.length >> 1]).toBe(1);
    expect(Math.max(...perFrame)).toBeLessThanOrEqual(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  /**
   * A 1,000-node map zoomed in on its middle, where nodes are big enough to aim at, and, along a grid, a point over a
   * node (the pointer shows a hand there) and a bare one. `cursor` reads the pointer the canvas shows.
   */
  const zoomedIn = async () => {
    const { page } = await openApp(browser(), '?generate=1000&seed=3');
    const canvas = page.locator('canvas.map-canvas');
    const area = (await canvas.boundingBox())!;
    await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -200);
    const cursor = () => canvas.evaluate((el) => (el as HTMLElement).style.cursor);
    let over: { x: number; y: number } | null = null;
    let bare: { x: number; y: number } | null = null;
    for (let gx = 1; gx < 12 && !(over && bare); gx++)
      for (let gy = 1; gy < 8 && !(over && bare); gy++) {
        const point = { x: area.x + (area.width * gx) / 12, y: area.y + (area.height * gy) / 8 };
        await page.mouse.move(point.x, point.y);
        if ((await cursor()) === 'pointer') over ??= point;
        else bare ??= point;
      }
    expect(over && bare).not.toBeNull();
    return { page, cursor, over: over!, bare: bare! };
  };

  it('finds the node under the pointer: hovering shows a hand, clicking opens its details', async () => {
    const { page, over } = await zoomedIn();
    await page.mouse.click(over.x, over.y);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.getByRole('heading').first().textContent()).toMatch(/\w/);
    await page.context().close();
  });

  it('hovers nothing while the map is dragged: the pointer carried onto a node shows no hand', async () => {
    const { page, cursor, over, bare } = await zoomedIn();
    await page.mouse.move(bare.x, bare.y);
    expect(await cursor()).toBe('');
    // A touch of the wheel just before: its gesture ends (150 ms later) while the drag goes on.
    await page.mouse.wheel(0, -1);
    await page.mouse.down();
    await page.waitForTimeout(250);
    await page.mouse.move(over.x, over.y);
    expect(await cursor()).toBe('');
    await page.mouse.up();
    await page.context().close();
  });

  it('is usable by keyboard: arrow keys go from node to node, said aloud, and Enter opens the one reached', async () => {
    const { page } = await openApp(browser(), '?generate=1000&seed=3');
    const canvas = page.getByRole('application', { name: /Argument map/ });
    await canvas.focus();
    const said = page.locator('.map-announcer');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => said.textContent()).toMatch(/^(Question|Position|Argument|Fact): .+\. \d+ links?\.$/);
    const first = await said.textContent();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => said.textContent()).not.toBe(first);
    const reached = (await said.textContent())!.replace(/^\w+: /, '').split('.')[0]!;
    await page.keyboard.press('Enter');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.getByRole('heading').first().textContent()).toContain(reached);
    // Escape closes them again, and the page never scrolled under the arrow keys.
    await page.keyboard.press('Escape');
    await expect.poll(() => details.isVisible()).toBe(false);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.context().close();
  });
});

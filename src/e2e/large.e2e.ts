import { describe, expect, it } from 'vitest';
import { openApp, sharedBrowser } from './browser.ts';

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

describe('a large map (canvas view, layout in a worker) in Chromium', () => {
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

import { describe, expect, it } from 'vitest';
import { BACKGROUND_POINT } from '../bench/page-probes.ts';
import { nodeBoxes, openApp, sharedBrowser, waitForSettled } from './browser.ts';

const browser = sharedBrowser();

const overlaps = (a: DOMRectLike, b: DOMRectLike) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
interface DOMRectLike {
  x: number;
  y: number;
  width: number;
  height: number;
}

describe('the built-in map in Chromium', () => {
  it('loads with no console errors, every node drawn and labelled', async () => {
    const { page, errors } = await openApp(browser());
    const count = await page.locator('[data-node-id]').count();
    expect(count).toBeGreaterThanOrEqual(30);
    expect(await page.locator('[data-from][data-to][data-kind]').count()).toBeGreaterThanOrEqual(40);
    await expect.poll(() => page.title()).toContain('Capot');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('leaves no two node label boxes overlapping once settled', async () => {
    const { page } = await openApp(browser());
    const boxes = [...(await nodeBoxes(page))];
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        if (overlaps(boxes[i]![1], boxes[j]![1])) clashes.push(`${boxes[i]![0]} × ${boxes[j]![0]}`);
    expect(clashes).toEqual([]);
    // And the first view shows the whole map inside the viewport, none of it behind the map tools.
    const area = await page.locator('.map-svg').boundingBox();
    const tools = (await page.getByRole('toolbar', { name: 'Map tools' }).boundingBox())!;
    for (const [id, b] of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(area!.x - 1);
      expect(b.x + b.width).toBeLessThanOrEqual(area!.x + area!.width + 1);
      expect(b.y).toBeGreaterThanOrEqual(area!.y - 1);
      expect(b.y + b.height).toBeLessThanOrEqual(area!.y + area!.height + 1);
      expect(overlaps(b, tools) ? id : null).toBeNull();
    }
    await page.context().close();
  });

  it('pins a dragged node where it is dropped; double-click releases it', async () => {
    const { page } = await openApp(browser());
    const node = page.locator('[data-node-id]').first();
    const id = await node.getAttribute('data-node-id');
    const before = (await node.boundingBox())!;
    const start = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + 12 * i, start.y + 6 * i);
    await page.mouse.up();
    await page.waitForTimeout(1500);
    const after = (await page.locator(`[data-node-id="${id}"]`).boundingBox())!;
    expect(after.x + after.width / 2).toBeCloseTo(start.x + 120, -1);
    expect(after.y + after.height / 2).toBeCloseTo(start.y + 60, -1);
    await expect.poll(() => page.locator(`[data-node-id="${id}"]`).getAttribute('class')).toContain('pinned');
    await page.locator(`[data-node-id="${id}"]`).dblclick();
    await expect.poll(() => page.locator(`[data-node-id="${id}"]`).getAttribute('class')).not.toContain('pinned');
    await page.context().close();
  });

  it('zooms with the buttons and the wheel, and Fit brings the whole map back', async () => {
    const { page } = await openApp(browser());
    const viewport = page.locator('.map-svg > g').last();
    const scale = async () => {
      const t = (await viewport.getAttribute('transform')) ?? '';
      return Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? 1);
    };
    const initial = await scale();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(scale).toBeGreaterThan(initial * 1.3);
    const area = (await page.locator('.map-svg').boundingBox())!;
    await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 400);
    await expect.poll(scale).toBeCloseTo(0.02, 3); // the lower zoom limit (low enough for a 20,000-node map)
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await expect.poll(scale).toBeGreaterThan(initial / 1.5);
    await page.waitForTimeout(600); // the Fit transition
    const boxes = await nodeBoxes(page);
    for (const b of boxes.values()) {
      expect(b.x).toBeGreaterThanOrEqual(area.x - 1);
      expect(b.y).toBeGreaterThanOrEqual(area.y - 1);
      expect(b.x + b.width).toBeLessThanOrEqual(area.x + area.width + 1);
      expect(b.y + b.height).toBeLessThanOrEqual(area.y + area.height + 1);
    }
    await page.context().close();
  });

  it('highlights the node under the pointer, but not the nodes the map is dragged across', async () => {
    const { page } = await openApp(browser());
    const dimmed = () => page.locator('[data-node-id].dimmed').count();
    const target = (await page.locator('[data-node-id="pos-two-ranges"]').boundingBox())!;
    const over = { x: target.x + target.width / 2, y: target.y + target.height / 2 };
    const start = (await page.evaluate(BACKGROUND_POINT)) as { x: number; y: number };
    // Watches for any highlight, however brief, while the map is dragged.
    await page.evaluate(() => {
      const seen = { dimmed: false };
      Object.assign(window, { seen });
      new MutationObserver(() => (seen.dimmed ||= document.querySelector('[data-node-id].dimmed') !== null)).observe(
        document.querySelector('.map-svg')!,
        { attributes: true, attributeFilter: ['class'], subtree: true },
      );
    });
    // Dragging the map from the background: the pointer jumps onto the node, and the map follows it there.
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(over.x, over.y);
    await page.waitForTimeout(200);
    await page.mouse.up();
    expect(await page.evaluate(() => (window as unknown as { seen: { dimmed: boolean } }).seen.dimmed)).toBe(false);
    // Hovering works again once the drag is over.
    const moved = (await page.locator('[data-node-id="pos-two-ranges"]').boundingBox())!;
    await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 2);
    await expect.poll(dimmed).toBeGreaterThan(10);
    await page.context().close();
  });

  it('selecting a node shows its details, quotes in French with their translation', async () => {
    const { page } = await openApp(browser());
    const quoted = page.locator('[data-node-id="pos-two-ranges"]');
    await quoted.click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.isVisible()).toBe(true);
    const quote = details.locator('blockquote[lang="fr"]').first();
    expect(await quote.textContent()).toMatch(/nous continuerons d'avoir deux gammes/);
    expect(await details.locator('.translation').first().textContent()).toMatch(/\w/);
    await page.context().close();
  });

  it('isolates and highlights by actor, and the URL restores the view after a reload', async () => {
    const { page } = await openApp(browser());
    const total = await page.locator('[data-node-id]').count();
    await page.getByRole('checkbox', { name: 'Mistral AI' }).check();
    await expect.poll(() => page.locator('[data-node-id].dimmed').count()).toBeGreaterThan(total / 3);
    expect(await page.locator('[data-node-id]').count()).toBe(total);
    await page.getByRole('radio', { name: 'Isolate' }).check();
    await expect.poll(() => page.locator('[data-node-id]').count()).toBeLessThan(total);
    const shown = (
      await page.locator('[data-node-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')))
    ).sort();
    // Arthur Mensch is a member of Mistral AI: his claims stay.
    expect(await page.locator('[data-node-id="pos-two-ranges"]').count()).toBe(1);
    await page.locator('[data-node-id="pos-two-ranges"]').click();
    // The URL follows once the change is on screen.
    await expect.poll(() => page.url()).toMatch(/actors=mistral-ai/);
    expect(page.url()).toMatch(/mode=isolate/);
    await page.reload();
    await waitForSettled(page);
    const restored = (
      await page.locator('[data-node-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')))
    ).sort();
    expect(restored).toEqual(shown);
    expect(await page.getByRole('checkbox', { name: 'Mistral AI' }).isChecked()).toBe(true);
    await expect.poll(() => page.getByRole('complementary', { name: 'Details' }).isVisible()).toBe(true);
    await page.context().close();
  });
});

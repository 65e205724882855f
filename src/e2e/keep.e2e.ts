import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILTIN, fixture, sharedBrowser, waitForSettled } from './browser.ts';
import { chooseFile, drawnIds, waitForTitle, watchApp } from './page-watch.ts';

const uniforms = fixture('capot-v1.json');
const UNIFORMS = 'Should schools require uniforms?';

const browser = sharedBrowser();

const viewTransform = (page: Page) => page.locator('.map-svg > g').last().getAttribute('transform');
const centre = async (page: Page, id: string) => {
  const box = (await page.locator(`[data-node-id="${id}"]`).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** Writes a value into the app's IndexedDB, as a damaged or hand-edited entry would be. */
async function putRaw(page: Page, store: string, key: string, value: unknown) {
  await page.evaluate(
    ([store, key, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('capot');
        open.onsuccess = () => {
          const tx = open.result.transaction(store as string, 'readwrite');
          tx.objectStore(store as string).put(value, key as string);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [store, key, value] as const,
  );
}

describe('maps kept in the browser()', () => {
  it('a reload restores the last map opened, its pinned node and its view', async () => {
    const { page, errors } = await watchApp(browser());
    await waitForSettled(page);
    await chooseFile(page, 'uniforms.json', uniforms);
    await waitForTitle(page, UNIFORMS);
    await waitForSettled(page, 2);
    const start = await centre(page, 'survey');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(start.x - 10 * i, start.y + 8 * i);
    await page.mouse.up();
    await expect.poll(() => page.locator('[data-node-id="survey"]').getAttribute('class')).toContain('pinned');
    const area = (await page.locator('.map-svg').boundingBox())!;
    await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(1200); // the end of the zoom gesture, then the debounced save
    const view = await viewTransform(page);
    const pinned = await centre(page, 'survey');
    await page.reload();
    await waitForTitle(page, UNIFORMS);
    await waitForSettled(page);
    expect(await viewTransform(page)).toBe(view);
    expect(await page.locator('[data-node-id="survey"]').getAttribute('class')).toContain('pinned');
    const restored = await centre(page, 'survey');
    expect(restored.x).toBeCloseTo(pinned.x, -1);
    expect(restored.y).toBeCloseTo(pinned.y, -1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a corrupted saved map falls back to the built-in map with a notice, and stays listed', async () => {
    const { page } = await watchApp(browser());
    await chooseFile(page, 'uniforms.json', uniforms);
    await waitForTitle(page, UNIFORMS);
    await page.waitForTimeout(800);
    await putRaw(page, 'maps', 'map:school-uniforms', { format: 'capot/1', id: 'x', nodes: 'oops' });
    await page.reload();
    await waitForTitle(page, BUILTIN);
    const notice = page.getByRole('status', { name: 'Notice' });
    await expect
      .poll(() => notice.textContent())
      .toMatch(/The saved map “Should schools require uniforms\?” could not be read back/);
    await page.getByRole('button', { name: 'Maps', exact: true }).click();
    await page
      .getByRole('list', { name: 'Maps' })
      .getByRole('button', { name: /^Should schools/ })
      .click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Could not open .*kept in this browser()/);
    await waitForTitle(page, BUILTIN);
    await page.context().close();
  });

  it('without storage (private browsing) maps still open, with a notice that they will not be kept', async () => {
    const { page, errors } = await watchApp(browser(), '', (p) =>
      p.addInitScript(() => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      }),
    );
    await waitForTitle(page, BUILTIN);
    await expect.poll(() => page.getByRole('status', { name: 'Notice' }).textContent()).toMatch(/will not be kept/);
    await chooseFile(page, 'uniforms.json', uniforms);
    await waitForTitle(page, UNIFORMS);
    expect((await drawnIds(page)).length).toBe(6);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

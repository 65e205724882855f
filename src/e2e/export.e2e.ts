import { describe, expect, it } from 'vitest';
import { download, openApp, sharedBrowser } from './browser.ts';

const browser = sharedBrowser();

describe('exports in Chromium', () => {
  it('Export SVG downloads a standalone file of what is on screen', async () => {
    const { page } = await openApp(browser(), '#actors=mistral-ai&mode=isolate');
    const visible = await page
      .locator('[data-node-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')!));
    const { name, bytes } = await download(page, 'Export SVG');
    expect(name).toBe('ai-openness.svg');
    const svg = bytes.toString('utf8');
    const report = await page.evaluate(async (text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      await img.decode();
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        ids: [...doc.querySelectorAll('[data-node-id]')].map((e) => e.getAttribute('data-node-id')!),
        titles: [...doc.querySelectorAll('[data-node-id] > title')].map((e) => e.textContent),
        scripts: doc.querySelectorAll('script, foreignObject').length,
        handlers: [...doc.querySelectorAll('*')].flatMap((e) => e.getAttributeNames()).filter((a) => /^on/i.test(a)),
        size: [img.naturalWidth, img.naturalHeight],
        declared: [
          Number(doc.documentElement.getAttribute('width')),
          Number(doc.documentElement.getAttribute('height')),
        ],
      };
    }, svg);
    expect(report.error).toBeNull();
    expect(report.ids.sort()).toEqual([...visible].sort());
    expect(report.scripts).toBe(0);
    expect(report.handlers).toEqual([]);
    expect(report.size).toEqual(report.declared);
    expect(report.size[0]).toBeGreaterThan(300);
    // The visible labels are in the file; hidden ones are not.
    const labels = await page.locator('[data-node-id] > title').allTextContents();
    for (const label of labels) expect(report.titles).toContain(label);
    expect(visible).not.toContain('pos-motives-laudable');
    expect(svg).not.toContain('Musk acts for humanity');
    expect(svg).toContain('Sources: RFI');
    await page.context().close();
  });

  it('Export PNG rasterises the same picture at twice the size', async () => {
    const { page } = await openApp(browser());
    const svgFile = await download(page, 'Export SVG');
    const png = await download(page, 'Export PNG');
    expect(png.name).toBe('ai-openness.png');
    expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    const declared = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svgFile.bytes.toString('utf8'))!;
    expect([width, height]).toEqual([2 * Number(declared[1]), 2 * Number(declared[2])]);
    await page.context().close();
  });
});

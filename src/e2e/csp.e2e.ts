import { describe, expect, inject, it } from 'vitest';
import { download, fixture, sharedBrowser, waitForSettled } from './browser.ts';
import { chooseFile, waitForTitle, watchApp } from './page-watch.ts';

const browser = sharedBrowser();

describe('the Content-Security-Policy of the build', () => {
  it('is in the built index.html and forbids inline and remote scripts', async () => {
    const html = await (await fetch(inject('baseUrl'))).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const policy = meta.replace(/&#39;/g, "'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    // The meta comes before any script, or it would not cover it.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('lets the app work: built-in map, file open, SVG and PNG export, Argdown (lazy chunk), Save JSON and AIF', async () => {
    const { page, errors, violations } = await watchApp(browser());
    await waitForSettled(page);
    expect((await download(page, 'Export SVG')).name).toBe('ai-openness.svg');
    const png = await download(page, 'Export PNG');
    expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    await chooseFile(page, 'uniforms.json', fixture('capot-v1.json'));
    await waitForTitle(page, 'Should schools require uniforms?');
    const json = await download(page, 'Save JSON');
    expect(json.name).toBe('school-uniforms.json');
    expect(JSON.parse(json.bytes.toString('utf8'))).toMatchObject({ format: 'capot/1', id: 'school-uniforms' });
    const aif = await download(page, 'Save AIF');
    expect(aif.name).toBe('school-uniforms.aif.json');
    expect(JSON.parse(aif.bytes.toString('utf8')).nodes.length).toBeGreaterThan(6);
    await chooseFile(page, 'night-trains.argdown', fixture('argdown-night-trains.argdown'), 'text/plain');
    await waitForTitle(page, 'Night trains');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('blocks what it should: an inline script injected at run time does not run', async () => {
    const { page, violations } = await watchApp(browser());
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(await violations()).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
    await page.context().close();
  });
});

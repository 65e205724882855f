import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

/** A page whose console errors, uncaught exceptions and Content-Security-Policy violations are recorded. */
export interface WatchedPage {
  page: Page;
  errors: string[];
  /** `directive blocked-uri` of each CSP violation the page reported. */
  violations: () => Promise<string[]>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Opens the app at `path` in a fresh context (or in `context`'s browser context), watching for CSP violations from
 * the first script on, and waits for the map heading. Unlike `openApp` it does not wait for the layout to settle,
 * so it also serves pages that show an error or an empty map.
 */
export async function watchApp(
  browser: Browser,
  path = '',
  setup?: (page: Page) => Promise<unknown>,
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await setup?.(page);
  await page.goto(inject('baseUrl') + path);
  await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Loading…' }).waitFor();
  return { page, errors, violations: () => page.evaluate(() => window.__cspViolations ?? []) };
}

/** The ids of the nodes drawn now, sorted. */
export async function drawnIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-node-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')!));
  return ids.sort();
}

/** Chooses a file through the Open map button's file input, as a user picking it in the file dialog would. */
export async function chooseFile(page: Page, name: string, content: string | Buffer, mimeType = 'application/json') {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open map', exact: true }).click(),
  ]);
  await chooser.setFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

/** The heading of the map on screen, once it is `title`. */
export async function waitForTitle(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor({ timeout: 30_000 });
}

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { afterAll, beforeAll, inject } from 'vitest';

/** The title of the built-in map, as the page shows it. */
export const BUILTIN = 'Open or owned? Musk, OpenAI and the open-source AI dilemma';

/** A fixture of the importers' tests (`src/io/fixtures/<name>`), as text. */
export const fixture = (name: string) => readFileSync(new URL(`../io/fixtures/${name}`, import.meta.url), 'utf8');

/** One Chromium per test file: launched before its tests, closed after them. Call the result to get it. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is launched in beforeAll: ask for it inside a test');
    return browser;
  };
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/** Opens the app (optionally with a hash or query) in a fresh context and waits for the map to settle. */
export async function openApp(
  browser: Browser,
  path = '',
  options: { width?: number; height?: number; acceptDownloads?: boolean; initScript?: string } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
    acceptDownloads: options.acceptDownloads ?? true,
  });
  // Runs in the page before the app's own scripts.
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(inject('baseUrl') + path);
  await waitForSettled(page);
  return { page, errors };
}

/** Waits until the app has marked `capot:settled` for the map on screen. */
export async function waitForSettled(page: Page, count = 1): Promise<void> {
  // Polled on a timer, not every animation frame: the page's own frames stay its own (a test counts them).
  await page.waitForFunction((n) => performance.getEntriesByName('capot:settled').length >= n, count, {
    timeout: 30_000,
    polling: 50,
  });
}

/** The on-screen boxes of every drawn node (after transforms), by node id. */
export async function nodeBoxes(
  page: Page,
): Promise<Map<string, { x: number; y: number; width: number; height: number }>> {
  const entries = await page.$$eval('[data-node-id]', (els) =>
    els.map((el) => {
      const outline = el.querySelector('polygon, rect:not(.outline-ring), path');
      const r = (outline ?? el).getBoundingClientRect();
      return [el.getAttribute('data-node-id')!, { x: r.x, y: r.y, width: r.width, height: r.height }] as const;
    }),
  );
  return new Map(entries);
}

/** Clicks the button named `button` and returns the file the browser downloads. */
export async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

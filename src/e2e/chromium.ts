import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser. `CHROMIUM_PATH` overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium as the browser tests and the benchmark both use it: no sandbox (root in CI), software
 * rendering, and none of the background connections this closed network refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILTIN, sharedBrowser, waitForSettled } from './browser.ts';
import { chooseFile, drawnIds, waitForTitle, watchApp } from './page-watch.ts';

/** A valid Capot map of `n` argument nodes in chains of ten under one question, padded with `padding` characters. */
function bigMap(n: number, padding = 0): string {
  const nodes = [
    { id: 'q', kind: 'question', label: 'Root question', actors: [], data: { padding: 'x'.repeat(padding) } },
  ];
  const edges = [];
  for (let i = 0; i < n - 1; i++) {
    nodes.push({ id: `n${i}`, kind: 'argument', label: `Argument number ${i}`, actors: [], data: { padding: '' } });
    edges.push({ from: `n${i}`, to: i % 10 === 0 ? 'q' : `n${i - 1}`, kind: i % 3 === 0 ? 'attacks' : 'supports' });
  }
  const map = {
    format: 'capot/1',
    id: `big-${n}`,
    title: `A map of ${n} nodes`,
    description: 'Generated.',
    language: 'en',
    sources: [],
    actors: [],
    axes: [],
    nodes,
    edges,
  };
  return JSON.stringify(map);
}

/** Records every text the status line shows and the longest gap between animation frames, from now on. */
async function watchMainThread(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __statuses: string[]; __gap: number };
    w.__statuses = [];
    w.__gap = 0;
    const status = document.querySelector('.status-line')!;
    new MutationObserver(() => w.__statuses.push(status.textContent ?? '')).observe(status, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    let last = performance.now();
    const frame = (now: number) => {
      w.__gap = Math.max(w.__gap, now - last);
      last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __statuses: string[]; __gap: number };
      return { statuses: w.__statuses, gap: w.__gap };
    });
}

const browser = sharedBrowser();
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'capot-e2e-'));
});

describe('hostile and bad files in Chromium', () => {
  it('a 50 MB file shows its progress and imports in a worker without freezing the page', async () => {
    const { page, errors } = await watchApp(browser());
    await waitForSettled(page);
    const path = join(folder, 'fifty.json');
    writeFileSync(path, bigMap(50, 50 * 1024 * 1024));
    const seen = await watchMainThread(page);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open map' }).click(),
    ]);
    await chooser.setFiles(path);
    await waitForTitle(page, 'A map of 50 nodes');
    const { statuses, gap } = await seen();
    expect(statuses.some((s) => /^(Reading fifty\.json… \d+%|Importing fifty\.json…)/.test(s))).toBe(true);
    // Decoding, parsing and validating 50 MB take seconds; on the main thread they would be one long frozen frame.
    expect(gap).toBeLessThan(1500);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a map of 10,000 nodes', async () => {
    const { page, errors } = await watchApp(browser());
    await waitForSettled(page);
    await chooseFile(page, 'ten-thousand.json', bigMap(10_000));
    await waitForTitle(page, 'A map of 10000 nodes');
    // Drawn (the first paint of the second map), without waiting for 10,000 nodes to settle.
    await page.waitForFunction(() => performance.getEntriesByName('capot:first-paint').length >= 2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses invalid UTF-8, deep nesting and a future format with where and why; the map stays', async () => {
    const { page } = await watchApp(browser());
    await waitForSettled(page);
    const before = await drawnIds(page);
    const alert = page.getByRole('alert');
    const latin1 = Buffer.concat([
      Buffer.from('{"format": "capot/1",\n"title": "Caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}'),
    ]);
    await chooseFile(page, 'latin1.json', latin1);
    await expect.poll(() => alert.textContent()).toMatch(/latin1\.json.*invalid byte 0xE9 at byte 35 \(line 2\)/);
    await chooseFile(page, 'deep.json', `{"format": "capot/1", "data": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    await expect
      .poll(() => alert.textContent())
      .toMatch(/deep\.json.*line 1, column \d+: the JSON is nested too deeply/);
    await chooseFile(page, 'future.json', '{"format": "capot/9", "id": "x", "title": "From the future"}');
    await expect.poll(() => alert.textContent()).toMatch(/future\.json.*format: made by a newer Capot \(capot\/9\)/);
    expect(await drawnIds(page)).toEqual(before);
    await waitForTitle(page, BUILTIN);
    await page.context().close();
  });

  it('an empty map shows an empty state in the map area, not a crash', async () => {
    const { page, errors } = await watchApp(browser());
    const empty = {
      format: 'capot/1',
      id: 'empty',
      title: 'Nothing yet',
      description: '',
      language: 'en',
      sources: [],
      actors: [],
      axes: [],
      nodes: [],
      edges: [],
    };
    await chooseFile(page, 'empty.json', JSON.stringify(empty));
    await waitForTitle(page, 'Nothing yet');
    await expect.poll(() => page.locator('.map-area').textContent()).toMatch(/“Nothing yet” has no nodes yet/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

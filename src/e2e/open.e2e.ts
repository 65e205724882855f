import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN, fixture, sharedBrowser, waitForSettled } from './browser.ts';
import { chooseFile, drawnIds, waitForTitle, watchApp } from './page-watch.ts';

const CORPORA = new URL('../../../shared/corpora/', import.meta.url);
const uniforms = fixture('capot-v1.json');

const browser = sharedBrowser();

describe('opening maps in Chromium', () => {
  it('opens a Capot file with the Open map button and lists it under Maps', async () => {
    const { page, errors } = await watchApp(browser());
    await chooseFile(page, 'uniforms.json', uniforms);
    await waitForTitle(page, 'Should schools require uniforms?');
    expect(await drawnIds(page)).toEqual(['cheap', 'expression', 'no', 'q', 'survey', 'yes']);
    await page.getByRole('button', { name: 'Maps', exact: true }).click();
    const list = page.getByRole('list', { name: 'Maps' });
    await expect
      .poll(() => list.getByRole('listitem').allTextContents())
      .toEqual([
        expect.stringContaining('built-in'),
        expect.stringMatching(/Should schools require uniforms\?Capot JSON · /),
      ]);
    await list.getByRole('button', { name: /^Open or owned\?/ }).click();
    await waitForTitle(page, BUILTIN);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.skipIf(!existsSync(CORPORA))('opens a real AIF map (QT30) and folds its warnings away', async () => {
    const { page, errors } = await watchApp(browser());
    await chooseFile(page, 'qt30_nodeset20860.json', readFileSync(new URL('aif/qt30_nodeset20860.json', CORPORA)));
    await waitForTitle(page, 'qt30_nodeset20860');
    await expect.poll(() => page.locator('[data-node-id]').count()).toBe(10);
    const warnings = page.locator('details.import-warnings');
    expect(await warnings.locator('summary').textContent()).toBe('11 warnings');
    expect(await warnings.getAttribute('open')).toBeNull();
    await warnings.locator('summary').click();
    await expect.poll(() => warnings.getByRole('listitem').count()).toBe(11);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens an Argdown file dropped on the page, showing a drop hint while dragging', async () => {
    const { page } = await watchApp(browser());
    const text = fixture('argdown-night-trains.argdown');
    const data = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'night-trains.argdown', { type: 'text/plain' }));
      return transfer;
    }, text);
    const target = page.locator('.map-area');
    await target.dispatchEvent('dragenter', { dataTransfer: data });
    await expect.poll(() => page.getByText('Drop a map file to open it').isVisible()).toBe(true);
    await target.dispatchEvent('dragover', { dataTransfer: data });
    await target.dispatchEvent('drop', { dataTransfer: data });
    await waitForTitle(page, 'Night trains');
    expect(await page.getByText('Drop a map file to open it').count()).toBe(0);
    expect((await drawnIds(page)).length).toBe(8);
    await page.context().close();
  });

  it('opens ?map= with a relative address on the same origin', async () => {
    const { page, errors } = await watchApp(browser(), '?map=maps/uniforms.json', (p) =>
      p.route('**/maps/uniforms.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: uniforms }),
      ),
    );
    await waitForTitle(page, 'Should schools require uniforms?');
    await waitForSettled(page);
    expect((await drawnIds(page)).length).toBe(6);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens ?map= from another site that allows it (CORS), and reports one that cannot be reached', async () => {
    const open = await watchApp(browser(), '?map=https://maps.example.org/uniforms.json', (p) =>
      p.route('https://maps.example.org/**', (route) =>
        route.fulfill({
          contentType: 'application/json',
          headers: { 'Access-Control-Allow-Origin': '*' },
          body: uniforms,
        }),
      ),
    );
    await waitForTitle(open.page, 'Should schools require uniforms?');
    expect(await open.violations()).toEqual([]);
    await open.page.context().close();

    // A refused connection fails fetch() exactly as a CORS refusal does (Playwright's fulfilled responses pass CORS).
    const closed = await watchApp(browser(), '?map=https://closed.example.org/uniforms.json', (p) =>
      p.route('https://closed.example.org/**', (route) => route.abort('connectionrefused')),
    );
    await waitForTitle(closed.page, BUILTIN);
    await expect
      .poll(() => closed.page.getByRole('alert').textContent())
      .toMatch(/did not answer, or it does not let other sites read this file \(CORS\)/);
    await closed.page.context().close();
  });

  it('reports a ?map= address that fails, and shows a map behind the message', async () => {
    const { page } = await watchApp(browser(), '?map=missing/nothing-here.json', (p) =>
      p.route('**/missing/nothing-here.json', (route) => route.fulfill({ status: 404, body: 'not found' })),
    );
    await waitForTitle(page, BUILTIN);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/Could not open “nothing-here\.json”/);
    expect(await alert.textContent()).toMatch(/the server answered 404/);
    await page.context().close();
  });

  it('a bad file leaves the map on screen untouched and says what is wrong where', async () => {
    const { page } = await watchApp(browser());
    await waitForSettled(page);
    const before = await drawnIds(page);
    const broken = JSON.parse(uniforms) as { nodes: { actors: string[] }[]; edges: { to: string }[] };
    broken.nodes[1]!.actors = ['nobody'];
    broken.edges[0]!.to = 'ghost';
    await chooseFile(page, 'broken.json', JSON.stringify(broken, null, 2));
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/Could not open “broken\.json” \(read as Capot JSON\): 2 problems/);
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^nodes\[1\]\.actors\[0\]: .*unknown actor "nobody"/),
      expect.stringMatching(/^edges\[0\]\.to: .*"ghost"/),
    ]);
    expect(await drawnIds(page)).toEqual(before);
    await chooseFile(page, 'notes.txt', 'Just some notes, not a map.', 'text/plain');
    await expect.poll(() => alert.textContent()).toMatch(/Could not open “notes\.txt”.*not a format Capot reads/);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
    await waitForTitle(page, BUILTIN);
    await page.context().close();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { openIdbLibrary } from '../io/idb-library.ts';
import { createAppStore } from '../state/store.ts';
import { createMapApp } from './map-app.ts';
import { BUILTIN_TITLE } from './builtin.ts';
import type { MapLibrary } from '../io/saved-map.ts';
import type { AppStore } from '../state/store.ts';
import { file, fixture, preloadImporters, startApp } from './test-app.tsx';

preloadImporters();

/** Waits until the map on screen is kept under `key` (the import keeps it after showing it). */
const keptAs = (store: AppStore, key: string) => waitFor(() => expect(store.getState().shownKey).toBe(key));

describe('keeping maps', () => {
  it('restores the last map shown, with its pins and view', async () => {
    const factory = new IDBFactory();
    const first = await startApp(() => openIdbLibrary(factory));
    await first.upload(file('uniforms.json', fixture('capot-v1.json')));
    await screen.findByRole('heading', { level: 1, name: 'Should schools require uniforms?' });
    first.store.getState().setPin('q', { x: 12, y: 34 });
    first.store.getState().setView({ x: 1, y: 2, k: 0.5 });
    const library = await openIdbLibrary(factory);
    await waitFor(async () =>
      expect(await library.getArrangement('map:school-uniforms')).toMatchObject({ view: { k: 0.5 } }),
    );

    const again = createAppStore();
    await createMapApp(again, { openLibrary: () => openIdbLibrary(factory) }).start({ search: '', href: 'http://x/' });
    expect(again.getState()).toMatchObject({
      map: { id: 'school-uniforms' },
      shownKey: 'map:school-uniforms',
      pins: { q: { x: 12, y: 34 } },
      view: { x: 1, y: 2, k: 0.5 },
    });
  });

  it('shows an opened map without waiting for storage to keep it, then lists it', async () => {
    const library = await openIdbLibrary(new IDBFactory());
    let write = () => {};
    const slow: MapLibrary = {
      ...library,
      put: (summary, map) => new Promise((done) => (write = () => void library.put(summary, map).then(done))),
    };
    const { store, upload } = await startApp(() => Promise.resolve(slow));
    await upload(file('uniforms.json', fixture('capot-v1.json')));
    await screen.findByRole('heading', { level: 1, name: 'Should schools require uniforms?' });
    // On screen, not kept yet: nothing to restore on a reload, and not in the Maps menu.
    expect(store.getState().shownKey).toBeNull();
    expect(store.getState().mapList.map((m) => m.key)).not.toContain('map:school-uniforms');
    write();
    await keptAs(store, 'map:school-uniforms');
    expect(store.getState().mapList.map((m) => m.key)).toContain('map:school-uniforms');
  });

  it('downloads a ?map= address while storage opens, and keeps the map once storage is open', async () => {
    const library = await openIdbLibrary(new IDBFactory());
    let open = () => {};
    const opening = new Promise<MapLibrary>((done) => (open = () => done(library)));
    const fetched: string[] = [];
    const fetch = (url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response(new Uint8Array(fixture('capot-v1.json'))));
    };
    const store = createAppStore();
    const app = createMapApp(store, { openLibrary: () => opening, fetch: fetch as typeof globalThis.fetch });
    const started = app.start({ search: '?map=maps/uniforms.json', href: 'http://x/?map=maps/uniforms.json' });
    await waitFor(() => expect(fetched).toEqual(['http://x/maps/uniforms.json']));
    expect(store.getState().shownKey).toBeNull();
    open();
    await started;
    expect(store.getState()).toMatchObject({ map: { id: 'school-uniforms' }, shownKey: 'map:school-uniforms' });
    expect((await library.list()).map((m) => m.key)).toEqual(['map:school-uniforms']);
  });

  it('falls back to the built-in map with a notice when the kept map is corrupted', async () => {
    const factory = new IDBFactory();
    const library = await openIdbLibrary(factory);
    const summary = {
      key: 'map:bad',
      title: 'Damaged',
      format: 'capot',
      source: 'x.json',
      savedAt: '2024-01-01T00:00:00Z',
      nodes: 1,
    } as const;
    await library.put(summary, { format: 'capot/1', nodes: 'oops' } as never);
    await library.setLast('map:bad');
    const { title } = await startApp(() => openIdbLibrary(factory));
    expect(title()).toBe(BUILTIN_TITLE);
    expect(screen.getByRole('status', { name: 'Notice' })).toHaveTextContent(
      /The saved map “Damaged” could not be read back \(.+\)\. Showing the built-in map instead\./,
    );
  });

  it('still opens maps without storage (private browsing), saying they will not be kept', async () => {
    const refused = () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
    const { upload, user } = await startApp(refused);
    const notice = screen.getByRole('status', { name: 'Notice' });
    expect(notice).toHaveTextContent(/will not be kept after a reload: this browser does not let the page keep data/);
    await upload(file('uniforms.json', fixture('capot-v1.json')));
    await screen.findByRole('heading', { level: 1, name: 'Should schools require uniforms?' });
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'Notice' })).not.toBeInTheDocument();
  });

  it('saves the map on screen as Capot JSON and AIF', async () => {
    const { user } = await startApp();
    const saved: { name: string; blob: Blob }[] = [];
    let last: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => ((last = blob as Blob), 'blob:test'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: last! });
    });
    await user.click(screen.getByRole('button', { name: 'Save JSON' }));
    await user.click(screen.getByRole('button', { name: 'Save AIF' }));
    await waitFor(() => expect(saved.map((s) => s.name)).toEqual(['ai-openness.json', 'ai-openness.aif.json']));
    expect(JSON.parse(await saved[0]!.blob.text())).toMatchObject({ format: 'capot/1', id: 'ai-openness' });
    expect(JSON.parse(await saved[1]!.blob.text())).toHaveProperty('locutions');
    vi.restoreAllMocks();
  });

  describe('the start hint', () => {
    /** A `Storage` of its own per test (jsdom's `localStorage` is shared). */
    const memoryStorage = (): Storage => {
      const items = new Map<string, string>();
      return {
        get length() {
          return items.size;
        },
        key: (i) => [...items.keys()][i] ?? null,
        getItem: (k) => items.get(k) ?? null,
        setItem: (k, v) => void items.set(k, String(v)),
        removeItem: (k) => void items.delete(k),
        clear: () => items.clear(),
      };
    };
    const start = (factory: IDBFactory, startHints: Storage) => {
      const store = createAppStore();
      const app = createMapApp(store, { openLibrary: () => openIdbLibrary(factory), startHints });
      return { store, started: app.start({ search: '', href: 'http://x/' }) };
    };

    it('shows the built-in map before storage opens, then with the pins and view it was left with', async () => {
      const factory = new IDBFactory();
      const hints = memoryStorage();
      const first = start(factory, hints);
      // Synchronously: no wait for IndexedDB.
      expect(first.store.getState()).toMatchObject({ map: { id: 'ai-openness' }, shownKey: 'builtin' });
      await first.started;
      first.store.getState().setPin('q-share', { x: 5, y: 6 });
      first.store.getState().setView({ x: 7, y: 8, k: 0.75 });
      await waitFor(() => expect(hints.getItem('capot:builtin-arrangement')).toContain('0.75'));
      expect(hints.getItem('capot:last')).toBe('builtin');

      const again = start(factory, hints);
      expect(again.store.getState()).toMatchObject({
        map: { id: 'ai-openness' },
        pins: { 'q-share': { x: 5, y: 6 } },
        view: { x: 7, y: 8, k: 0.75 },
      });
      await again.started;
    });

    it('waits for storage when the last map shown was one the user opened', async () => {
      const factory = new IDBFactory();
      const hints = memoryStorage();
      const first = await startApp(() => openIdbLibrary(factory));
      await first.upload(file('uniforms.json', fixture('capot-v1.json')));
      await keptAs(first.store, 'map:school-uniforms');
      hints.setItem('capot:last', 'map:school-uniforms');

      const again = start(factory, hints);
      expect(again.store.getState().map).toBeNull();
      await again.started;
      expect(again.store.getState()).toMatchObject({ map: { id: 'school-uniforms' }, shownKey: 'map:school-uniforms' });
    });

    it('still restores a kept map when the browser has no hint yet (kept by an earlier version)', async () => {
      const factory = new IDBFactory();
      const first = await startApp(() => openIdbLibrary(factory));
      await first.upload(file('uniforms.json', fixture('capot-v1.json')));
      await keptAs(first.store, 'map:school-uniforms');

      const again = start(factory, memoryStorage());
      await again.started;
      expect(again.store.getState()).toMatchObject({ map: { id: 'school-uniforms' }, shownKey: 'map:school-uniforms' });
    });
  });
});

import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { testMap } from '../model/test-map.ts';
import { storageProblem } from './idb.ts';
import { openIdbLibrary } from './idb-library.ts';
import type { SavedMapSummary } from './saved-map.ts';

const summary = (key: string, savedAt: string): SavedMapSummary => ({
  key,
  title: `Map ${key}`,
  format: 'capot',
  source: `${key}.json`,
  savedAt,
  nodes: testMap.nodes.length,
});

describe('the IndexedDB map library', () => {
  it('keeps maps, lists them newest first, and forgets them with their arrangement', async () => {
    const library = await openIdbLibrary(new IDBFactory());
    await library.put(summary('map:old', '2024-01-01T00:00:00Z'), testMap);
    await library.put(summary('map:new', '2024-06-01T00:00:00Z'), testMap);
    await library.putArrangement('map:new', { pins: { q: { x: 1, y: 2 } }, view: { x: 3, y: 4, k: 2 } });
    expect((await library.list()).map((s) => s.key)).toEqual(['map:new', 'map:old']);
    expect(await library.getMap('map:new')).toEqual(testMap);
    expect(await library.getArrangement('map:new')).toEqual({
      pins: { q: { x: 1, y: 2 } },
      view: { x: 3, y: 4, k: 2 },
    });
    await library.remove('map:new');
    expect((await library.list()).map((s) => s.key)).toEqual(['map:old']);
    expect(await library.getMap('map:new')).toBeUndefined();
    expect(await library.getArrangement('map:new')).toBeUndefined();
  });

  it('remembers the last map shown across connections', async () => {
    const factory = new IDBFactory();
    expect(await (await openIdbLibrary(factory)).getLast()).toBeUndefined();
    await (await openIdbLibrary(factory)).setLast('map:x');
    expect(await (await openIdbLibrary(factory)).getLast()).toBe('map:x');
  });

  it('leaves out of the list a summary that storage damaged', async () => {
    const factory = new IDBFactory();
    const library = await openIdbLibrary(factory);
    await library.put(summary('map:ok', '2024-01-01T00:00:00Z'), testMap);
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = factory.open('capot');
      open.onsuccess = () => resolve(open.result);
    });
    const tx = db.transaction('summaries', 'readwrite');
    tx.objectStore('summaries').put({ key: 42, title: null }, 'map:bad');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    expect((await library.list()).map((s) => s.key)).toEqual(['map:ok']);
  });

  it('refuses to open without IndexedDB, or when the browser throws (private browsing)', async () => {
    await expect(openIdbLibrary(undefined)).rejects.toMatchObject({ name: 'NotSupportedError' });
    const throwing = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(openIdbLibrary(throwing)).rejects.toMatchObject({ name: 'SecurityError' });
  });

  it('says in plain words why storage failed', () => {
    expect(storageProblem(new DOMException('full', 'QuotaExceededError'))).toMatch(/storage for this site is full/);
    expect(storageProblem(new DOMException('no', 'SecurityError'))).toMatch(/private browsing/);
    expect(storageProblem(new Error('disk on fire'))).toMatch(/disk on fire/);
  });
});

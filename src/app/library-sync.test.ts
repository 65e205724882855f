import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapLibrary, SavedArrangement } from '../io/saved-map.ts';
import { testMap } from '../model/test-map.ts';
import { createAppStore } from '../state/store.ts';
import { afterKeep, keepArrangements } from './library-sync.ts';

function fakeLibrary() {
  const writes: [string, SavedArrangement][] = [];
  const last: string[] = [];
  const library = {
    putArrangement: (key: string, a: SavedArrangement) => (writes.push([key, a]), Promise.resolve()),
    setLast: (key: string) => (last.push(key), Promise.resolve()),
  } as unknown as MapLibrary;
  return { library, writes, last };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('keeping arrangements', () => {
  it('writes pins and view a moment after the last change, under the map on screen', () => {
    const store = createAppStore();
    const { library, writes, last } = fakeLibrary();
    keepArrangements(store, library, 400);
    store.getState().showMap(testMap, 'map:test-map');
    expect(last).toEqual(['map:test-map']);
    store.getState().setPin('q', { x: 1, y: 2 });
    store.getState().setView({ x: 5, y: 6, k: 2 });
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(400);
    expect(writes).toEqual([['map:test-map', { pins: { q: { x: 1, y: 2 } }, view: { x: 5, y: 6, k: 2 } }]]);
  });

  it('writes a pending change at once, under its own map, when another map is shown', () => {
    const store = createAppStore();
    const { library, writes } = fakeLibrary();
    keepArrangements(store, library, 400);
    store.getState().showMap(testMap, 'map:a');
    vi.advanceTimersByTime(400);
    writes.length = 0;
    store.getState().setPin('q', { x: 1, y: 2 });
    store.getState().showMap(testMap, 'map:b');
    expect(writes).toEqual([['map:a', { pins: { q: { x: 1, y: 2 } }, view: null }]]);
    vi.advanceTimersByTime(400);
    expect(writes.at(-1)).toEqual(['map:b', { pins: {}, view: null }]);
  });

  it('keeps nothing for a map that is not kept', () => {
    const store = createAppStore();
    const { library, writes, last } = fakeLibrary();
    keepArrangements(store, library, 400);
    store.getState().setMap(testMap);
    store.getState().setPin('q', { x: 1, y: 2 });
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual([]);
    expect(last).toEqual([]);
  });
});

describe('after an opened map was kept', () => {
  it('marks it as the map on screen and lists it', async () => {
    const store = createAppStore();
    const library = { list: () => Promise.resolve([]) } as unknown as MapLibrary;
    store.getState().showMap(testMap, null);
    await afterKeep(store, library, testMap, { ok: true, key: 'map:test-map' });
    expect(store.getState().shownKey).toBe('map:test-map');
    expect(store.getState().mapList.map((item) => item.key)).toEqual(['builtin']);
  });

  it('says so when storage is full, and leaves the map on screen', async () => {
    const store = createAppStore();
    store.getState().showMap(testMap, null);
    const kept = { ok: false as const, error: 'the browser’s storage for this site is full', full: true };
    await afterKeep(store, null, testMap, kept);
    expect(store.getState().map).toBe(testMap);
    expect(store.getState().shownKey).toBeNull();
    expect(store.getState().notice).toBe(
      '“Should frontier AI models be open?” is on screen but could not be kept in this browser: the browser’s ' +
        'storage for this site is full. Use Save JSON to keep a copy, or remove maps you no longer need from the ' +
        'Maps menu.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { testMap } from '../model/test-map.ts';
import { createAppStore } from './store.ts';
import { selectScene } from './selectors.ts';

describe('app store', () => {
  it('starts empty with every kind shown and no actor filter', () => {
    const s = createAppStore().getState();
    expect(s.map).toBeNull();
    expect(s.actors).toEqual([]);
    expect(s.nodeKinds).toEqual(['question', 'position', 'argument', 'fact']);
    expect(s.mode).toBe('highlight');
  });

  it('toggles actors as a sorted set', () => {
    const store = createAppStore();
    store.getState().toggleActor('mistral');
    store.getState().toggleActor('bengio');
    expect(store.getState().actors).toEqual(['bengio', 'mistral']);
    store.getState().toggleActor('mistral');
    expect(store.getState().actors).toEqual(['bengio']);
  });

  it('keeps kind lists in their canonical order when toggled back on', () => {
    const store = createAppStore();
    store.getState().toggleNodeKind('question');
    store.getState().toggleNodeKind('fact');
    store.getState().toggleNodeKind('question');
    expect(store.getState().nodeKinds).toEqual(['question', 'position', 'argument']);
  });

  it('a new map drops the actors and the selection it does not have', () => {
    const store = createAppStore();
    store.getState().setActors(['mistral', 'nobody']);
    store.getState().select('ghost');
    store.getState().setLoadError('old error');
    store.getState().setMap(testMap);
    const s = store.getState();
    expect(s.map).toBe(testMap);
    expect(s.actors).toEqual(['mistral']);
    expect(s.selected).toBeNull();
    expect(s.loadError).toBeNull();
  });

  it('keeps a selection the new map has', () => {
    const store = createAppStore();
    store.getState().select('q');
    store.getState().setMap(testMap);
    expect(store.getState().selected).toBe('q');
  });

  it('keeps what is present while a highlight filter changes, so the map keeps its graph and only repaints', () => {
    const store = createAppStore();
    store.getState().setMap(testMap);
    const actor = testMap.actors[0]!.id;
    const before = selectScene(store.getState())!;
    store.getState().toggleActor(actor);
    const highlighted = selectScene(store.getState())!;
    expect(highlighted.present).toBe(before.present);
    expect(highlighted.focus?.nodes.size).toBeLessThan(before.present.nodes.size);
    store.getState().setMode('isolate');
    expect(selectScene(store.getState())!.present).toEqual(highlighted.focus);
    store.getState().setMode('highlight');
    store.getState().toggleNodeKind('fact');
    const fewer = selectScene(store.getState())!.present;
    expect(fewer).not.toBe(before.present);
    expect([...fewer.nodes].some((id) => testMap.nodes.find((n) => n.id === id)?.kind === 'fact')).toBe(false);
  });
});

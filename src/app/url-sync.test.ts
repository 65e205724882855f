import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../state/store.ts';
import { syncUrl } from './url-sync.ts';

describe('syncUrl', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    window.history.replaceState(null, '', '/#actors=elon-musk');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('restores the filters from the hash, and writes changes back once they are on screen, a burst at once', () => {
    const store = createAppStore();
    const stop = syncUrl(store);
    expect(store.getState().actors).toEqual(['elon-musk']);
    const replace = vi.spyOn(window.history, 'replaceState');
    store.getState().toggleActor('mistral-ai');
    store.getState().setMode('isolate');
    store.getState().select('q-open-source');
    // Not in the click's task: after the next frame.
    expect(replace).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toBe('#actors=elon-musk,mistral-ai&mode=isolate&node=q-open-source');
    stop();
  });

  it('writes nothing once stopped', () => {
    const store = createAppStore();
    const stop = syncUrl(store);
    const replace = vi.spyOn(window.history, 'replaceState');
    store.getState().toggleActor('mistral-ai');
    stop();
    vi.runAllTimers();
    expect(replace).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('#actors=elon-musk');
  });
});

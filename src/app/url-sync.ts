import type { AppStore } from '../state/store.ts';
import { decodeHash, encodeHash } from '../state/url.ts';

/**
 * Keeps the URL hash and the store in step: the hash restores filters and selection on load and on back/forward, and
 * changes of them are written back with `replaceState` (no history entry per click) after the next frame. Returns an
 * unsubscribe.
 */
export function syncUrl(store: AppStore, win: Window = window): () => void {
  const apply = () => {
    const s = decodeHash(win.location.hash);
    store.getState().setFilters(s);
    store.getState().select(s.selected);
  };
  apply();
  const write = () => {
    const s = store.getState();
    const hash = encodeHash(s);
    if (hash !== win.location.hash && !(hash === '' && win.location.hash === '#')) {
      const url = win.location.pathname + win.location.search + (hash || '');
      win.history.replaceState(win.history.state, '', url);
    }
  };
  // Written once the change is on screen: replacing the URL costs a filter click on a large map milliseconds before
  // its paint. Changes until then are written together.
  let queued = false;
  let stopped = false;
  const queueWrite = () => {
    if (queued) return;
    queued = true;
    win.requestAnimationFrame(() =>
      win.setTimeout(() => {
        queued = false;
        if (!stopped) write();
      }),
    );
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (
      s.actors !== prev.actors ||
      s.mode !== prev.mode ||
      s.nodeKinds !== prev.nodeKinds ||
      s.edgeKinds !== prev.edgeKinds ||
      s.selected !== prev.selected
    )
      queueWrite();
  });
  win.addEventListener('hashchange', apply);
  return () => {
    stopped = true;
    unsubscribe();
    win.removeEventListener('hashchange', apply);
  };
}

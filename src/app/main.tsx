import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createAppStore } from '../state/store.ts';
import { syncUrl } from './url-sync.ts';
import { createMapApp } from './map-app.ts';
import { loadGeneratedMap } from './generated-map.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const store = createAppStore();
const maps = createMapApp(store, { startHints: localStorageIfAny() });
// The hash (filters, selection) is read first: the map arrives asynchronously (storage, ?map=) and keeps what fits.
syncUrl(store);
// ?map=<address>, else the map shown last (kept in IndexedDB), else the built-in map.
if (!loadGeneratedMap(store)) void maps.start(window.location);

createRoot(root).render(
  <StrictMode>
    <App store={store} files={maps.commands} />
  </StrictMode>,
);

/** The page's `localStorage`, or undefined where reading it throws (storage switched off). */
function localStorageIfAny(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

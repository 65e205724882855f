import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createAppStore } from '../state/store.ts';
import { syncUrl } from './url-sync.ts';
import { loadBuiltinMap } from './builtin.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const store = createAppStore();
loadBuiltinMap(store);
syncUrl(store);

createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);

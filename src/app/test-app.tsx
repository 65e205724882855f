import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { beforeAll } from 'vitest';
import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openIdbLibrary } from '../io/idb-library.ts';
import type { MapLibrary } from '../io/saved-map.ts';
import { createAppStore } from '../state/store.ts';
import { App } from './App.tsx';
import { createMapApp } from './map-app.ts';

/** A fixture of `src/io/fixtures`, by path from the repository root, where vitest runs. */
export const fixture = (name: string) => readFileSync(`src/io/fixtures/${name}`);

/** A file as the file picker gives it. */
export const file = (name: string, content: string | Uint8Array) => new File([content as BlobPart], name);

/**
 * Prepares a test file: without a Worker (jsdom) the importers are loaded on demand, on the first import, so they
 * are loaded once up front, and each import gets a few seconds on a slow machine.
 */
export function preloadImporters() {
  configure({ asyncUtilTimeout: 5000 });
  beforeAll(() => import('../io/import-jobs.ts'), 30_000);
}

/** The whole app on a fresh store and a fresh (fake) IndexedDB, started like main.tsx starts it. */
export async function startApp(openLibrary: () => Promise<MapLibrary> = () => openIdbLibrary(new IDBFactory())) {
  const store = createAppStore();
  const app = createMapApp(store, { openLibrary });
  await app.start({ search: '', href: 'http://localhost/' });
  render(<App store={store} files={app.commands} />);
  const user = userEvent.setup();
  const upload = (f: File) => user.upload(screen.getByLabelText('Map file'), f);
  const title = () => screen.getByRole('heading', { level: 1 }).textContent;
  return { store, user, upload, title };
}

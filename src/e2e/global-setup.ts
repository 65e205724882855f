import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

/**
 * Serves the production build (`dist/`, made by `npm run build`) once for every browser test file, and tells them
 * where through `inject('baseUrl')`.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('No production build: run `npm run build` before the browser tests.');
  const server = await preview({
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  project.provide('baseUrl', url);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

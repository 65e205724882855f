import { existsSync } from 'node:fs';
import { preview } from 'vite';

export interface Served {
  /** The base URL, without the trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/** Serves the production build (`dist/`) on 127.0.0.1 with vite's preview server, as the browser tests do. */
export async function serveBuild(outDir = 'dist'): Promise<Served> {
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`No production build in ${outDir}/: run \`npm run build\` first.`);
  const server = await preview({
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  let closed = false;
  return {
    url: url.replace(/\/$/, ''),
    close: async () => {
      if (closed) return;
      closed = true;
      await server.close();
    },
  };
}

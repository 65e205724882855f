import { existsSync } from 'node:fs';
import { preview, type Plugin } from 'vite';

export interface Served {
  /** The base URL, without the trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the production build (`dist/`) on 127.0.0.1 with vite's preview server, as the browser tests do, and
 * `files` (JSON text by path) beside it.
 */
export async function serveBuild(outDir = 'dist', files: ReadonlyMap<string, string> = new Map()): Promise<Served> {
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`No production build in ${outDir}/: run \`npm run build\` first.`);
  const extra: Plugin = {
    name: 'capot-bench-files',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const body = files.get(request.url ?? '');
        if (body === undefined) return next();
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('Content-Length', Buffer.byteLength(body));
        response.end(body);
      });
    },
  };
  const server = await preview({
    plugins: [extra],
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

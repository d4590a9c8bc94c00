import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticSite {
  /** e.g. `http://127.0.0.1:41234/letopis/` */
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Headers sent with every response besides its content type, e.g. `{ vary: 'Origin' }` as Astro's preview server does. */
  headers?: Record<string, string>;
}

/**
 * Serves a built `dist/` on 127.0.0.1 under `base`, as a plain static host would: `dir/` → `dir/index.html`,
 * a missing file → `404.html` with status 404.
 */
export async function serveStatic(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(dir, pathname.slice(base.length)));
    if (!file.startsWith(normalize(dir))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const status = existsSync(file) ? 200 : 404;
    if (status === 404) file = join(dir, '404.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(status, { ...options.headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

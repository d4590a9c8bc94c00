import type { AddressInfo } from 'node:net';
import { createDistServer, type ServeOptions } from '../../scripts/serve.ts';

export interface StaticSite {
  /** e.g. `http://127.0.0.1:41234/letopis/` */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built `dist/` on 127.0.0.1 under `base`, as a static host that reads `_headers` would, with
 * the server `npm start` uses (scripts/serve.ts): `dir/` → `dir/index.html`, a missing file → `404.html`
 * with status 404, the Content-Security-Policy and the captures' plain-text headers of `_headers`.
 */
export async function serveStatic(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  const server = createDistServer(dir, base, options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

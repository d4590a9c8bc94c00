/**
 * Serves a built output folder as a static host does, with the headers of its `_headers` file
 * (src/lib/headers.ts): `npm start` (scripts/start.mjs) and the tests' browser runs (test/support/serve.ts).
 * `dir/` → `dir/index.html`; `dir` → a redirect to `dir/`; a missing file → `404.html` with status 404;
 * nothing outside the folder. The Content-Security-Policy's script folders are moved to the origin a request reached.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, sep } from 'node:path';
import { decodeCapture } from '../src/lib/capture/decode.ts';
import { headersFor, parseHeadersFile, rehostPolicy, type HeaderRule } from '../src/lib/headers.ts';

/**
 * The charset a published capture is really in (its bytes are published as captured: Windows-1251 and
 * UTF-16 captures exist). `_headers` says UTF-8 for all (a static host cannot tell); this server knows better.
 */
function captureCharset(file: string): string {
  try {
    return decodeCapture(readFileSync(file)).encoding;
  } catch {
    return 'utf-8';
  }
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.sha256': 'text/plain; charset=utf-8',
  '.bib': 'text/plain; charset=utf-8',
  '.ris': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

export interface ServeOptions {
  /** Headers sent with every response besides its content type, e.g. `{ vary: 'Origin' }`. */
  headers?: Record<string, string>;
  /** Compress text for a client that accepts gzip, as every static host does (`npm run lighthouse`). */
  gzip?: boolean;
}

/** What a host compresses: text, JSON, XML, scripts and SVG. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|javascript|manifest\+json)|image\/svg)/u;

/** A server for `dir` under `base`. The policy names the origin each request reached (its Host header). */
export function createDistServer(dir: string, base: string, options: ServeOptions = {}): Server {
  const root = normalize(dir);
  const headersPath = join(root, '_headers');
  let rules: HeaderRule[] | undefined;
  const rulesNow = () => (rules ??= existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : []);
  return createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    const headers = (path: string) => {
      const found = headersFor(rulesNow(), path);
      const policy = found.get('content-security-policy');
      if (policy)
        found.set('content-security-policy', rehostPolicy(policy, `http://${request.headers.host ?? '127.0.0.1'}`));
      return found;
    };
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, pathname.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${encodeURI(pathname)}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        response.writeHead(404).end('not found');
        return;
      }
    }
    const found = headers(status === 404 ? `${base}404.html` : pathname);
    const type = found.get('content-type');
    if (status === 200 && type?.startsWith('text/plain') && pathname.startsWith(`${base}captures/`))
      found.set('content-type', `text/plain; charset=${captureCharset(file)}`);
    const head: Record<string, string> = {
      ...options.headers,
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      ...Object.fromEntries(found),
    };
    const gzip =
      options.gzip &&
      COMPRESSIBLE.test(head['content-type']!) &&
      /\bgzip\b/u.test(request.headers['accept-encoding'] ?? '');
    if (gzip) head['content-encoding'] = 'gzip';
    response.writeHead(status, head);
    if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
    else createReadStream(file).pipe(response);
  });
}

/*
 * letopis offline cache. This file is a template: at the end of `astro build` the pagefind integration
 * (src/integrations/offline.ts) writes the build id and the list of search files into the copy in the
 * output folder. A new build has a new id, so its worker replaces the old cache whole.
 *
 * - On install: the search page and the search index (Pagefind's script, WebAssembly, metadata and,
 *   up to a size budget, the index chunks and fragments) are cached, so a reader who has opened the
 *   archive once can search offline; in a larger archive, the chunks a reader's searches used.
 * - Pages: network first, the cached copy when offline; every page read is kept. A page not kept gets
 *   the offline page (`offline/`, `en/offline/` for the English interface), which says so and offers search.
 * - Everything else from this site (styles, scripts, fonts, result fragments): cache first.
 * Nothing from another origin is ever fetched or cached.
 *
 * Every lookup ignores `Vary`: a static host may send `Vary: Origin` or `Vary: Accept-Encoding` (Astro's
 * preview server does), and a cached response would then never match a later request whose headers
 * differ, so the archive would not read or search offline behind such a host. The files are static:
 * the same path is the same bytes whatever the request's headers.
 */
const BUILD_ID = '__LETOPIS_BUILD_ID__';
const PRECACHE = /* __LETOPIS_PRECACHE__ */ [];
const CACHE = `letopis-${BUILD_ID}`;
const scope = new URL(self.registration.scope);
/** How every lookup matches: in this build's cache, whatever the response's `Vary`. */
const MATCH = { cacheName: CACHE, ignoreVary: true };

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new URL(path, scope).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith('letopis-') && key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

/** Keeps a good same-origin response. */
async function keep(request, response) {
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

/** The offline page in the interface of the requested page: `en/offline/` under `en/`, `offline/` otherwise. */
function offlinePath(url) {
  return new URL(url).pathname.startsWith(`${scope.pathname}en/`) ? 'en/offline/' : 'offline/';
}

async function networkFirst(request) {
  try {
    return await keep(request, await fetch(request));
  } catch (error) {
    const cached =
      (await caches.match(request, MATCH)) ?? (await caches.match(request, { ...MATCH, ignoreSearch: true }));
    if (cached) return cached;
    const offlinePage = await caches.match(new URL(offlinePath(request.url), scope).href, MATCH);
    if (offlinePage) return offlinePage;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { ...MATCH, ignoreSearch: true });
  return cached ?? keep(request, await fetch(request));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const isPage = request.mode === 'navigate' || (request.headers.get('accept') ?? '').includes('text/html');
  event.respondWith(isPage ? networkFirst(request) : cacheFirst(request));
});

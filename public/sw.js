/*
 * letopis offline cache. This file is a template: at the end of `astro build` the pagefind integration
 * (src/integrations/offline.ts) writes the build id and the list of search files into the copy in the
 * output folder. A new build has a new id, so its worker replaces the old cache whole.
 *
 * - On install: the search page and the search index (Pagefind's script, WebAssembly, metadata and,
 *   up to a size budget, the index chunks and fragments) are cached, so a reader who has opened the
 *   archive once can search offline; in a larger archive, the chunks a reader's searches used.
 * - Pages: network first, the cached copy when offline; every page read is kept.
 * - Everything else from this site (styles, scripts, fonts, result fragments): cache first.
 * Nothing from another origin is ever fetched or cached.
 */
const BUILD_ID = '__LETOPIS_BUILD_ID__';
const PRECACHE = /* __LETOPIS_PRECACHE__ */ [];
const CACHE = `letopis-${BUILD_ID}`;
const scope = new URL(self.registration.scope);

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
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('letopis-') && key !== CACHE).map((key) => caches.delete(key))))
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

async function networkFirst(request) {
  try {
    return await keep(request, await fetch(request));
  } catch (error) {
    const cached = (await caches.match(request, { cacheName: CACHE })) ?? (await caches.match(request, { cacheName: CACHE, ignoreSearch: true }));
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  return cached ?? keep(request, await fetch(request));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const isPage = request.mode === 'navigate' || (request.headers.get('accept') ?? '').includes('text/html');
  event.respondWith(isPage ? networkFirst(request) : cacheFirst(request));
});

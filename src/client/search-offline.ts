/**
 * Registers the service worker (`public/sw.js`, stamped with the build id by the pagefind integration)
 * that keeps the pages and search index a reader has used, so the archive reads and searches offline.
 */
export function registerOfflineCache(base: string): void {
  if (!('serviceWorker' in navigator) || !isSecureContext) return;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' }).catch((error: unknown) => {
    console.warn('letopis: offline reading is unavailable:', error);
  });
}

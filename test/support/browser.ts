import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it when missing. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * What every browser context of the tests starts from unless the test says otherwise. The offline cache's
 * service worker is blocked: installed, it fills its cache with the search index in the background of every
 * first visit, which no test but the offline ones looks at and which makes every page wait for the network
 * to go quiet. A page reads the same either way (the worker answers from the network first); the tests of
 * the offline cache (offline.test.ts, search.test.ts, the host test of site.test.ts) pass
 * `serviceWorkers: 'allow'`.
 */
export const contextDefaults: BrowserContextOptions = { serviceWorkers: 'block' };

/**
 * Launches headless Chromium the way this machine needs: no sandbox (we run as root), a fresh profile (Playwright's own), and none of
 * Chromium's own background connections, which the closed network would refuse. Its contexts (and
 * `newPage`'s) start from `contextDefaults`.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  // Playwright's `newPage` opens its context through `newContext` too.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ ...contextDefaults, ...options });
  return browser;
}

import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { chromiumFlags, testChromiumPath } from '../../scripts/chromium.ts';

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
 * Launches headless Chromium the way this machine needs (scripts/chromium.ts; the headless shell when installed), with a fresh profile
 * (Playwright's own). Its contexts (and `newPage`'s) start from `contextDefaults`.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: testChromiumPath, headless: true, args: [...chromiumFlags] });
  // Playwright's `newPage` opens its context through `newContext` too.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ ...contextDefaults, ...options });
  return browser;
}

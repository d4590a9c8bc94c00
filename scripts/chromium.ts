import { existsSync } from 'node:fs';

/**
 * Debian's Chromium as the tests (test/support/browser.ts) and `npm run lighthouse` run it. `.ci/run`
 * installs it when it is missing.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const headlessShell = '/usr/bin/chromium-headless-shell';

/**
 * The Chromium the browser tests drive: Debian's `chromium-headless-shell` when it is installed (the same
 * engine without the browser's user interface; it started and rendered the test pages in under half the
 * CPU time of the full browser), else `chromiumPath`. CHROMIUM_PATH still names one explicitly.
 */
export const testChromiumPath = process.env.CHROMIUM_PATH ?? (existsSync(headlessShell) ? headlessShell : chromiumPath);

/**
 * Flags for headless Chromium on this kind of machine: no sandbox (we run as root), no GPU, and none of
 * Chromium's own background connections, which the closed network would refuse.
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
] as const;

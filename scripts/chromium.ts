/**
 * Debian's Chromium as the tests (test/support/browser.ts) and `npm run lighthouse` run it. `.ci/run`
 * installs it when it is missing.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.ts';

/**
 * Launches headless Chromium the way this machine needs (scripts/chromium.ts), with a fresh profile (Playwright's own).
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumFlags],
  });
}

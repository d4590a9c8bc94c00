/**
 * Where links point when the archive has no public address yet (`site` in content/archive.yaml): the local
 * preview (`npm start`). Pages built this way carry a visible notice, and a build for publication refuses.
 */
export const PREVIEW_SITE = 'http://localhost:4321/';

/** Whether a build's site is the local preview rather than a public address. */
export function isPreviewSite(site: URL | string | undefined): boolean {
  return site === undefined || new URL(site).href === PREVIEW_SITE;
}

/**
 * The site a build uses: `LETOPIS_SITE` when set (non-empty), else the identity's `site`, else the local preview.
 * With `publish` (`--publish`, `LETOPIS_PUBLISH=1`) a missing public address is an error naming the fix.
 */
export function resolveSite(envSite: string | undefined, identitySite: string | undefined, publish: boolean): string {
  const site = envSite || identitySite;
  if (site) return site;
  if (publish) {
    throw new Error(
      'content/archive.yaml: a build for publication needs the archive’s public address, and there is none.\n' +
        '    → add `site: https://…` to content/archive.yaml (or set LETOPIS_SITE); without it every citation would point to the local preview.',
    );
  }
  return PREVIEW_SITE;
}

/**
 * The environment for a child build, without what vitest adds (BASE_URL, MODE, NODE_ENV=test …),
 * which would leak into Astro's build (buildArchive in build.ts uses it too). The search index is split
 * into shards however small the archive (LETOPIS_SEARCH_SPLIT_FROM), so the tests search across shards.
 */
export function buildEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key))
      delete env[key];
  }
  return { ...env, FORCE_COLOR: '0', NO_COLOR: '1', LETOPIS_SEARCH_SPLIT_FROM: '1', ...extra };
}

/**
 * The environment for a child build, without what vitest adds (BASE_URL, MODE, NODE_ENV=test …),
 * which would leak into Astro's build (buildArchive in build.ts uses it too).
 */
export function buildEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key))
      delete env[key];
  }
  return { ...env, FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

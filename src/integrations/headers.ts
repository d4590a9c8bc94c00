/**
 * `letopis:headers`: writes `<outDir>/_headers` (src/lib/headers.ts) for the site's origin and base,
 * so static hosts and `npm start` serve captures as plain text and allow scripts only from the project's folders.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { headersFile } from '../lib/headers.ts';

export default function headers(): AstroIntegration {
  let origin = '';
  let base = '/';
  return {
    name: 'letopis:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site ? new URL(config.site).origin : '';
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(origin, base));
      },
    },
  };
}

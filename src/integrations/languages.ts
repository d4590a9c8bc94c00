/**
 * An archive whose interface languages (content/archive.yaml `languages`) leave out English publishes no `/en/`
 * pages: Astro renders every route, and this removes the English ones from the output before the citations,
 * search and offline steps read it (the sitemap leaves them out by `permanentPagesOnly`, the layout shows no switch).
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentIdentity } from '../lib/identity/current.ts';

export default function interfaceLanguages(): AstroIntegration {
  return {
    name: 'letopis:languages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (currentIdentity().languages.includes('en')) return;
        rmSync(join(fileURLToPath(dir), 'en'), { recursive: true, force: true });
        logger.info('no English interface (content/archive.yaml languages): /en/ pages left out');
      },
    },
  };
}

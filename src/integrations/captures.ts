/**
 * Provenance and permanence at build time (`letopis:captures`):
 * - before anything is built, the archive reader (read-archive.ts) checks `content/redirects.yaml` and
 *   `content/withdrawn.yaml` against the permalink lock and `seeds/`, with every other input, so one
 *   build lists every problem; what it read is taken from this build's loaders (`loadedArchive`), never read again;
 * - after the build, every capture in `seeds/` (except withdrawn ones) is copied byte-identical to
 *   `<outDir>/captures/<file>` and listed in `<outDir>/checksums.sha256` (`cd dist && sha256sum -c checksums.sha256`);
 * - every redirect is checked against the built site (its target exists, its source is not a live page)
 *   by letopis:lock with the lock's own check (builtRedirectProblems).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { archivePaths } from '../lib/inputs/paths.ts';
import type { Permanence } from '../lib/archive/read-archive.ts';
import { captureId } from '../lib/capture/capture-id.ts';
import { checksumsFile, publishedCaptureName } from '../lib/permanence/captures.ts';
import { checkBuiltRedirects } from '../lib/permanence/check.ts';
import type { Problem } from '../lib/problems.ts';
import { currentIdentity } from '../lib/identity/current.ts';
import { loadedArchive } from '../loaders/load-archive.ts';

/** The marker every redirect page carries, so the final check can tell it from a live page. */
export const REDIRECT_MARKER = '<meta name="letopis-redirect"';

/** Whether `path` is a file holding exactly `bytes`. */
function holds(path: string, bytes: Buffer): boolean {
  return existsSync(path) && statSync(path).size === bytes.length && readFileSync(path).equals(bytes);
}

/**
 * Copies the captures into `outDir/captures/` and writes `outDir/checksums.sha256`. Returns how many, and every
 * file published, written or left.
 *
 * performance: a copy already there byte for byte (a rebuild in a kept output folder) is left as it is: rewriting
 * a file costs more than reading it (at 1,000 captures, 0.8 s of opening files to truncate them, per rebuild).
 */
export function publishCaptures(
  outDir: string,
  seedsDir: string,
  files: readonly string[],
  withdrawn: ReadonlySet<string>,
): { count: number; files: string[] } {
  mkdirSync(join(outDir, 'captures'), { recursive: true });
  const published: string[] = [];
  const entries = files
    .filter((file) => !withdrawn.has(captureId(file)))
    .map((file) => {
      const bytes = readFileSync(join(seedsDir, file));
      const copy = join(outDir, 'captures', publishedCaptureName(file));
      if (!holds(copy, bytes)) writeFileSync(copy, bytes);
      published.push(copy);
      return { file, sha256: createHash('sha256').update(bytes).digest('hex') };
    });
  writeFileSync(join(outDir, 'checksums.sha256'), checksumsFile(entries));
  return { count: entries.length, files: published };
}

/**
 * After the build: every redirect target exists in the output folder (and resolves inside it), and no
 * redirect source is a live page. Checked by letopis:lock, the last integration, with the lock's own
 * check, so one build reports every problem of the built site at once.
 */
export function builtRedirectProblems(
  outDir: string,
  permanence: Pick<Permanence, 'redirects' | 'redirectsFile'>,
): Problem[] {
  const root = outDir.replace(/\/$/u, '');
  // A target resolves inside the output folder only (the schema refuses "..": this is the second lock).
  const fileOf = (path: string) => {
    const file = resolve(root, `.${path}`);
    return file === root || file.startsWith(`${root}${sep}`) ? file : join(root, '.letopis-outside-the-site');
  };
  return checkBuiltRedirects(permanence.redirects, permanence.redirectsFile, {
    exists: (path) => {
      const file = fileOf(path);
      return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) && statSync(file).isFile();
    },
    isRedirectPage: (path) => {
      const file = join(fileOf(path), 'index.html');
      return existsSync(file) && readFileSync(file, 'utf8').includes(REDIRECT_MARKER);
    },
  });
}

/**
 * Which sitemap pages to keep (`sitemap({ filter: permanentPagesOnly(base, outDir) })`): not redirect pages,
 * not tombstones, not the offline pages, and no page that asks search engines not to index it (a registry
 * entry no article names keeps its locked page, marked `noindex`): a sitemap must not list what the page
 * itself keeps out of the index. The sitemap is written after the pages, so each is read from `outDir`.
 */
export function permanentPagesOnly(base: string, outDir: string): (page: string) => boolean {
  let retired: Set<string> | undefined;
  const head = base.replace(/\/$/u, '');
  return (page) => {
    if (!retired) {
      const { permanence, lock } = loadedArchive('The sitemap');
      const tombstones = permanence.withdrawals.flatMap((w) =>
        lock.articles[w.id] ? [lock.articles[w.id]!, `/en${lock.articles[w.id]!}`] : [],
      );
      // The offline pages (what the service worker shows for a page it has not kept) are no pages of the archive.
      retired = new Set([
        ...permanence.redirects.map((r) => r.from),
        ...tombstones,
        // provisional pages no longer proposed: their redirects and tombstones (lib/permanence/provisional.ts)
        ...permanence.retiredProvisional.flatMap((r) => r.pages),
        '/offline/',
        '/en/offline/',
      ]);
    }
    const path = new URL(page).pathname;
    const archivePath = path.startsWith(head) ? path.slice(head.length) || '/' : path;
    if (archivePath.startsWith('/en/') && !currentIdentity().languages.includes('en')) return false;
    return !retired.has(archivePath) && !asksNotToBeIndexed(join(outDir, archivePath, 'index.html'));
  };
}

/**
 * Whether the built page in `file` carries `<meta name="robots" content="noindex">`. Only its `<head>` is read
 * (about 1.5 KB of a page): the sitemap asks this of every page of the archive.
 */
function asksNotToBeIndexed(file: string): boolean {
  if (!existsSync(file)) return false;
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(4096);
    let head = '';
    // latin1: the markup searched for is ASCII, and a chunk boundary cannot split a character.
    for (let read = readSync(fd, chunk); read > 0 && !head.includes('</head>'); read = readSync(fd, chunk))
      head += chunk.toString('latin1', 0, read);
    return /<meta name="robots" content="noindex"/u.test(head.split('</head>')[0]!);
  } finally {
    closeSync(fd);
  }
}

/**
 * The Astro integration. `keep` receives every published capture, so that the output folder's finisher does not
 * prune those a rebuild left as they were (`output.keep` in astro.config.mjs).
 */
export default function captures({ keep }: { keep: (files: Iterable<string>) => void }): AstroIntegration {
  return {
    name: 'letopis:captures',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/u, '');
        const { permanence } = loadedArchive('letopis:captures');
        const { count, files } = publishCaptures(
          outDir,
          archivePaths().seedsDir,
          permanence.captureFiles,
          new Set(permanence.withdrawals.map((w) => w.id)),
        );
        keep(files);
        logger.info(
          `published ${count} captures with checksums.sha256; ${permanence.redirects.length} redirects, ${permanence.withdrawals.length} withdrawn`,
        );
      },
    },
  };
}

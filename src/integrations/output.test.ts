import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp.ts';
import { mayKeepOutput, prepareOutput, pruneOutput, rememberOutput } from './output.ts';
import { SEARCH_PAGES_DIR } from './search-pages.ts';

/** An output folder as a finished build leaves it, and its cache folder. */
function finishedBuild(buildId = 'abc123') {
  const dir = tempDir('output-');
  const outDir = join(dir, 'dist');
  const cacheDir = join(dir, 'cache');
  for (const file of ['index.html', 'articles/a/index.html', 'pagefind/build-id.json', '.git/HEAD']) {
    mkdirSync(join(outDir, file, '..'), { recursive: true });
    writeFileSync(join(outDir, file), file.endsWith('build-id.json') ? JSON.stringify({ buildId }) : file);
  }
  mkdirSync(join(cacheDir, SEARCH_PAGES_DIR), { recursive: true });
  rememberOutput(cacheDir, outDir, buildId);
  return { outDir, cacheDir };
}

/** Makes a file look written long before the build started. */
const age = (file: string) => utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));

describe('keeping the output folder between builds', () => {
  it('trusts the folder only when the last finished build with this cache left it', () => {
    const { outDir, cacheDir } = finishedBuild();
    expect(mayKeepOutput(outDir, cacheDir)).toBe(true);
    expect(mayKeepOutput(join(outDir, '..', 'other'), cacheDir)).toBe(false);
    writeFileSync(join(outDir, 'pagefind/build-id.json'), JSON.stringify({ buildId: 'written-by-another-build' }));
    expect(mayKeepOutput(outDir, cacheDir)).toBe(false);
    expect(mayKeepOutput(outDir, join(cacheDir, '..', 'fresh-cache'))).toBe(false);
  });

  it('does not trust the folder when the pages as rendered for the search index are gone from the cache', () => {
    const { outDir, cacheDir } = finishedBuild();
    rmSync(join(cacheDir, SEARCH_PAGES_DIR), { recursive: true });
    expect(mayKeepOutput(outDir, cacheDir)).toBe(false);
  });

  it('keeps a trusted folder but forgets its build, so a build that stops half way is not trusted next time', () => {
    const { outDir, cacheDir } = finishedBuild();
    prepareOutput(outDir, cacheDir);
    expect(existsSync(join(outDir, 'articles/a/index.html'))).toBe(true);
    expect(mayKeepOutput(outDir, cacheDir)).toBe(false);
    prepareOutput(outDir, cacheDir);
    expect(existsSync(join(outDir, 'articles/a/index.html'))).toBe(false);
    expect(readFileSync(join(outDir, '.git/HEAD'), 'utf8')).toBe('.git/HEAD');
  });

  it('empties a folder it cannot vouch for, as Astro would, keeping .git', () => {
    const { outDir } = finishedBuild();
    prepareOutput(outDir, join(outDir, '..', 'fresh-cache'));
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'pagefind'))).toBe(false);
    expect(existsSync(join(outDir, '.git/HEAD'))).toBe(true);
  });

  it('after the build, deletes what it neither wrote nor reused, and the folders left empty', () => {
    const { outDir, cacheDir } = finishedBuild();
    for (const file of ['index.html', 'articles/a/index.html', 'pagefind/build-id.json', '.git/HEAD'])
      age(join(outDir, file));
    const since = prepareOutput(outDir, cacheDir);
    writeFileSync(join(outDir, 'index.html'), 'written again');
    const reused = join(outDir, 'articles/a/index.html');
    mkdirSync(join(outDir, 'articles/old'), { recursive: true });
    writeFileSync(join(outDir, 'articles/old/index.html'), 'a page no longer built');
    age(join(outDir, 'articles/old/index.html'));
    expect(pruneOutput(outDir, new Set([reused]), since)).toBe(1);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('written again');
    expect(existsSync(reused)).toBe(true);
    expect(existsSync(join(outDir, 'articles/old'))).toBe(false);
    expect(existsSync(join(outDir, '.git/HEAD'))).toBe(true);
    expect(existsSync(join(outDir, '.letopis-build-start'))).toBe(false);
  });
});

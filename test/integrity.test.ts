/**
 * Issue 17, permanence: every attack on the lock, the paragraph anchors and seeds/ is a clear error
 * (file, fix, every problem at once, no stack trace) and leaves the permanence record as it was.
 * Each fixture is written here, on a private copy of the project's input.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestFile } from '../src/lib/permalinks/integrity.ts';
import { buildArchive, type BuildResult } from './support/build.ts';
import { buildEnv } from './support/env.ts';
import { root } from './support/seeds.ts';
import { copyProjectInput, tempDir } from './support/temp.ts';
import { snapshotTree } from './support/tree.ts';

type Lock = Record<string, Record<string, string>>;
const projectLock = JSON.parse(readFileSync(join(root, 'content/permalinks.json'), 'utf8')) as Lock;
const articleId = (n: string) => Object.keys(projectLock.articles!).find((id) => id.startsWith(`${n}_`))!;
const STACK = /Stack trace|^\s+at .+:\d+:\d+\)?$/mu;

/** A private copy of the project's seeds/ and content/, changed by `change`, then built. */
async function attack(
  name: string,
  change: (dirs: { seeds: string; content: string }) => void,
): Promise<BuildResult & { before: Record<string, unknown>; after: () => Record<string, unknown> }> {
  const dirs = copyProjectInput(`${name}-`);
  change(dirs);
  const record = () => {
    const tree = snapshotTree(dirs.content) as Record<string, unknown>;
    return Object.fromEntries(['permalinks.json', 'anchors.json', 'permalinks.sha256'].map((f) => [f, tree[f]]));
  };
  const before = record();
  const result = await buildArchive(name, { env: { LETOPIS_SEEDS: dirs.seeds, LETOPIS_CONTENT: dirs.content } });
  return { ...result, before, after: record };
}

/** Rewrites the anchor record as a build with another capture reader would have left it (digests consistent). */
function recordAnchors(content: string, edit: (record: Record<string, { paragraphs: string[] }>) => void) {
  const record = JSON.parse(readFileSync(join(content, 'anchors.json'), 'utf8')) as Record<
    string,
    { paragraphs: string[] }
  >;
  edit(record);
  const anchors = `${JSON.stringify(record)}\n`;
  writeFileSync(join(content, 'anchors.json'), anchors);
  writeFileSync(
    join(content, 'permalinks.sha256'),
    digestFile({ 'anchors.json': anchors, 'permalinks.json': readFileSync(join(content, 'permalinks.json'), 'utf8') }),
  );
}

describe('integrity: attacks on seeds/, the anchors, the redirects and the registry, in one build', () => {
  let site: Awaited<ReturnType<typeof attack>>;
  const secret = join(tempDir('secret-'), 'secret.txt');
  beforeAll(async () => {
    writeFileSync(secret, 'Заголовок\n\nTEST-SECRET-7f3a: a file of the builder’s machine.\n');
    site = await attack('integrity-attacks', ({ seeds, content }) => {
      symlinkSync(secret, join(seeds, '010_secret.txt'));
      mkdirSync(join(seeds, '011_folder.txt'));
      writeFileSync(join(seeds, '012_page.htm'), '<title>T</title><p>Text.</p>');
      writeFileSync(join(seeds, '013_notes.markdown'), '# T\n\nText.\n');
      writeFileSync(join(seeds, '014_noext'), 'T\n\nText.\n');
      writeFileSync(join(seeds, '.txt'), 'T\n\nText.\n');
      // An edited capture: one word of a published capture changed.
      const edited = join(seeds, `${articleId('000')}.txt`);
      writeFileSync(edited, readFileSync(edited, 'utf8').replace('Медведев', 'Медвeдев'));
      // The reader of an earlier build cut article 004 differently: its #p-2 would change silently.
      recordAnchors(content, (record) => {
        record[articleId('004')]!.paragraphs[1] = '00000000';
      });
      writeFileSync(
        join(content, 'redirects.yaml'),
        [
          '- from: /old/hostname/',
          '  to: /../../etc/hostname',
          '- from: /../escape/',
          '  to: /cite/',
          '- from: /pagefind/',
          '  to: /cite/',
          '- from: /loop/a/',
          '  to: /loop/b/',
          '- from: /loop/b/',
          '  to: /loop/a/',
          '',
        ].join('\n'),
      );
      writeFileSync(join(content, 'people/putin.yaml'), 'name: [unclosed\n');
    });
  });
  afterAll(() => rmSync(secret, { force: true }));

  it('stops with every problem listed, each naming its file, and no stack trace', () => {
    expect(site.status).not.toBe(0);
    const out = site.output;
    expect(out).not.toMatch(STACK);
    for (const needle of [
      'seeds/010_secret.txt: is a symbolic link',
      'seeds/011_folder.txt: is a folder',
      'seeds/012_page.htm: is not read as a capture',
      'seeds/013_notes.markdown: is not read as a capture',
      'seeds/014_noext: is not a capture',
      'seeds/.txt: is not a capture',
      `seeds/${articleId('000')}.txt: was published with sha256`,
      `SHA256SUMS:1: says ${articleId('000')}.txt has sha256`,
      `anchors.json: the paragraphs of the published article "${articleId('004')}" would change (paragraph 2 changed)`,
      'redirects.yaml:2: entry 1: to must stay inside the site',
      'redirects.yaml:3: entry 2: from must stay inside the site',
      'redirects.yaml:5: entry 3: from must not be in a folder the build writes itself',
      'redirects.yaml:7: /loop/a/ is part of a redirect loop (/loop/a/ → /loop/b/ → /loop/a/)',
      'people/putin.yaml',
    ]) {
      expect(out, needle).toContain(needle);
    }
    expect(out).toContain('→ point "to" of one of these entries at a live page');
    // Each file's fix is named; nothing of the linked file reached the output.
    expect(out).toContain('012_page.html');
    expect(out).not.toContain('TEST-SECRET-7f3a');
  });

  it('does not follow one registry error with false "is gone" reports for files that are there', () => {
    expect(site.output).not.toMatch(/gone from content\//u);
    expect(site.output).not.toContain('about: no entity');
    expect(site.output).not.toMatch(/gone from seeds/u);
    expect(site.output).not.toMatch(/no capture "[^"]+" exists in seeds\/ for this sidecar/u);
  });

  it('leaves the lock, the anchor record and their digests as they were', () => {
    expect(site.after()).toEqual(site.before);
  });
});

describe('integrity: the lock cannot be edited or deleted unnoticed', () => {
  it('notices a hand-edited lock and a deleted anchor record', async () => {
    const site = await attack('integrity-hand-edit', ({ content }) => {
      const file = join(content, 'permalinks.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('/articles/2019/', '/articles/2020/'));
      rmSync(join(content, 'anchors.json'));
    });
    expect(site.status).not.toBe(0);
    expect(site.output).toMatch(/permalinks\.json: was changed by hand since the last build wrote it/u);
    expect(site.output).toMatch(/anchors\.json: is missing, but .*permalinks\.sha256 says a build wrote it/u);
    expect(site.output).not.toMatch(STACK);
    expect(site.after()).toEqual(site.before);
  });

  it('reports a lock that is not valid JSON with its line and fix, not a stack trace', async () => {
    const site = await attack('integrity-broken-lock', ({ content }) => {
      writeFileSync(join(content, 'permalinks.json'), '{\n  "articles": {\n    "000_x": "/a/",\n  }\n');
    });
    expect(site.status).not.toBe(0);
    expect(site.output).toMatch(/permalinks\.json:4: is not valid JSON/u);
    expect(site.output).toContain('git checkout --');
    expect(site.output).not.toMatch(STACK);
  });
});

describe('integrity: year and index pages are locked, and redirects are checked against the built site', () => {
  // One build: withdrawing 2019's only article, a redirect to nowhere and a redirect away from a live page.
  let site: Awaited<ReturnType<typeof attack>>;
  beforeAll(async () => {
    site = await attack('integrity-year', ({ content }) => {
      writeFileSync(
        join(content, 'withdrawn.yaml'),
        `- id: ${articleId('000')}\n  title: T\n  reason: test\n  withdrawn: 2026-12-01\n`,
      );
      writeFileSync(
        join(content, 'redirects.yaml'),
        '- from: /old/a/\n  to: /articles/2099/nothing/\n- from: /people/\n  to: /cite/\n',
      );
    });
  });

  it('stops when withdrawing the only article of 2019 would drop /articles/2019/ and /en/articles/2019/, with the redirect problems of the same build', () => {
    expect(site.status).not.toBe(0);
    expect(site.output).toMatch(/found 4 problems/u);
    for (const path of ['/articles/2019/', '/en/articles/2019/']) {
      expect(site.output).toContain(`the page ${path} was published, but this build does not produce it`);
    }
    expect(site.output).toContain('content/redirects.yaml (- from: /articles/2019/');
    expect(site.output).not.toMatch(STACK);
    expect(site.after()).toEqual(site.before);
  });

  it('checks after the build that every redirect target exists and no source is a live page', () => {
    expect(site.output).toMatch(
      /redirects\.yaml:1: \/old\/a\/ redirects to \/articles\/2099\/nothing\/, but the built site has no page/u,
    );
    expect(site.output).toMatch(/redirects\.yaml:3: \/people\/ is a live page of the site/u);
  });
});

describe('integrity: a renumbering needs a recorded decision', () => {
  it('accepts the change once content/renumbered.yaml records it, and records the decision', async () => {
    const id = articleId('004');
    const site = await attack('integrity-renumbered', ({ content }) => {
      recordAnchors(content, (record) => {
        record[id]!.paragraphs.push('00000000');
      });
      writeFileSync(
        join(content, 'renumbered.yaml'),
        `- id: ${id}\n  reason: The capture reader now joins a split paragraph.\n  date: 2026-12-02\n`,
      );
    });
    expect(site.status, site.output).toBe(0);
    const record = JSON.parse(readFileSync(join(site.contentDir, 'anchors.json'), 'utf8')) as Record<
      string,
      { paragraphs: string[]; renumbered?: string }
    >;
    const project = JSON.parse(readFileSync(join(root, 'content/anchors.json'), 'utf8')) as typeof record;
    expect(record[id]).toEqual({ ...project[id], renumbered: '2026-12-02' });
    expect(record[articleId('000')]).toEqual(project[articleId('000')]);
  });
});

/** Whether this machine lets the test mount a small file system (root in a container that allows it). */
function canMount(): boolean {
  const dir = tempDir('mount-probe-');
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]).status === 0;
  if (ok) spawnSync('umount', [dir]);
  return ok;
}
const mountable = process.platform === 'linux' && canMount();

describe.skipIf(!mountable)('npm run build on another file system, a full disk and a read-only content/', () => {
  const mounts: string[] = [];
  const mount = (size: string, options = '') => {
    const dir = tempDir('mnt-');
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}${options}`, 'tmpfs', dir]).status).toBe(0);
    mounts.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of mounts.reverse()) spawnSync('umount', [dir]);
  });
  const npmRunBuild = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: buildEnv({ LETOPIS_BASE: '/', ...env }),
    });
  /** `npm run build` of a private copy of the project's input into `out`. */
  const buildCopyInto = (out: string, name: string, env: Record<string, string> = {}) => {
    const input = copyProjectInput(`${name}-`);
    return npmRunBuild({
      LETOPIS_SEEDS: input.seeds,
      LETOPIS_CONTENT: input.content,
      LETOPIS_OUT_DIR: out,
      LETOPIS_CACHE_DIR: join(input.dir, 'cache'),
      ...env,
    });
  };

  it('builds into an output folder on another file system (Astro alone fails there with EXDEV)', () => {
    const out = join(mount('200m'), 'dist');
    const result = buildCopyInto(out, 'exdev');
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(readFileSync(join(out, 'checksums.sha256'), 'utf8')).toContain(articleId('000'));
  });

  it('replaces a dist/ that is a mount point (it cannot be renamed) by renames inside it', () => {
    const out = mount('200m');
    writeFileSync(join(out, 'stale.html'), 'a file of the previous build');
    const result = buildCopyInto(out, 'mountpoint');
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const files = Object.keys(snapshotTree(out));
    expect(files).toContain('index.html');
    expect(files).not.toContain('stale.html');
    expect(files.filter((f) => f.startsWith('.letopis-'))).toEqual([]);
  });

  it('says the disk is full, without a stack trace, and leaves dist/ as it was', () => {
    const parent = mount('700k');
    const out = join(parent, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '<!doctype html><title>previous build</title>');
    const before = snapshotTree(out);
    const result = buildCopyInto(out, 'full');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/The disk is full at .*: free some space and build again\./u);
    expect(result.stderr).not.toMatch(STACK);
    expect(snapshotTree(out)).toEqual(before);
  });

  it('says the disk is full when the bundler fails to write (no "please report this problem", no backtrace)', () => {
    const out = join(mount('100m'), 'dist'); // another file system: Astro builds in the scratch folder, which is full
    const result = buildCopyInto(out, 'bundler-full', { LETOPIS_SCRATCH_DIR: mount('600k') });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/The build failed: The disk is full at .*: free some space and build again\./u);
    expect(result.stderr).not.toMatch(/please report|Stack backtrace/iu);
    expect(result.stderr).not.toMatch(STACK);
  });

  it('stops with a clear message when content/ is read-only and the lock must grow, dist/ left as it was', () => {
    const work = tempDir('readonly-');
    const content = mount('1m');
    mkdirSync(join(content, 'articles')); // the fixture has no content of its own: its lock must be written
    expect(spawnSync('mount', ['-o', 'remount,ro', content]).status).toBe(0);
    const out = join(work, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '<!doctype html><title>previous build</title>');
    const before = snapshotTree(out);
    const result = npmRunBuild({
      LETOPIS_SEEDS: join(root, 'test/fixtures/unsafe/seeds'),
      LETOPIS_CONTENT: content,
      LETOPIS_OUT_DIR: out,
      LETOPIS_CACHE_DIR: join(work, 'cache'),
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/could not write into .*\(EROFS at .*\): make the folder writable and build again/u);
    expect(result.stderr).not.toMatch(STACK);
    expect(snapshotTree(out)).toEqual(before);
  });
});

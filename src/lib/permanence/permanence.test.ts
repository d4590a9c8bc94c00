import { describe, expect, it } from 'vitest';
import { buildArticles } from '../archive/build-articles.ts';
import { emptyLock } from '../permalinks/lock.ts';
import { capturePath, checksumsFile, publishedCaptureName } from './captures.ts';
import { checkBuiltRedirects, checkPermanence, retiredArticleIds, targetPage } from './check.ts';
import { readRedirects, readWithdrawals } from './read.ts';

const lock = {
  ...emptyLock(),
  articles: { a: '/articles/2019/a/', b: '/articles/2019/b/', c: '/articles/2019/c/' },
  people: { p: '/people/p/' },
};
const input = (redirects: string, withdrawn = '[]', captureIds = ['a', 'b']) => ({
  redirects: readRedirects('content/redirects.yaml', redirects).entries,
  withdrawals: readWithdrawals('content/withdrawn.yaml', withdrawn).entries,
  lock,
  captureIds: new Set(captureIds),
  redirectsFile: 'content/redirects.yaml',
  withdrawnFile: 'content/withdrawn.yaml',
});

describe('reading content/redirects.yaml and content/withdrawn.yaml', () => {
  it('reads an empty list, a commented empty list and an empty file', () => {
    for (const text of ['[]', '# nothing yet\n[]\n', '']) {
      expect(readRedirects('r.yaml', text)).toEqual({ entries: [], problems: [] });
      expect(readWithdrawals('w.yaml', text)).toEqual({ entries: [], problems: [] });
    }
  });

  it('reads entries with the line each starts on', () => {
    const r = readRedirects(
      'r.yaml',
      '# moved\n- from: /old/\n  to: /articles/2019/a/#p-3\n  reason: merged\n  since: 2026-01-15\n',
    );
    expect(r.problems).toEqual([]);
    expect(r.entries).toEqual([
      { from: '/old/', to: '/articles/2019/a/#p-3', reason: 'merged', since: '2026-01-15', line: 2 },
    ]);
    const w = readWithdrawals(
      'w.yaml',
      '- id: a\n  title: T\n  reason: { ru: Причина, en: Reason }\n  withdrawn: 2026-02-01\n  date: { value: "2019-10", precision: month, evidence: stated }\n',
    );
    expect(w.problems).toEqual([]);
    expect(w.entries[0]).toMatchObject({
      id: 'a',
      reason: { ru: 'Причина', en: 'Reason' },
      date: { value: '2019-10' },
      line: 1,
    });
  });

  it('reports every problem with its file, line and a fix', () => {
    const r = readRedirects(
      'r.yaml',
      '- from: old\n  to: /x/\n- from: /y/\n  to: https://elsewhere.example/\n  extra: 1\n- to: /z/\n',
    );
    expect(r.entries).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [1, expect.stringContaining('entry 1: from must be a page path')],
      [4, expect.stringContaining('entry 2: to must be a path of this site')],
      [3, 'entry 2: unknown key "extra"'],
      [6, 'entry 3: from is missing'],
    ]);
    for (const p of r.problems) expect(p.fix.length).toBeGreaterThan(10);
    const w = readWithdrawals(
      'w.yaml',
      '- id: a\n  title: T\n  withdrawn: 2026-02-30\n  date: { value: "2019", precision: month, evidence: stated }\n',
    );
    expect(w.problems.map((p) => [p.line, p.message])).toEqual([
      [4, expect.stringContaining('date.value')],
      [1, 'entry 1: reason is missing'],
      [3, expect.stringContaining('entry 1: withdrawn')],
    ]);
    expect(readRedirects('r.yaml', 'from: /a/\n').problems[0]!.message).toMatch(/must be a list/u);
    expect(readRedirects('r.yaml', '- from: /a/\n  to: [\n').problems[0]!.message).toMatch(/YAML cannot be read/u);
  });
});

describe('checking redirects and withdrawals', () => {
  it('accepts a redirect from a retired path and a withdrawal of a published article', () => {
    expect(
      checkPermanence(
        input(
          '- from: /articles/2019/c/\n  to: /articles/2019/a/\n',
          '- id: b\n  title: B\n  reason: r\n  withdrawn: 2026-01-01\n',
        ),
      ),
    ).toEqual([]);
  });

  it('finds duplicates, self-redirects, chains, live sources, tombstone sources and unknown ids', () => {
    const problems = checkPermanence(
      input(
        '- from: /articles/2019/a/\n  to: /cite/\n- from: /x/\n  to: /x/#p-1\n- from: /y/\n  to: /z/\n- from: /z/\n  to: /cite/\n- from: /z/\n  to: /en/cite/\n- from: /articles/2019/b/\n  to: /cite/\n',
        '- id: b\n  title: B\n  reason: r\n  withdrawn: 2026-01-01\n- id: b\n  title: B\n  reason: r\n  withdrawn: 2026-01-01\n- id: nope\n  title: N\n  reason: r\n  withdrawn: 2026-01-01\n',
      ),
    );
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'content/withdrawn.yaml:5 "b" is withdrawn twice',
      'content/withdrawn.yaml:9 no article "nope" was ever published (it is neither in the permalink lock nor in seeds/)',
      'content/redirects.yaml:9 /z/ is redirected twice',
      'content/redirects.yaml:1 /articles/2019/a/ is the live page of the article "a": a redirect would hide it',
      'content/redirects.yaml:3 /x/ redirects to itself',
      'content/redirects.yaml:5 /y/ redirects to /z/, which is itself redirected to /cite/ (/y/ → /z/ → /cite/)',
      'content/redirects.yaml:11 /articles/2019/b/ is the tombstone of the withdrawn article "b"',
    ]);
  });

  it('names a redirect loop as a loop, with a fix that leads out of it, and refuses paths that leave the site', () => {
    const problems = checkPermanence(
      input('- from: /a/\n  to: /b/\n- from: /b/\n  to: /a/#p-1\n- from: /c/\n  to: /a/\n', '[]\n'),
    );
    expect(problems.map((p) => p.message)).toEqual([
      '/a/ is part of a redirect loop (/a/ → /b/ → /a/): a reader would be sent round and round',
      '/b/ is part of a redirect loop (/b/ → /a/ → /b/): a reader would be sent round and round',
      '/c/ leads into a redirect loop (/c/ → /a/ → /b/ → /a/): a reader would be sent round and round',
    ]);
    for (const p of problems) expect(p.fix).toContain('live page');
    const bad = readRedirects(
      'r.yaml',
      '- from: /../escape/\n  to: /cite/\n- from: /x/\n  to: /../../etc/hostname\n- from: /x/%2E%2E/\n  to: /cite/\n- from: /_astro/x/\n  to: /cite/\n- from: /en/captures/\n  to: /cite/\n- from: /ok/\n  to: /cite/\n',
    );
    expect(bad.problems.map((p) => [p.line, p.message.split(' (')[0]])).toEqual([
      [1, 'entry 1: from must stay inside the site: "." and ".." are not allowed as parts of a path'],
      [4, 'entry 2: to must stay inside the site: "." and ".." are not allowed as parts of a path'],
      [5, 'entry 3: from must stay inside the site: "." and ".." are not allowed as parts of a path'],
      [7, 'entry 4: from must not be in a folder the build writes itself'],
      [9, 'entry 5: from must not be in a folder the build writes itself'],
    ]);
    // The valid entries are kept, so the checks between entries still run in the same build.
    expect(bad.entries.map((e) => e.from)).toEqual(['/ok/']);
  });

  it('after the build: a missing target and a live source are problems', () => {
    const redirects = readRedirects(
      'r.yaml',
      '- from: /old/\n  to: /gone/#p-2\n- from: /people/p/\n  to: /cite/\n- from: /fine/\n  to: /captures/a.txt\n',
    ).entries;
    const built = new Set(['/cite/', '/people/p/', '/captures/a.txt', '/fine/', '/old/']);
    const problems = checkBuiltRedirects(redirects, 'r.yaml', {
      exists: (p) => built.has(p),
      isRedirectPage: (p) => p !== '/people/p/',
    });
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [1, '/old/ redirects to /gone/#p-2, but the built site has no page /gone/'],
      [3, '/people/p/ is a live page of the site, so it cannot be redirected'],
    ]);
    expect(targetPage('/a/#p-1')).toBe('/a/');
  });

  it('knows which locked articles are retired: withdrawn ones and those whose path is redirected', () => {
    const { redirects, withdrawals } = input(
      '- from: /articles/2019/c/\n  to: /articles/2019/a/\n',
      '- id: b\n  title: B\n  reason: r\n  withdrawn: 2026-01-01\n',
    );
    expect([...retiredArticleIds(lock, redirects, withdrawals)].sort()).toEqual(['b', 'c']);
  });

  it('lets buildArticles accept a retired capture that is gone from seeds/', () => {
    const capture = {
      path: 'seeds/a.txt',
      bytes: new TextEncoder().encode(
        'Заголовок статьи\n\nПервый абзац статьи о сотрудничестве в сфере информационных технологий.\n',
      ),
    };
    const locked = {
      ...emptyLock(),
      articles: { a: '/articles/undated/zagolovok-stati/', gone: '/articles/undated/gone/' },
    };
    const base = { captures: [capture], sidecars: [], lock: locked, lockPath: 'content/permalinks.json' };
    expect(buildArticles(base).problems.map((p) => p.message)).toEqual([
      expect.stringContaining('"gone" was published'),
    ]);
    expect(buildArticles({ ...base, retired: new Set(['gone']) }).problems).toEqual([]);
  });
});

describe('published captures', () => {
  it('keeps text names and makes HTML captures .txt, so a host never serves captured markup as a page', () => {
    expect(publishedCaptureName('000_x.txt')).toBe('000_x.txt');
    expect(publishedCaptureName('005_y.html')).toBe('005_y.html.txt');
    expect(capturePath('000_x.txt')).toBe('/captures/000_x.txt');
  });

  it('writes checksums in the format sha256sum -c reads, sorted by file', () => {
    expect(
      checksumsFile([
        { file: 'b.txt', sha256: 'bb' },
        { file: 'a.html', sha256: 'aa' },
      ]),
    ).toBe('aa  captures/a.html.txt\nbb  captures/b.txt\n');
    expect(checksumsFile([])).toBe('');
  });
});

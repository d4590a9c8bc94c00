import { describe, expect, it } from 'vitest';
import { checkAnchors, describeChange, paragraphDigest } from './anchors.ts';
import { checkAgainstCommitted, checkDigests, digestFile } from './integrity.ts';
import { emptyLock } from './lock.ts';
import { lockBuiltPages } from '../permanence/built-lock.ts';

const files = { record: 'content/anchors.json', decisions: 'content/renumbered.yaml' };
const article = (id: string, ...texts: string[]) => ({
  id,
  sha256: 'f'.repeat(64),
  paragraphs: texts.map((text) => ({ text })),
});

describe('paragraph anchors', () => {
  it('records a new article and accepts the same paragraphs again', () => {
    const first = checkAnchors([article('a', 'Один.', 'Два.')], {}, [], files);
    expect(first.problems).toEqual([]);
    expect(first.record).toEqual({
      a: { sha256: 'f'.repeat(64), paragraphs: [paragraphDigest('Один.'), paragraphDigest('Два.')] },
    });
    expect(checkAnchors([article('a', 'Один.', 'Два.')], first.record, [], files)).toEqual({
      record: first.record,
      problems: [],
    });
  });

  it('stops a renumbering or a changed paragraph, naming the article and the paragraphs', () => {
    const { record } = checkAnchors([article('a', 'Один.', 'Два.', 'Три.')], {}, [], files);
    const split = checkAnchors([article('a', 'Один.', 'Два', '.', 'Три.')], record, [], files);
    expect(split.record).toEqual(record);
    expect(split.problems).toHaveLength(1);
    expect(split.problems[0]!.file).toBe('content/anchors.json');
    expect(split.problems[0]!.message).toContain('"a"');
    expect(split.problems[0]!.message).toContain('paragraphs 2, 3 changed; 4 paragraphs instead of 3');
    expect(split.problems[0]!.fix).toContain('content/renumbered.yaml');
    expect(describeChange(['a', 'b'], ['a', 'c'])).toBe('paragraph 2 changed');
    expect(describeChange(['a', 'b'], ['a'])).toBe('1 paragraphs instead of 2');
  });

  it('accepts a change once, with a recorded decision dated after the last one applied', () => {
    const { record } = checkAnchors([article('a', 'Один.')], {}, [], files);
    const decided = checkAnchors(
      [article('a', 'Один', '.')],
      record,
      [{ id: 'a', reason: 'reader fix', date: '2026-12-01' }],
      files,
    );
    expect(decided.problems).toEqual([]);
    expect(decided.record.a!.renumbered).toBe('2026-12-01');
    expect(decided.record.a!.paragraphs).toHaveLength(2);
    // The same decision does not let a second change through.
    const again = checkAnchors(
      [article('a', 'Один.')],
      decided.record,
      [{ id: 'a', reason: 'reader fix', date: '2026-12-01' }],
      files,
    );
    expect(again.problems).toHaveLength(1);
    // A decision for another article does not either.
    expect(
      checkAnchors([article('a', 'Один', '.')], record, [{ id: 'b', reason: 'r', date: '2026-12-01' }], files).problems,
    ).toHaveLength(1);
  });
});

describe('hand edits of the permanence files', () => {
  const shown = (name: string) => `content/${name}`;
  it('notices a changed or deleted file through its digest', () => {
    const digests = digestFile({ 'permalinks.json': '{"articles":{}}\n', 'anchors.json': '{}\n' });
    expect(checkDigests(digests, { 'permalinks.json': '{"articles":{}}\n', 'anchors.json': '{}\n' }, shown)).toEqual(
      [],
    );
    expect(checkDigests(undefined, { 'permalinks.json': 'anything' }, shown)).toEqual([]);
    const problems = checkDigests(
      digests,
      { 'permalinks.json': '{"articles":{"x":"/a/"}}\n', 'anchors.json': undefined },
      shown,
    );
    expect(problems.map((p) => [p.file, p.message.split(' (')[0]!.split(',')[0]])).toEqual([
      ['content/anchors.json', 'is missing'],
      ['content/permalinks.json', 'was changed by hand since the last build wrote it'],
    ]);
    expect(checkDigests('garbage\n', {}, shown)[0]!.line).toBe(1);
  });

  it('notices a path dropped or moved against the committed lock; a new path is fine', () => {
    const committed = {
      ...emptyLock(),
      articles: { a: '/articles/2019/a/', b: '/articles/2019/b/' },
      pages: { '/articles/2019/': '/articles/2019/' },
    };
    const current = { ...emptyLock(), articles: { a: '/articles/2020/a/', c: '/articles/2019/c/' }, pages: {} };
    expect(checkAgainstCommitted(committed, current, 'content/permalinks.json').map((p) => p.message)).toEqual([
      'articles "a" was published at /articles/2019/a/ (as the lock committed in HEAD says), but the lock now gives /articles/2020/a/',
      'articles "b" (published at /articles/2019/b/, as the lock committed in HEAD says) is no longer in the lock',
      'pages "/articles/2019/" (published at /articles/2019/, as the lock committed in HEAD says) is no longer in the lock',
    ]);
    expect(
      checkAgainstCommitted(committed, { ...committed, articles: { ...committed.articles, c: '/c/' } }, 'x'),
    ).toEqual([]);
  });
});

describe('the lock after a build', () => {
  it('records every other page and stops when a locked page is not built', () => {
    const lock = {
      ...emptyLock(),
      articles: { a: '/articles/2019/a/' },
      pages: { '/articles/2019/': '/articles/2019/' },
    };
    const built = new Set([
      '/',
      '/articles/2019/a/',
      '/en/articles/2019/a/',
      '/articles/2019/',
      '/en/articles/2019/',
      '/old/',
      '/Bad_Path/',
    ]);
    const result = lockBuiltPages(lock, built, new Set(['/old/']), 'content/permalinks.json');
    expect(result.problems).toEqual([]);
    expect(result.added).toEqual(['/', '/en/articles/2019/']);
    expect(Object.keys(result.lock.pages)).toEqual(['/', '/articles/2019/', '/en/articles/2019/']);
    const gone = lockBuiltPages(result.lock, new Set(['/', '/articles/2019/a/']), new Set(), 'content/permalinks.json');
    expect(gone.problems.map((p) => p.message)).toEqual([
      'the page /articles/2019/ was published, but this build does not produce it',
      'the page /en/articles/2019/ was published, but this build does not produce it',
    ]);
    expect(gone.problems[0]!.fix).toContain('content/redirects.yaml');
  });
});

import { describe, expect, it } from 'vitest';
import { emptyLock, resolvePaths } from './lock.ts';

const request = (id: string, wanted: string) => ({ id, wanted, disambiguator: id.slice(-4) });

describe('resolvePaths', () => {
  it('gives new entries their wanted path and records it, keys sorted', () => {
    const r = resolvePaths(
      'articles',
      [request('b_2222', '/articles/2019/b/'), request('a_1111', '/articles/2019/a/')],
      emptyLock(),
    );
    expect(Object.entries(r.lock.articles)).toEqual([
      ['a_1111', '/articles/2019/a/'],
      ['b_2222', '/articles/2019/b/'],
    ]);
    expect(r.added).toHaveLength(2);
  });

  it('keeps a locked path even when the title (and so the wanted path) changes', () => {
    const lock = { ...emptyLock(), articles: { a_1111: '/articles/2019/old-title/' } };
    const r = resolvePaths('articles', [request('a_1111', '/articles/2019/new-title/')], lock);
    expect(r.paths.get('a_1111')).toBe('/articles/2019/old-title/');
    expect(r.added).toEqual([]);
    expect(r.drifted).toEqual([
      { id: 'a_1111', locked: '/articles/2019/old-title/', wanted: '/articles/2019/new-title/' },
    ]);
  });

  it('disambiguates the same slug in the same year by the capture hash, whatever the order', () => {
    const one = resolvePaths(
      'articles',
      [request('x_aaaa', '/articles/2019/same/'), request('y_bbbb', '/articles/2019/same/')],
      emptyLock(),
    );
    const two = resolvePaths(
      'articles',
      [request('y_bbbb', '/articles/2019/same/'), request('x_aaaa', '/articles/2019/same/')],
      emptyLock(),
    );
    expect(one.lock).toEqual(two.lock);
    expect(one.lock.articles).toEqual({ x_aaaa: '/articles/2019/same-aaaa/', y_bbbb: '/articles/2019/same-bbbb/' });
  });

  it('never gives a locked path to a newcomer', () => {
    const lock = { ...emptyLock(), articles: { x_aaaa: '/articles/2019/same/' } };
    const r = resolvePaths(
      'articles',
      [request('x_aaaa', '/articles/2019/same/'), request('y_bbbb', '/articles/2019/same/')],
      lock,
    );
    expect(r.paths.get('x_aaaa')).toBe('/articles/2019/same/');
    expect(r.paths.get('y_bbbb')).toBe('/articles/2019/same-bbbb/');
  });
});

import { describe, expect, it } from 'vitest';
import { partialDateToRfc3339, renderAtom, rfc3339, xmlEscape } from './atom.ts';

describe('the Atom feed', () => {
  it('escapes text and drops characters XML cannot hold', () => {
    expect(xmlEscape('<a href="x">Tom & \'Jerry\'</a>\u0001')).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
  });

  it('dates an imprecise date at the start of its period, and a build date without milliseconds', () => {
    expect(partialDateToRfc3339('2019')).toBe('2019-01-01T00:00:00Z');
    expect(partialDateToRfc3339('2019-10')).toBe('2019-10-01T00:00:00Z');
    expect(partialDateToRfc3339('2019-10-23')).toBe('2019-10-23T00:00:00Z');
    expect(rfc3339(new Date(Date.UTC(2026, 10, 25, 10, 0, 0, 123)))).toBe('2026-11-25T10:00:00Z');
  });

  it('has the elements RFC 4287 requires of a feed and of each entry', () => {
    const atom = renderAtom({
      id: 'https://x.org/',
      title: 'Летопись',
      self: 'https://x.org/atom.xml',
      home: 'https://x.org/',
      updated: '2026-11-25T00:00:00Z',
      language: 'ru',
      author: 'Летопись',
      entries: [
        { url: 'https://x.org/articles/2019/a/', title: '[A & B]', updated: '2019-10-01T00:00:00Z', summary: '<p>' },
      ],
    });
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">');
    for (const tag of [
      '<id>https://x.org/</id>',
      '<updated>2026-11-25T00:00:00Z</updated>',
      '<author><name>Летопись</name></author>',
      '<link rel="self" type="application/atom+xml" href="https://x.org/atom.xml"/>',
    ])
      expect(atom).toContain(tag);
    expect(atom).toContain('<entry>\n    <id>https://x.org/articles/2019/a/</id>\n    <title>[A &amp; B]</title>');
    expect(atom).toContain('<summary>&lt;p&gt;</summary>');
    expect(atom).not.toContain('<published>');
  });
});

import { describe, expect, it } from 'vitest';
import { relinkMentions } from './mention-links.ts';

describe('relinkMentions', () => {
  const html =
    '<p id="p-1"><a href="/people/lukashenko/" class="mention">Лукашенко</a> и ' +
    '<a href="/people/lukashenko/">сайт</a> и <a href="/people/ghost/" class="mention">Призрак</a></p>';

  it('points each mention at the page the reader’s interface has, and leaves other links and unknown hrefs alone', () => {
    const hrefs: Record<string, string> = { '/people/lukashenko/': '/en/people/lukashenko/' };
    expect(relinkMentions(html, (href) => hrefs[href])).toBe(
      '<p id="p-1"><a href="/en/people/lukashenko/" class="mention">Лукашенко</a> и ' +
        '<a href="/people/lukashenko/">сайт</a> и <a href="/people/ghost/" class="mention">Призрак</a></p>',
    );
  });

  it('reads and writes an href with the characters HTML escapes in an attribute', () => {
    expect(relinkMentions('<a href="/a&amp;b/" class="mention">x</a>', (href) => `/en${href}`)).toBe(
      '<a href="/en/a&amp;b/" class="mention">x</a>',
    );
  });
});

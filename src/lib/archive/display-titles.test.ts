import { describe, expect, it } from 'vitest';
import { emptyLock } from '../permalinks/lock.ts';
import { buildArticles } from './build-articles.ts';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

describe('titles, outlets and authors as displayed', () => {
  it('lose bidi overrides and zero-width characters; the capture keeps its bytes (and its hash)', () => {
    const capture = file(
      'seeds/001_bidi.txt',
      'Лукашенко \u202Eвонйулбан\u202C встретился с\u200B Путиным\n\nТекст статьи о встрече.\n',
    );
    const { articles, problems } = buildArticles({
      captures: [capture],
      sidecars: [file('content/articles/001_bidi.yaml', 'outlet: "БелТА\u2066"\nauthor: "Ив\u200Dанов"\n')],
      lock: emptyLock(),
      lockPath: 'content/permalinks.json',
    });
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({
      title: 'Лукашенко вонйулбан встретился с Путиным',
      outlet: 'БелТА',
      author: 'Иванов',
      titleSupplied: false,
    });
    expect(new TextDecoder().decode(capture.bytes)).toContain('\u202E');
  });

  it('fall back to the editor’s title when the captured one is nothing but invisible characters', () => {
    const { articles, problems } = buildArticles({
      captures: [
        file('seeds/002_empty-title.txt', '\u200B\u202E\u202C\n\nТекст статьи без заголовка, только абзац.\n'),
      ],
      sidecars: [file('content/articles/002_empty-title.yaml', 'title: Заголовок редактора\n')],
      lock: emptyLock(),
      lockPath: 'content/permalinks.json',
    });
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({ title: 'Заголовок редактора', titleSupplied: true });
  });
});

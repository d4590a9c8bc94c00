import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../test/support/seeds.ts';
import { cleanCapture } from './clean.ts';
import { decodeCapture } from './decode.ts';

const clean = (n: string) => cleanCapture(decodeCapture(seedBytes(n)).text);
const keptText = (n: string) =>
  clean(n)
    .kept.map((l) => l.text)
    .join('\n');
const rules = (n: string) => clean(n).removed.map((b) => [b.rule, b.from, b.to]);

describe('cleanCapture on the seeds', () => {
  it('000: drops the trailing subscribe prompt and nothing else', () => {
    expect(rules('000')).toEqual([['social-prompt', 15, 16]]);
    expect(keptText('000')).not.toMatch(/Подписывайтесь|Подписаться/u);
    expect(keptText('000')).toContain('имеющих крепкие дружеские связи.');
  });

  it('001: drops the support prompt, the section link and the 11 numbered headlines, and the doubled caption once', () => {
    expect(rules('001')).toEqual([
      ['support-prompt', 1, 1],
      ['site-navigation', 2, 2],
      ['numbered-headlines', 3, 13],
      ['duplicate-line', 19, 19],
    ]);
    const kept = keptText('001');
    for (const gone of ['Поддержать команду Зеркала', 'Беларусы на войне', 'Амкодор', 'Путин', 'Трамп', 'Оскаре'])
      expect(kept).not.toContain(gone);
    expect(kept.match(/Фото использовано в качестве иллюстрации/gu)).toHaveLength(1);
    expect(kept).toContain('Тему белорусско-российского сотрудничества');
    expect(clean('001').removed[2]!.text.split('\n')).toHaveLength(11);
  });

  it('002 and 004: drop the repeated title line', () => {
    expect(rules('002')).toEqual([['repeated-title', 3, 3]]);
    expect(rules('004')).toEqual([
      ['repeated-title', 3, 3],
      ['social-prompt', 19, 19],
      ['comment-prompt', 25, 25],
    ]);
    expect(keptText('004')).not.toMatch(/Мы в соцсетях|Leave a Reply/u);
  });

  it('003: drops the footer rule and the Source URL label, keeps the bullet list', () => {
    expect(rules('003')).toEqual([['capture-footer', 30, 34]]);
    expect(keptText('003')).toContain('- поддерживать проведение совместных мероприятий');
    expect(keptText('003')).not.toMatch(/Source URL|^---$/mu);
  });

  it('never invents text: every kept line is a line of the input', () => {
    for (const n of ['000', '001', '002', '003', '004']) {
      const lines = new Set(decodeCapture(seedBytes(n)).text.split('\n'));
      for (const { text } of clean(n).kept) if (text) expect(lines.has(text)).toBe(true);
    }
  });
});

describe('cleanCapture generalises', () => {
  it('removes social, share and comment prompts in Russian, Belarusian and English', () => {
    const text = [
      'Заголовок',
      '',
      'Текст статьи, достаточно длинный, чтобы быть настоящим абзацем о сотрудничестве двух стран в сфере IT.',
      '',
      'Поделиться',
      'Падпісвайцеся на наш Telegram',
      'Follow us on Twitter',
      'Share this article',
      'Комментарии (3)',
      'Пакінуць каментар',
      'Add a comment',
    ].join('\n');
    const { kept, removed } = cleanCapture(text);
    expect(kept.map((l) => l.text).filter(Boolean)).toHaveLength(2);
    expect(new Set(removed.map((b) => b.rule))).toEqual(new Set(['social-prompt', 'comment-prompt']));
  });

  it('keeps a sentence that merely starts like a prompt', () => {
    const line =
      'Подписывайтесь на рассылку, советовал министр, объясняя журналистам, почему ведомство решило открыть собственный канал и как будет работать обратная связь с гражданами.';
    expect(cleanCapture(`Заголовок\n\n${line}`).removed).toEqual([]);
  });

  it('removes a trailing list of related headlines but keeps a numbered list inside the article', () => {
    const prose =
      'Длинный абзац статьи, в котором министр подробно рассказывает о планах сотрудничества и о том, что будет дальше.';
    const inside = `Заголовок\n\n${prose}\n\n1. Первый шаг программы.\n2. Второй шаг программы.\n3. Третий шаг программы.\n\n${prose}`;
    expect(cleanCapture(inside).removed).toEqual([]);
    const trailing = `Заголовок\n\n${prose}\n\nЧитайте также\n1. Другая новость дня\n2. Ещё одна новость\n3. И ещё одна новость`;
    expect(cleanCapture(trailing).removed.map((b) => b.rule)).toContain('numbered-headlines');
  });
});

import { describe, expect, it } from 'vitest';
import { readCapture } from './index.ts';
import { capitalsHeadline, flattenedHeadline, neverHeadline, titleFromLead } from './headline.ts';

const read = (text: string, url?: string) => readCapture(new TextEncoder().encode(text), 'text', url ? { url } : {});
const lead =
  'Городской совет на заседании во вторник утвердил план ремонта набережной, который обсуждали с осени, сообщил председатель комиссии.';
const second =
  'Работы начнутся в мае и должны завершиться до конца следующего года, а часть средств на них выделит область, сказал он журналистам.';

describe('the headline', () => {
  it('is never a navigation, date, ticker, counter or site-name line', () => {
    for (const line of [
      'Наверх',
      'All news',
      'Posted: 12.04.2021 10:15',
      '3 апреля 2021, 10:15',
      'USD 89.50 EUR 97.12',
      'Комментарии 0',
      'RU | EN',
      '30 сакавіка 2016',
      'Фото: пресс-служба',
      'ГлавноеИнтервьюРусофобия лечится',
      'Historyja44',
      'Сергей Худиев Сергей Худиев Как санкции оборачиваются',
      'Adress: 18 Oktyabrskaya Street',
      'Phone +375-17-15-5-58-41',
      'Berezino, 223310, Minsk oblast',
      'N°9, 24 января 2005 Время новостей',
    ]) {
      expect(neverHeadline(line), line).toBe(true);
    }
    expect(neverHeadline('Совет утвердил план ремонта набережной')).toBe(false);
  });

  it('is found under the site furniture, right above the lead', () => {
    const r = read(
      `Наверх\nUSD 89.50\n\nСовет утвердил план ремонта набережной\n\n3 апреля 2021, 10:15\n\n${lead}\n\n${second}\n`,
    );
    expect(r.title).toBe('Совет утвердил план ремонта набережной');
    expect(r.paragraphs.map((p) => p.text)).toEqual([lead, second]);
    expect(r.removed.map((b) => b.rule)).toEqual(['site-link', 'ticker', 'date-line']);
  });

  it('is a line in capitals only right above the text, never the site name at the top', () => {
    const r = read(`НОВОСТИ РЕГИОНА\nГлавная\n\nСОВЕТ УТВЕРДИЛ ПЛАН РЕМОНТА НАБЕРЕЖНОЙ\n\n${lead}\n\n${second}\n`);
    expect(r.title).toBe('СОВЕТ УТВЕРДИЛ ПЛАН РЕМОНТА НАБЕРЕЖНОЙ');
    expect(read(`НОВОСТИ РЕГИОНА\n\n${lead}\n\n${second}\n`).title).toBeUndefined();
  });

  it('prefers the line printed twice, and removes its repeat', () => {
    const r = read(
      `Сёння ў горадзе\nСовет утвердил план ремонта набережной\n\n12:00\n\nСовет утвердил план ремонта набережной\n\n${lead}\n\n${second}\n`,
    );
    expect(r.title).toBe('Совет утвердил план ремонта набережной');
    expect(r.titleSource).toBe('repeated');
    expect(r.removed.some((b) => b.rule === 'repeated-title')).toBe(true);
  });

  it('agrees with the slug of the source URL over a teaser of another story', () => {
    const text = `Автобусы пойдут по новому маршруту с понедельника\n\nСовет утвердил план ремонта набережной\n\n${lead}\n\n${second}\n`;
    expect(read(text, 'https://example.by/news/sovet-utverdil-plan-remonta-naberezhnoy/').title).toBe(
      'Совет утвердил план ремонта набережной',
    );
  });

  it('is absent when no line is a headline: the capture gets a title drawn from its lead instead of a refusal', () => {
    const r = read(`МОСКВА, 3 апр — Агентство. ${lead}\n\n${second}\n`);
    expect(r.title).toBeUndefined();
    expect(r.suppliedTitle).toBe(
      'Городской совет на заседании во вторник утвердил план ремонта набережной, который обсуждали…',
    );
    expect(r.paragraphs).toHaveLength(2);
  });
});

// Written for letopis: the shapes of real captures whose header was flattened into one line, and of a
// headline printed in capitals on the capture's first line.
const parkLead =
  'Горожане получили новый парк на берегу реки: его открыли в субботу после двух лет работ, сообщили в администрации района.';
const parkSecond =
  'В парке высадили четыреста деревьев, проложили велосипедные дорожки и построили детскую площадку, рассказали в администрации.';
const flatHeader =
  'Совет закрыл старый рынок на время ремонта здания Горожане получили новый парк на берегу реки 12 мая 2021, 10:15 Текст: Иван Петров';

describe('a headline flattened into one line with another story and the date', () => {
  it('is the part after the seam where the words start agreeing with the lead', () => {
    const r = read(`${flatHeader}\n\n${parkLead}\n\n${parkSecond}\n`);
    expect(r.title).toBe('Горожане получили новый парк на берегу реки');
    expect(r.titleSource).toBe('flattened-header');
    expect(r.date?.value).toBe('2021-05-12');
    expect(r.paragraphs.map((p) => p.text)).toEqual([parkLead, parkSecond]);
  });

  it('is found under a photo credit and a byline of their own', () => {
    const header = flatHeader.replace(/ Текст: .*$/u, '');
    const r = read(`${header}\n\nФото: пресс-служба\n\nТекст: Иван Петров\n\n${parkLead}\n\n${parkSecond}\n`);
    expect(r.title).toBe('Горожане получили новый парк на берегу реки');
  });

  it('is no headline when the seam is unclear: the capture gets a supplied title, never a fragment', () => {
    const lead = new Set(['горож', 'получ', 'новый', 'берег']);
    // No teaser before the headline: no seam at all.
    expect(flattenedHeadline('Горожане получили новый парк на берегу реки 12 мая 2021, 10:15', lead)).toBeUndefined();
    // Both sides agree with the lead: which is the headline cannot be told.
    expect(
      flattenedHeadline('Горожане получили новый парк у реки Горожане получили новый берег 12 мая 2021', lead),
    ).toBeUndefined();
    // No date at the end: not a flattened header.
    expect(
      flattenedHeadline(
        'Совет закрыл старый рынок на время ремонта здания Горожане получили новый парк на берегу',
        lead,
      ),
    ).toBeUndefined();
    const r = read(
      `Совет закрыл старый рынок на время ремонта Кафе открылось у вокзала в центре 12 мая 2021, 10:15\n\n${parkLead}\n\n${parkSecond}\n`,
    );
    expect(r.title).toBeUndefined();
    expect(r.suppliedTitle).toBeDefined();
  });
});

describe('a headline in capitals on the first line', () => {
  it('is kept as printed when it stands on top of the text', () => {
    const r = read(`БЕЗ ПАРКА НЕ ОСТАЛИСЬ\n${parkLead}\n${parkSecond}\n`, 'https://example-gazeta.ru/article/77892');
    expect(r.title).toBe('БЕЗ ПАРКА НЕ ОСТАЛИСЬ');
    expect(r.paragraphs.map((p) => p.text)).toEqual([parkLead, parkSecond]);
  });

  it('is the site name when short, a masthead, printed again, or the address host or its initials', () => {
    expect(read(`НОВОСТИ РЕГИОНА\n${parkLead}\n${parkSecond}\n`).title).toBeUndefined();
    expect(read(`ВЕСТИ НАШЕГО РАЙОНА СЕГОДНЯ\n${parkLead}\n${parkSecond}\n`).title).toBeUndefined();
    expect(
      read(`БЕРЕГА ТИХОЙ ДВИНЫ\n${parkLead}\n${parkSecond}\n`, 'https://berega-dviny.by/news/1').title,
    ).toBeUndefined();
    expect(read(`БЕРЕГА ТИХОЙ ДВИНЫ\n${parkLead}\n${parkSecond}\n`, 'https://example.by/news/1').title).toBe(
      'БЕРЕГА ТИХОЙ ДВИНЫ',
    );
    expect(capitalsHeadline('БЕРЕГА ТИХОЙ ДВИНЫ', ['БЕРЕГА ТИХОЙ ДВИНЫ'], 'https://btd.by/news/1')).toBe(false);
    expect(capitalsHeadline('БЕРЕГА ТИХОЙ ДВИНЫ', ['БЕРЕГА ТИХОЙ ДВИНЫ', '© Берега тихой Двины, 2021'])).toBe(false);
    expect(capitalsHeadline('БЕЗ ПАРКА НЕ ОСТАЛИСЬ', ['БЕЗ ПАРКА НЕ ОСТАЛИСЬ'], 'https://example-gazeta.ru/a/1')).toBe(
      true,
    );
  });
});

describe("a printed paper's header: date, headline, subtitle, text", () => {
  it('takes the headline under the date, not its longer subtitle above the text', () => {
    const subtitle = 'Горожане получили новый парк на берегу реки после двух лет работ';
    const r = read(
      `Городской листок\n  //  24.01.2005\nДеревья вместо пустыря\n${subtitle}\n${parkLead}\n${parkSecond}\n`,
    );
    expect(r.title).toBe('Деревья вместо пустыря');
    expect(r.paragraphs.map((p) => p.text)).toEqual([parkLead, parkSecond]);
    expect(r.removed.find((b) => b.text === subtitle)).toBeDefined();
    // With no date line above, the line above the lead stays the headline (a kicker or a teaser is no title).
    expect(read(`Деревья вместо пустыря\n${subtitle}\n${parkLead}\n${parkSecond}\n`).title).toBe(subtitle);
  });
});

describe('titleFromLead', () => {
  it('drops a wire dateline and keeps the first sentence, cut at a word', () => {
    expect(titleFromLead('MINSK, Dec 23 (Reuters) - The minister said the talks would resume. Nothing else.')).toBe(
      'The minister said the talks would resume',
    );
    expect(titleFromLead('коротко о главном.')).toBe('Коротко о главном');
  });
});

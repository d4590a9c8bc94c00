import { describe, expect, it } from 'vitest';
import { readCapture } from './index.ts';
import { neverHeadline, titleFromLead } from './headline.ts';

const read = (text: string, url?: string) => readCapture(new TextEncoder().encode(text), 'text', url ? { url } : {});
const lead = 'Городской совет на заседании во вторник утвердил план ремонта набережной, который обсуждали с осени, сообщил председатель комиссии.';
const second = 'Работы начнутся в мае и должны завершиться до конца следующего года, а часть средств на них выделит область, сказал он журналистам.';

describe('the headline', () => {
  it('is never a navigation, date, ticker, counter or site-name line', () => {
    for (const line of ['Наверх', 'All news', 'Posted: 12.04.2021 10:15', '3 апреля 2021, 10:15', 'USD 89.50 EUR 97.12', 'Комментарии 0', 'RU | EN', '30 сакавіка 2016', 'Фото: пресс-служба', 'ГлавноеИнтервьюРусофобия лечится', 'Historyja44', 'Сергей Худиев Сергей Худиев Как санкции оборачиваются', 'Adress: 18 Oktyabrskaya Street', 'Phone +375-17-15-5-58-41', 'Berezino, 223310, Minsk oblast', 'N°9, 24 января 2005 Время новостей']) {
      expect(neverHeadline(line), line).toBe(true);
    }
    expect(neverHeadline('Совет утвердил план ремонта набережной')).toBe(false);
  });

  it('is found under the site furniture, right above the lead', () => {
    const r = read(`Наверх\nUSD 89.50\n\nСовет утвердил план ремонта набережной\n\n3 апреля 2021, 10:15\n\n${lead}\n\n${second}\n`);
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
    const r = read(`Сёння ў горадзе\nСовет утвердил план ремонта набережной\n\n12:00\n\nСовет утвердил план ремонта набережной\n\n${lead}\n\n${second}\n`);
    expect(r.title).toBe('Совет утвердил план ремонта набережной');
    expect(r.titleSource).toBe('repeated');
    expect(r.removed.some((b) => b.rule === 'repeated-title')).toBe(true);
  });

  it('agrees with the slug of the source URL over a teaser of another story', () => {
    const text = `Автобусы пойдут по новому маршруту с понедельника\n\nСовет утвердил план ремонта набережной\n\n${lead}\n\n${second}\n`;
    expect(read(text, 'https://example.by/news/sovet-utverdil-plan-remonta-naberezhnoy/').title).toBe('Совет утвердил план ремонта набережной');
  });

  it('is absent when no line is a headline: the capture gets a title drawn from its lead instead of a refusal', () => {
    const r = read(`МОСКВА, 3 апр — Агентство. ${lead}\n\n${second}\n`);
    expect(r.title).toBeUndefined();
    expect(r.suppliedTitle).toBe('Городской совет на заседании во вторник утвердил план ремонта набережной, который обсуждали…');
    expect(r.paragraphs).toHaveLength(2);
  });
});

describe('titleFromLead', () => {
  it('drops a wire dateline and keeps the first sentence, cut at a word', () => {
    expect(titleFromLead('MINSK, Dec 23 (Reuters) - The minister said the talks would resume. Nothing else.')).toBe('The minister said the talks would resume');
    expect(titleFromLead('коротко о главном.')).toBe('Коротко о главном');
  });
});

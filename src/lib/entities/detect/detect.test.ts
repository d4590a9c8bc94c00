import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { detectNames, nameKey, paragraphLanguage, type DetectedName } from './index.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const pick = (names: DetectedName[], type: DetectedName['type']) =>
  names.filter((n) => n.type === type).map((n) => n.normal);

describe('detectNames: Russian', () => {
  it('puts inflected people, organizations and places in their dictionary form', () => {
    const names = detectNames(
      [
        'Встреча с Михаилом Мишустиным прошла в Минске. Решение поддержала Анна Носкова.',
        'Представители Евразийского экономического союза обсудили планы; Носковой задали вопрос.',
      ],
      morphology,
    );
    expect(pick(names, 'person')).toEqual(['Михаил Мишустин', 'Анна Носкова', 'Анна Носкова']);
    expect(pick(names, 'organization')).toContain('Евразийский экономический союз');
    expect(pick(names, 'place')).toContain('Минск');
  });

  it('reads the given name of someone named in full as that person alone, in any case, also opening a sentence', () => {
    const names = detectNames(
      ['Вчера Сергей Орлов вышел на ринг.', 'Сергею стало плохо. Врачи увезли Сергея.'],
      morphology,
    );
    expect(names.filter((n) => n.type === 'person').map((n) => [n.text, n.normal])).toEqual([
      ['Сергей Орлов', 'Сергей Орлов'],
      ['Сергею', 'Сергей Орлов'],
      ['Сергея', 'Сергей Орлов'],
    ]);
  });

  it('reads no name inside a written-out web address, but a site named by its domain', () => {
    const names = detectNames(
      ['Запись лежит по адресу https://www.example.com/watch?v=QxZ12abCDE, а обзор вышел на vedomosti.ru.'],
      morphology,
    );
    expect(names.map((n) => n.text)).toEqual(['vedomosti.ru']);
  });

  it('reads initials with a surname and a bare surname in an oblique case', () => {
    const names = detectNames(['Указ подписал А.Г. Лукашенко. Затем Путина поддержали депутаты.'], morphology);
    const people = names.filter((n) => n.type === 'person');
    expect(people.map((p) => p.normal)).toEqual(['А. Г. Лукашенко', 'Путин']);
    expect(people.map((p) => p.confidence)).toEqual(['high', 'low']);
  });

  it('finds a quoted organization after its descriptor and does not take sentence openers for names', () => {
    const names = detectNames(
      ['Посмотреть отчёт можно на сайте. Министр сообщил, что компания «Яндекс» открыла офис.'],
      morphology,
    );
    expect(names.map((n) => n.normal)).toEqual(['Яндекс']);
  });
});

describe('detectNames: Russian, recall rules', () => {
  it('takes a given name alone inside a sentence for a person, and for the one person of the article with that name', () => {
    const names = detectNames(
      [
        'Сегодня прошла акция памяти Егора Свиридова.',
        'На плакате надпись «40 дней без Егора».',
        'Согласно заявлению, Михаэль был наказан.',
      ],
      morphology,
    );
    const people = names.filter((n) => n.type === 'person');
    expect(people.map((p) => p.normal)).toEqual(['Егор Свиридов', 'Егор Свиридов', 'Михаэль']);
    expect(people[2].confidence).toBe('low');
  });

  it('takes a name read alone inside a sentence for the same person where it opens a sentence', () => {
    const names = detectNames(['Согласно Михаэлю, всё решено.', 'Михаэль завершил беседу.'], morphology);
    expect(names.filter((n) => n.type === 'person').map((n) => [n.paragraph, n.text, n.normal, n.given])).toEqual([
      [1, 'Михаэлю', 'Михаэль', 'Михаэль'],
      [2, 'Михаэль', 'Михаэль', 'Михаэль'],
    ]);
    expect(detectNames(['Михаэль завершил беседу.'], morphology)).toEqual([]);
  });

  it('does not take a given name opening a sentence or in quotes alone for a person', () => {
    const names = detectNames(['Марк рассказал о заводе. Фильм «Анна» вышел вчера.'], morphology);
    expect(pick(names, 'person')).toEqual([]);
  });

  it('reads a capitalised adjective before a lower-case place noun as a place, and a country acronym inside an organization', () => {
    const names = detectNames(
      ['Люди пришли к Кронштадтскому бульвару, а потом на Манежную площадь. Глава представительства США выступил.'],
      morphology,
    );
    expect(pick(names, 'place')).toEqual(['Кронштадтский бульвар', 'Манежная площадь', 'США']);
    expect(pick(names, 'organization')).toEqual(['Представительство США']);
  });
});

describe('detectNames: Russian, organizations and places by their cues', () => {
  it('reads a quoted name after a cue as an organization in the nominative, and finds it again unquoted', () => {
    const names = detectNames(
      ['Об этом он сказал корреспонденту «Голоса Америки» во вторник.', 'Голос Америки: Что будет дальше?'],
      morphology,
    );
    const orgs = names.filter((n) => n.type === 'organization');
    expect(orgs.map((o) => [o.paragraph, o.text, o.normal])).toEqual([
      [1, 'Голоса Америки', 'Голос Америки'],
      [2, 'Голос Америки', 'Голос Америки'],
    ]);
  });

  it('reads a capitalised word after a noun of place as a place and after a noun of organization as an organization, not a person', () => {
    const names = detectNames(['Рыба погибла в реке Славянка, об этом сообщили агентству Рейтер.'], morphology);
    expect(pick(names, 'place')).toEqual(['Славянка']);
    expect(pick(names, 'organization')).toEqual(['Рейтер']);
    expect(pick(names, 'person')).toEqual([]);
  });

  it('reads an unknown capitalised word next to a verb of speech as its speaker, a dictionary place not', () => {
    const names = detectNames(['«Это очень важно», — сказал Хоровитц. Москва заявила протест.'], morphology);
    expect(pick(names, 'person')).toEqual(['Хоровитц']);
    expect(pick(names, 'place')).toEqual(['Москва']);
  });

  it('reads quoted names listed after an organization as organizations', () => {
    const names = detectNames(
      ['Служба установила, что МТС, «Вымпелком» и «Мегафон» держат цены. Фильм «Анна» вышел.'],
      morphology,
    );
    expect(pick(names, 'organization')).toEqual(['МТС', 'Вымпелком', 'Мегафон']);
  });

  it('takes no Roman numeral for an organization and no Latin-script product for its maker', () => {
    const names = detectNames(['Он выступил на VII съезде и рассказал об операционной системе Windows.'], morphology);
    expect(names).toEqual([]);
  });
});

describe('detectNames: Belarusian and English', () => {
  it('reads a Belarusian paragraph without the Russian dictionary', () => {
    const text = 'Таксама Яго паводле слоў, Аляксандр Лукашэнка сустрэўся з міністрам у Мінску.';
    expect(paragraphLanguage(text)).toBe('be');
    const names = detectNames([text], morphology);
    expect(names.map((n) => [n.type, n.normal])).toEqual([
      ['person', 'Аляксандр Лукашэнка'],
      ['place', 'Мінск'],
    ]);
  });

  it('normalises Belarusian inflection: Лукашэнкі is Лукашэнка', () => {
    const names = detectNames(['Паводле слоў Аляксандра Лукашэнкі, гэта важна.'], morphology);
    expect(names[0]).toMatchObject({ type: 'person', normal: 'Аляксандр Лукашэнка' });
  });

  it('types English names by honorifics, head words and places', () => {
    const names = detectNames(
      ['President Lukashenko met Mr Putin in Minsk, and the Ministry of Communications said it was pleased.'],
      morphology,
    );
    expect(names.map((n) => [n.type, n.normal])).toEqual([
      ['person', 'Lukashenko'],
      ['person', 'Putin'],
      ['place', 'Minsk'],
      ['organization', 'Ministry of Communications'],
    ]);
  });
});

describe('detectNames: English places joined by a connector', () => {
  it('reads `Belarus and Russia` as two places, never as a person `and Russia`', () => {
    const names = detectNames(
      ['Since then Belarus and Russia have signed it, said President of Belarus Alexander Lukashenko.'],
      morphology,
    );
    expect(names.map((n) => [n.type, n.normal])).toEqual([
      ['place', 'Belarus'],
      ['place', 'Russia'],
      ['place', 'Belarus'],
      ['person', 'Alexander Lukashenko'],
    ]);
  });
});

describe('detectNames: what is not the article', () => {
  it('never reads captions, boilerplate or photo credits', () => {
    const names = detectNames(
      [
        { text: 'Фото: Сергей Иванов', kind: 'caption' },
        { text: 'Читайте также: Дмитрий Медведев посетил Москву', kind: 'boilerplate' },
        { text: 'Текст статьи без имён. Фото: Ольга Петрова' },
      ],
      morphology,
    );
    expect(names).toEqual([]);
  });

  it('reads on after a photo credit that ends its sentence inside the paragraph', () => {
    const names = detectNames(['Фото: Reuters. Глава МИД Франции встретился с Ольгой Петровой в Лионе.'], morphology);
    expect(names.map((n) => n.normal)).toEqual(['МИД Франции', 'Франция', 'Ольга Петрова', 'Лион']);
    expect(detectNames(['Фото: С. Иванов. Снимок сделан утром.'], morphology)).toEqual([]);
  });

  it('reads a photo credit after a live blog’s time stamp as a credit', () => {
    const names = detectNames(['Митинг закончился к вечеру. 21:24 Фото: Сергей Иванов'], morphology);
    expect(names).toEqual([]);
    const kept = detectNames(['В 21:24 Ольга Петрова вышла к журналистам.'], morphology);
    expect(kept.map((n) => n.normal)).toEqual(['Ольга Петрова']);
  });
});

describe('nameKey', () => {
  it('gives one key to the Russian, Belarusian and English spellings of one name', () => {
    const keys = ['Лукашенко', 'Лукашэнка', 'Lukashenka', 'Lukashenko'].map(nameKey);
    expect(new Set(keys).size).toBe(1);
    expect(nameKey('Александр Лукашенко')).toBe(nameKey('Aliaksandr Lukashenka'));
    expect(nameKey('Александр Лукашенко')).not.toBe(nameKey('Александр Мишустин'));
  });
});

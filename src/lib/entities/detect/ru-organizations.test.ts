import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { detectNames, type DetectedName } from './index.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const typed = (names: DetectedName[], type: DetectedName['type']) =>
  names.filter((n) => n.type === type).map((n) => [n.text, n.normal]);

describe('a news source after a verb of reporting', () => {
  it('reads one capitalised word that ends the clause as the outlet', () => {
    const names = detectNames(
      [
        'Переговоры продлятся до пятницы, сообщает Интерфакс.',
        'Решение уже принято, передаёт Медиазона со слов министра.',
        'Об этом пишет «Медуза».',
      ],
      morphology,
    );
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(['Интерфакс', 'Медуза']);
  });

  it('leaves a person, a lost source before the next sentence and two words alone', () => {
    const names = detectNames(
      [
        'Заседание перенесли, сообщает Петров.',
        'Суд вынес решение, сообщает Сегодня утром оно вступило в силу.',
        'Сделка закрыта, пишет Джон Смит.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([]);
  });
});

describe('a name after a noun of organization', () => {
  it('keeps a hyphenated foreign name and the word after it together', () => {
    const names = detectNames(['Сторонники партии Техрик-э-Наджат Бадахшан вышли на улицы.'], morphology);
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(['Техрик-э-Наджат Бадахшан']);
    expect(typed(names, 'person')).toEqual([]);
  });
});

describe('a compound name of a body', () => {
  it('reads a state or city prefix joined to a body stem as an organization, in its dictionary form', () => {
    const names = detectNames(
      [
        'Жалобу направили в Мосгоризбирком и Рособрнадзор.',
        'Законопроект одобрили в Совфеде, а Ростехнадзором начата проверка.',
      ],
      morphology,
    );
    expect(typed(names, 'organization').map(([, normal]) => normal)).toEqual([
      'Мосгоризбирком',
      'Рособрнадзор',
      'Совфед',
      'Ростехнадзор',
    ]);
  });

  it('leaves adjectives, places and people with such prefixes alone', () => {
    const names = detectNames(['По московскому времени в Ростове выступил Минин.'], morphology);
    expect(typed(names, 'organization')).toEqual([]);
    const capital = detectNames(['По Московскому времени начался матч.'], morphology);
    expect(typed(capital, 'organization')).toEqual([]);
  });
});

describe('Latin-script words of events', () => {
  it('does not read Brexit as an organization', () => {
    const names = detectNames(['Переговоры по Brexit продолжила компания Google.'], morphology);
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(['Google']);
  });
});

describe('an acronym spelt out in syllables', () => {
  it('reads a capital and lower-case syllables joined by hyphens as one organization', () => {
    const names = detectNames(['В эфире Си-эн-эн выступил корреспондент Эн-би-си.'], morphology);
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(['Си-эн-эн', 'Эн-би-си']);
  });
});

describe('a body named after its head', () => {
  it('takes a given name and a surname in the genitive into the body, and the person inside it', () => {
    const names = detectNames(['Закон одобрили в правительстве Марины Соколовой.'], morphology);
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(['правительстве Марины Соколовой']);
    expect(typed(names, 'person')).toEqual([['Марины Соколовой', 'Марина Соколова']]);
  });
});

describe('normal forms met on the way', () => {
  it('puts a soft-stem surname and a participle before a singular place head back in the nominative', () => {
    const names = detectNames(
      ['Послы Соединённого Королевства встретились с Петром Шмыгалем и Олегом Крутилем.'],
      morphology,
    );
    expect(names.map((n) => n.normal)).toEqual(['Соединённое Королевство', 'Пётр Шмыгаль', 'Олег Крутиль']);
  });
});

describe('Latin-script companies written otherwise than capitalised, and clubs of states', () => {
  it('reads camel case and a number before a capital as a company, and G-20 as a club', () => {
    const names = detectNames(
      ['По данным comScore, аудитория eBay выросла, 3Com купила iPhone, а саммит G-20 закрылся.'],
      morphology,
    );
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(['comScore', 'eBay', '3Com', 'G-20']);
  });
});

describe('company names written as one word', () => {
  it('reads a compound ending in a word of trade and a name with capitals inside as organizations', () => {
    const names = detectNames(
      ['Кредиты выдали аналитики Газпромбанка, Сбербанк и Уралмаш, акции ЕвроХима и РусГидро выросли.'],
      morphology,
    );
    expect(typed(names, 'organization').map(([, normal]) => normal)).toEqual([
      'Газпромбанк',
      'Сбербанк',
      'Уралмаш',
      'ЕвроХим',
      'РусГидро',
    ]);
  });

  it('leaves a surname with a particle, words run together and a common compound opening a sentence alone', () => {
    const names = detectNames(['Автозавод закрыли. Сенатор Джон МакКейн сказал: СмотретьНовости.'], morphology);
    expect(typed(names, 'organization')).toEqual([]);
  });
});

describe('Russia qualified as a party', () => {
  it('reads Russia after an adjective that is no part of it as a party, and a part of Russia as a place', () => {
    const names = detectNames(['Депутаты Справедливой России приехали в Центральную Россию.'], morphology);
    expect(typed(names, 'organization')).toEqual([['Справедливой России', 'Справедливая Россия']]);
    expect(typed(names, 'place').map(([, normal]) => normal)).toContain('Центральная Россия');
  });

  it('keeps the place inside a quoted party name', () => {
    const names = detectNames(['Он выступил на съезде партии «Единая Россия».'], morphology);
    expect(typed(names, 'place')).toEqual([['Россия', 'Россия']]);
  });
});

describe("foreign men's names the dictionary does not decline", () => {
  it("takes the same case ending off every word, but not off a woman's name", () => {
    const names = detectNames(['Отставку Гэвина Уильямсона приняли, а Анна Смит промолчала.'], morphology);
    expect(names.filter((n) => n.type === 'person').map((n) => n.normal)).toEqual(['Гэвин Уильямсон', 'Анна Смит']);
  });
});

describe('superlatives in a body name', () => {
  it('keeps the superlative in the normal form', () => {
    const names = detectNames(['Доклад подготовили в Высшей школе экономики.'], morphology);
    expect(typed(names, 'organization')).toEqual([['Высшей школе экономики', 'Высшая школа экономики']]);
  });
});

describe('bodies named after a place or joined to their head', () => {
  it('reads a place name left in the nominative after a noun of organization as the organization', () => {
    const names = detectNames(['Игрок перешёл в футбольный клуб Краснодар, а кредит дал банк Россия.'], morphology);
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(['Краснодар', 'Россия']);
  });

  it('reads a capitalised word joined to a head noun by a hyphen as one organization', () => {
    const names = detectNames(['Опрос провели в Левада-центре, а в Московском метрополитене подтвердили.'], morphology);
    expect(typed(names, 'organization').map(([, normal]) => normal)).toEqual([
      'Левада-центр',
      'Московский метрополитен',
    ]);
  });
});

describe('groups and bodies named by one word', () => {
  it('reads a group by its adjectives and tail, a name after a group or movement, and a body after в', () => {
    const names = detectNames(
      [
        'Доклад подготовила Европейская исследовательская группа, а протест устроило движение Харакат-уль-Муджахидин.',
        'В Евросоюзе отреагировали.',
      ],
      morphology,
    );
    expect(typed(names, 'organization').map(([, normal]) => normal)).toEqual([
      'Европейская исследовательская группа',
      'Харакат-уль-Муджахидин',
      'Евросоюз',
    ]);
  });

  it('reads no body named by a pronoun', () => {
    const names = detectNames(['Эта группа распалась, Такой союз не продержался.'], morphology);
    expect(typed(names, 'organization')).toEqual([]);
  });
});

describe('bodies there is one of, in lower case', () => {
  it('reads them, each on its own when two are joined by и', () => {
    const names = detectNames(
      ['Выход из европейского союза и таможенного союза обсудили в верховном суде, а о валютном союзе молчали.'],
      morphology,
    );
    expect(typed(names, 'organization').map(([, normal]) => normal)).toEqual([
      'Европейский союз',
      'Таможенный союз',
      'Верховный суд',
    ]);
  });
});

describe('an agency named with its word in lower case', () => {
  it('reads the name and `пресс` after it as the agency, but not a press secretary', () => {
    const names = detectNames(['Об этом сообщает Франс пресс, добавил Иван Петров пресс-секретарь.'], morphology);
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(['Франс пресс']);
    expect(typed(names, 'person').map(([text]) => text)).toEqual(['Иван Петров']);
  });
});

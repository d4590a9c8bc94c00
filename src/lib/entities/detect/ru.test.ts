import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { detectNames, type DetectedName } from './index.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const typed = (names: DetectedName[], type: DetectedName['type']) =>
  names.filter((n) => n.type === type).map((n) => [n.text, n.normal]);

describe('detectRussian: organizations by their heads', () => {
  it('reads a capitalised adjective with a head as a body, and a national team with its country', () => {
    const names = detectNames(
      ['Вчера на сцене Большого театра пел хор. Тренер похвалил сборную России, а сборной Бразилии не повезло.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Большого театра', 'Большой театр'],
      ['сборную России', 'Сборная России'],
      ['сборной Бразилии', 'Сборная Бразилии'],
    ]);
  });

  it('reads `сборная` alone in lower case as a national team, but not `сборная` before its noun', () => {
    const names = detectNames(['Президент поздравил сборную с победой. Рабочие собрали сборную мебель.'], morphology);
    expect(typed(names, 'organization')).toEqual([['сборную', 'сборная']]);
  });

  it('reads a federation with a tail as a body and without one as a place', () => {
    const names = detectNames(
      ['Летом Федерация бобслея России провела сборы на юге Российской Федерации.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([['Федерация бобслея России', 'Федерация бобслея России']]);
    expect(typed(names, 'place')).toContainEqual(['Российской Федерации', 'Российская Федерация']);
  });

  it('reads a body named by one capitalised noun, but not a quoted one naming a thing', () => {
    const names = detectNames(
      ['Закон прошёл в Конгрессе, а Кремль промолчал.', 'Космонавты вернулись на корабле «Союз».'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Конгрессе', 'Конгресс'],
      ['Кремль', 'Кремль'],
    ]);
  });

  it('joins a quoted name to the head before it, and reads a site by its domain', () => {
    const names = detectNames(
      ['Выставку открыл Центр современной культуры «Гараж», сообщает Лента.ру со ссылкой на baltinfo.ru.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Центр современной культуры «Гараж»', 'Центр современной культуры «Гараж»'],
      ['Лента.ру', 'Лента.ру'],
      ['baltinfo.ru', 'baltinfo.ru'],
    ]);
  });

  it('takes no quoted title after a cue that is part of a name for a body', () => {
    const names = detectNames(['Подробнее читайте в статье Частного корреспондента «Жара продолжается».'], morphology);
    expect(typed(names, 'organization').map(([text]) => text)).not.toContain('Жара продолжается');
  });
});

describe('detectRussian: persons by titles and forms', () => {
  it('reads capitalised words after a title, or after a title and its country, as a person', () => {
    const names = detectNames(
      ['Позиция господина Эрдогана известна. Визит завершил председатель КНР Ху Цзиньтао.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([
      ['Эрдогана', 'Эрдоган'],
      ['Ху Цзиньтао', 'Ху Цзиньтао'],
    ]);
  });

  it('reads a surname the dictionary knows as a place after initials', () => {
    const names = detectNames(['Заявление сделал премьер-министр Японии Н. Кан.'], morphology);
    expect(typed(names, 'person')).toEqual([['Н. Кан', 'Н. Кан']]);
  });

  it('reads an adjectival surname after a given name, and finds it again in other cases', () => {
    const names = detectNames(
      ['Вчера Алексей Навальный выступил в суде.', 'Сторонники Навального пришли к зданию. Навальному задали вопрос.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([
      ['Алексей Навальный', 'Алексей Навальный'],
      ['Навального', 'Алексей Навальный'],
      ['Навальному', 'Алексей Навальный'],
    ]);
  });
});

describe('detectRussian: more organizations, places and people', () => {
  it('reads a state body named in lower case with its tail, and a hyphenated name the dictionary knows', () => {
    const names = detectNames(
      ['Об этом сообщило министерство иностранных дел. Ответственность взяли боевики Аль-Каиды.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['министерство иностранных дел', 'Министерство иностранных дел'],
      ['Аль-Каиды', 'Аль-Каида'],
    ]);
  });

  it('finds a quoted name inside a longer one again on its own, in the nominative', () => {
    const names = detectNames(
      ['Об этом он рассказал Русской службе «Голоса Америки».', 'Голос Америки: Что было дальше?'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Русской службе «Голоса Америки»', 'Русская служба «Голос Америки»'],
      ['Голос Америки', 'Голос Америки'],
    ]);
  });

  it('reads participle place names, buildings and celestial bodies as places', () => {
    const names = detectNames(
      ['Соединённые Штаты приняли гостей в Белом доме и объявили, что вернутся на Луну. Земля круглая.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual([
      ['Соединённые Штаты', 'Соединённые Штаты'],
      ['Белом доме', 'Белый дом'],
      ['Луну', 'Луна'],
    ]);
  });

  it('reads a seat of power named as no place as the body in it, after `в` as the building', () => {
    const names = detectNames(
      ['Вчера Белый дом ответил критикам, а пресс-секретарь Белого дома выступил в Белом доме.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Белый дом', 'Белый дом'],
      ['Белого дома', 'Белый дом'],
    ]);
    expect(typed(names, 'place')).toEqual([['Белом доме', 'Белый дом']]);
  });

  it('reads a press service with whose it is as a body, and none without', () => {
    const names = detectNames(
      [
        'Об этом сообщила пресс-служба банка, а в пресс-службе губернатора Петрова промолчали.',
        'PR-служба форума ответила, пресс-служба молчит.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['пресс-служба банка', 'Пресс-служба банка'],
      ['пресс-службе губернатора Петрова', 'Пресс-служба губернатора Петрова'],
      ['PR-служба форума', 'PR-служба форума'],
    ]);
  });

  it('reads no body in a head whose adjectives are only plural, unless it is a plural body', () => {
    const names = detectNames(
      [
        'Независимые профсоюзы выступили против, как и все федерации страны.',
        'Правоохранительные органы Китая молчат.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Правоохранительные органы Китая', 'Правоохранительные органы Китая'],
    ]);
  });

  it('ends a body’s name with the person it is named after, and finds that person inside', () => {
    const names = detectNames(
      ['Он окончил университет имени Ломоносова и играл в театре имени Евгения Вахтангова.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['университет имени Ломоносова', 'Университет имени Ломоносова'],
      ['театре имени Евгения Вахтангова', 'Театр имени Евгения Вахтангова'],
    ]);
    expect(typed(names, 'person').map(([text]) => text)).toEqual(['Ломоносова', 'Евгения Вахтангова']);
  });

  it('reads a quoted name after a club’s abbreviation as the club', () => {
    const names = detectNames(['Игроки ФК «Волга» и ХК «Сокол» отдыхают.'], morphology);
    expect(typed(names, 'organization')).toEqual([
      ['ФК «Волга»', 'ФК «Волга»'],
      ['ХК «Сокол»', 'ХК «Сокол»'],
    ]);
  });

  it('reads a delegation or a leadership with its country as a body, with anything else as none', () => {
    const names = detectNames(
      [
        'В понедельник делегация Норвегии прибыла, а руководство Польши промолчало.',
        'Глава японской делегации выступил, как и руководство театра и руководство страны.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['делегация Норвегии', 'Делегация Норвегии'],
      ['руководство Польши', 'Руководство Польши'],
      ['японской делегации', 'Японская делегация'],
    ]);
    expect(typed(names, 'place')).toEqual([
      ['Норвегии', 'Норвегия'],
      ['Польши', 'Польша'],
    ]);
  });

  it('reads the authorities with their country as a body, in the plural only', () => {
    const names = detectNames(
      [
        'Власти Чили ответили соседям, а с шведскими властями спорить не стали.',
        'Местные власти молчали, и об итальянской власти никто не вспомнил.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Власти Чили', 'Власти Чили'],
      ['шведскими властями', 'Шведские власти'],
    ]);
  });

  it('reads a capitalised participle before a head as a name’s adjective, put back in the nominative', () => {
    const names = detectNames(
      ['Генеральный секретарь Объединённого фронта выступил, как и члены Объединённой партии.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Объединённого фронта', 'Объединённый фронт'],
      ['Объединённой партии', 'Объединённая партия'],
    ]);
  });

  it('reads an abbreviation with a quoted name right after it as one organization', () => {
    const names = detectNames(
      ['Станция ГУП «Горводоканал» работает, а НПО «Молния» строит, сообщило ИА «Вести».'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['ГУП «Горводоканал»', 'ГУП «Горводоканал»'],
      ['НПО «Молния»', 'НПО «Молния»'],
      ['ИА «Вести»', 'ИА «Вести»'],
    ]);
  });

  it('reads a compound of a descriptor as a descriptor, before a quoted or a capitalised name', () => {
    const names = detectNames(
      ['Телекомпания «Полдень» и медиахолдинг «Сити» спорят, а самолёт авиакомпании Трансаэро сел.'],
      morphology,
    );
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(['Полдень', 'Сити', 'Трансаэро']);
  });

  it('reads a word known first as an ordinary word but also as a given name before a surname as a full name', () => {
    const names = detectNames(['Вчера Максим Орлов вышел на ринг. Ранний Моне писал иначе.'], morphology);
    expect(typed(names, 'person')).toEqual([
      ['Максим Орлов', 'Максим Орлов'],
      ['Моне', 'Моне'],
    ]);
  });

  it('reads a place word after a given name as the surname when it may be nominative or does not decline', () => {
    const names = detectNames(['Вчера Гарри Трумэн позвонил, и у Джеймса Коми нашлось время.'], morphology);
    expect(typed(names, 'person').map(([text]) => text)).toEqual(['Гарри Трумэн', 'Джеймса Коми']);
    expect(typed(names, 'place')).toEqual([]);
  });

  it('puts a name after a title back in the nominative by its given name, preferring the masculine reading on a tie', () => {
    const names = detectNames(
      [
        'Встреча с премьер-министром Турции Реджепом Эрдоганом прошла вчера.',
        'Решение принято по распоряжению президента РФ Дмитрия Медведева.',
      ],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([
      ['Реджепом Эрдоганом', 'Реджеп Эрдоган'],
      ['Дмитрия Медведева', 'Дмитрий Медведев'],
    ]);
  });

  it('reads the surname of someone named in full as that person where the dictionary knows a place of that name', () => {
    const names = detectNames(['Заявление сделал Наото Кан.', 'Кан сообщил, что будет терпелив.'], morphology);
    expect(typed(names, 'person')).toEqual([
      ['Наото Кан', 'Наото Кан'],
      ['Кан', 'Наото Кан'],
    ]);
    expect(typed(names, 'place')).toEqual([]);
  });
});

describe('detectRussian: Latin-script names inside Russian text', () => {
  it('reads a Latin-script name whole over its small words', () => {
    const names = detectNames(
      ['Доля государства в Industrial and Commercial Bank of China выросла, сообщает газета Corriere della Sera.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Industrial and Commercial Bank of China', 'Industrial and Commercial Bank of China'],
      ['Corriere della Sera', 'Corriere della Sera'],
    ]);
  });

  it('opens no organization inside a product, a work or an event named in Latin script', () => {
    const names = detectNames(
      [
        'Вышла версия аркады Angry Birds, на конвейер поставили автомобили ЗАЗ Forza.',
        'Стартовал конкурс The Best of Blogs. В этом году Corus Chess Tournament пройдёт в январе.',
        'Corus Chess Tournament 2006',
      ],
      morphology,
    );
    expect(names.map((n) => n.text)).toEqual(['ЗАЗ']);
  });

  it('reads Latin words filling a pair of quotes as a work after a noun of a work, in a list or as a phrase', () => {
    const names = detectNames(
      [
        "Группа прославилась синглами «Morning Rain», «Blue Shore» и альбомом ''Silver Lines''.",
        "Закон гласит: ''There shall be no tax''.",
        'Об этом пишет журнал «Nordic Review», а контракт получила «Coastline».',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Nordic Review', 'Nordic Review'],
      ['Coastline', 'Coastline'],
    ]);
  });

  it('reads a Latin original in brackets as an organization only after one', () => {
    const names = detectNames(
      [
        'Показали автомобиль «Шкода Октавия» (Skoda Octavia). Он вспомнил сайты со словом «book» (Teachbook, Placebook).',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Teachbook', 'Teachbook'],
      ['Placebook', 'Placebook'],
    ]);
  });
});

describe('detectRussian: state bodies of a country, and what no body is', () => {
  it('reads a state body’s acronym with its country as that country’s body, not with a surname', () => {
    const names = detectNames(
      ['Об этом сообщил МИД Белоруссии, в МИДе Грузии промолчали, МВД РФ возразило. МИД Калинина ответил.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['МИД Белоруссии', 'МИД Белоруссии'],
      ['МИДе Грузии', 'МИД Грузии'],
      ['МВД РФ', 'МВД РФ'],
      ['МИД', 'МИД'],
    ]);
  });

  it('reads a lower-case body with its country’s adjective among others as that country’s body', () => {
    const names = detectNames(
      ['Представитель японского дипломатического ведомства вернулся, а федеральное ведомство промолчало.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['японского дипломатического ведомства', 'Японское дипломатическое ведомство'],
    ]);
  });

  it('reads capitalised words after a noun of organization as none when a title stands before that noun', () => {
    const names = detectNames(
      ['Об этом заявил шеф концерна Бернд Пишетсридер, а агентству Рейтер ответил его помощник.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([['Рейтер', 'Рейтер']]);
  });

  it('reads no body in units, technologies, addresses and mottos', () => {
    const names = detectNames(
      [
        'Модуль на 8 ГБ работает под мобильной ОС на базе HTML5.',
        'Компания задействует короткий адрес fb.com, сообщает Лента.ру.',
        'Кок проводит кампанию под девизом The Right Move.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([['Лента.ру', 'Лента.ру']]);
  });
});

describe('detectRussian: bodies named by whom they serve, and quoted names after a town or a fan', () => {
  it('reads a head with a person’s surname in the genitive as one body, and the person inside it too', () => {
    const names = detectNames(['Вчера администрация президента Пискунова отменила приказ.'], morphology);
    expect(typed(names, 'organization')).toEqual([
      ['администрация президента Пискунова', 'Администрация президента Пискунова'],
    ]);
    expect(typed(names, 'person').map(([text]) => text)).toEqual(['Пискунова']);
  });

  it('reads a quoted name after a town’s adjective or after a fan as an organization in the nominative', () => {
    const names = detectNames(
      ['На концерт пришёл лидер казанского «Рассвета», а болельщики «Метеора» пели весь вечер.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Рассвета', 'Рассвет'],
      ['Метеора', 'Метеор'],
    ]);
  });

  it('reads no body in a quoted name after an adjective that is not a town’s', () => {
    const names = detectNames(['Он читал новый роман «Метель» всю ночь.'], morphology);
    expect(typed(names, 'organization')).toEqual([]);
  });
});

describe('detectRussian: a head and the one noun that makes it a body', () => {
  it('reads `палата представителей` and `кабинет министров` in lower case as bodies, not `советы директоров`', () => {
    const names = detectNames(
      ['Спикер палаты представителей выступил после заседания кабинета министров. Сделку одобрили советы директоров.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['палаты представителей', 'Палата представителей'],
      ['кабинета министров', 'Кабинет министров'],
    ]);
  });
});

describe('detectRussian: foreign companies', () => {
  it('reads a Cyrillic name ending in a company’s word, and a Latin one in brackets, as an organization, not a person', () => {
    const names = detectNames(
      [
        'Снимок сделал фотограф Юнайтед Пресс, а правозащитники из Международной лиги (Human Rights International) его распространили.',
      ],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([]);
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(
      expect.arrayContaining(['Юнайтед Пресс', 'Human Rights International']),
    );
  });
});

describe('detectRussian: a place word before a foreign word the dictionary does not know', () => {
  it('reads them as one foreign full name, also after a given name', () => {
    const names = detectNames(['Вчера Ван Цзюнь открыл выставку, а Ким Чен Ын прислал поздравление.'], morphology);
    expect(typed(names, 'person')).toEqual([
      ['Ван Цзюнь', 'Ван Цзюнь'],
      ['Ким Чен Ын', 'Ким Чен Ын'],
    ]);
    expect(typed(names, 'place')).toEqual([]);
  });

  it('keeps a country in the genitive, after `в`, or before a longer name a place', () => {
    const names = detectNames(
      ['Министр торговли Китая Чэнь Дэмин прилетел в Ван Цзюнь. Экс-президент Перу Алан Гарсия ответил.'],
      morphology,
    );
    expect(typed(names, 'place').map(([text]) => text)).toEqual(['Китая', 'Ван', 'Перу']);
  });
});

describe('detectRussian: a word of a full name used alone in the same article', () => {
  it('reads a place word that is a word of a full name as that person, not as a place', () => {
    const names = detectNames(['Вчера Ван Цзюнь открыл выставку.', 'Позже Ван сказал, что доволен.'], morphology);
    expect(typed(names, 'person').map(([text]) => text)).toEqual(['Ван Цзюнь', 'Ван']);
    expect(typed(names, 'place')).toEqual([]);
  });
});

describe('detectRussian: a capitalised word in the locative after `в`', () => {
  it('reads a dictionary place that is also a given name, and an unknown word, as a place', () => {
    const names = detectNames(['Летом оркестр играл в Милане и в Вене, а осенью в старинном Гарбуре.'], morphology);
    expect(typed(names, 'place')).toEqual([
      ['Милане', 'Милан'],
      ['Вене', 'Вена'],
      ['Гарбуре', 'Гарбур'],
    ]);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('leaves a full name and an adjective opening a longer name to the other rules', () => {
    const names = detectNames(
      ['Критики разочаровались в Марселе Прусте. Концерт прошёл в Соловцовском театре.', 'Вчера он гостил в Бертолли.'],
      morphology,
    );
    expect(typed(names, 'person').map(([text]) => text)).toEqual(['Марселе Прусте']);
    expect(typed(names, 'organization')).toEqual([['Соловцовском театре', 'Соловцовский театр']]);
    expect(typed(names, 'place')).toEqual([]);
  });
});

describe('detectRussian: acronyms that name no body', () => {
  it('reads an acronym with a case ending as that acronym, an organization, not a person or a place', () => {
    const names = detectNames(['Он учился во ВГИКе, а брат служил в МЧСе.'], morphology);
    expect(typed(names, 'organization')).toEqual([
      ['ВГИКе', 'ВГИК'],
      ['МЧСе', 'МЧС'],
    ]);
    expect(names.filter((n) => n.type !== 'organization')).toEqual([]);
  });

  it('reads no organization in a code of law after an article number, a designation or a compound', () => {
    const names = detectNames(
      [
        'Суд применил статью 159 УК и статьи №12 и №14 ГК, а по ст. 7.1 УК дело закрыли.',
        'Штамм ABC-Xy-7 нашли у ВИЧ-инфицированных пациентов клиники, сообщил ФСИН.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([['ФСИН', 'ФСИН']]);
  });
});

describe('detectRussian: a name after a division of a country', () => {
  it('reads it as a place, also where the dictionary knows it as a company or a given name', () => {
    const names = detectNames(
      [
        'Фермер из штата Вермонт переехал в округ Чарльз, а оттуда в провинцию Хунань.',
        'Глава области Иван Петров промолчал.',
      ],
      morphology,
    );
    expect(typed(names, 'place')).toEqual([
      ['Вермонт', 'Вермонт'],
      ['Чарльз', 'Чарльз'],
      ['Хунань', 'Хунань'],
    ]);
    expect(typed(names, 'person').map(([text]) => text)).toEqual(['Иван Петров']);
    expect(typed(names, 'organization')).toEqual([]);
  });
});

describe('detectRussian: a place name filling a pair of quotes', () => {
  it('reads no place in it, and the place outside quotes as one', () => {
    const names = detectNames(['Вчера «Барселона» обыграла гостей, а в Барселоне шёл дождь.'], morphology);
    expect(typed(names, 'place')).toEqual([['Барселоне', 'Барселона']]);
  });
});

describe('detectRussian: a cue opening a sentence', () => {
  it('reads the word after a capitalised place noun that opens a sentence as a place', () => {
    const names = detectNames(['Село Бравия стоит на холме.'], morphology);
    expect(typed(names, 'place').map(([text]) => text)).toEqual(['Бравия']);
    expect(typed(names, 'person')).toEqual([]);
  });
});

describe('detectRussian: a woman’s given name in -ия the dictionary reads as a man’s in -ий', () => {
  it('reads her where a form or a word beside it tells a woman, and every mention of her name after that', () => {
    const names = detectNames(
      [
        'Суд оправдал христианку Ипатию Бхатти.',
        'Адвокат Ипатии Бхатти подал жалобу, а Ипатия Бхатти покинула страну.',
        'Встреча с Ипатией Бхатти прошла в среду.',
      ],
      morphology,
    );
    expect(typed(names, 'person').map(([, normal]) => normal)).toEqual(Array(4).fill('Ипатия Бхатти'));
  });

  it('leaves a man’s name in the genitive after a woman’s noun', () => {
    const names = detectNames(['Жена Ипатия Бхатти пришла в суд. Он вручил Ипатию Бхатти награду.'], morphology);
    expect(typed(names, 'person').map(([, normal]) => normal)).toEqual(['Ипатий Бхатти', 'Ипатий Бхатти']);
  });

  it('leaves a man’s name in the dative after a woman’s noun when his surname can only be a man’s there', () => {
    const names = detectNames(['Он представил жену Ипатию Кузнецу.'], morphology);
    expect(typed(names, 'person').map(([, normal]) => normal)).toEqual(['Ипатий Кузнец']);
  });
});

describe('detectRussian: a surname the article also writes as a place after a preposition of place', () => {
  it('keeps the place where a misread full name has the place for its surname', () => {
    const names = detectNames(
      ['Лидер движения Тарик Пакистан выступил.', 'В Пакистане начались протесты, власти Пакистана молчат.'],
      morphology,
    );
    expect(names.filter((n) => n.paragraph === 2 && n.type === 'person')).toEqual([]);
    expect(typed(names, 'place').map(([text]) => text)).toEqual(['Пакистане', 'Пакистана']);
  });
});

describe('detectRussian: places the dictionary knows only as words', () => {
  it('reads a capitalised inanimate noun in the locative after `в` as a place, not a body or the internet', () => {
    const names = detectNames(
      ['Он живёт во Флориде, пишет в Интернете, работает в Думе и цитирует строки в Коране.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual([['Флориде', 'Флорида']]);
  });

  it('reads a capitalised noun listed after a place, in its case, as one more place', () => {
    const names = detectNames(
      ['Митинги прошли в Исламабаде, Лахоре и Пешаваре, а также в Москве и Петре.'],
      morphology,
    );
    expect(typed(names, 'place').map(([, normal]) => normal)).toEqual(['Исламабад', 'Лахор', 'Пешавар', 'Москва']);
  });
});

describe('detectRussian: a stage name in Latin script after a performer', () => {
  it('reads it as a person, and a Latin name after a reporter as the organization', () => {
    const names = detectNames(
      ['Новый альбом рэпера Big Tam вышел в мае, а певице Lorelle вручили премию. Снимок сделал фотограф Reuters.'],
      morphology,
    );
    expect(typed(names, 'person').map(([text]) => text)).toEqual(['Big Tam', 'Lorelle']);
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(['Reuters']);
  });
});

describe('detectRussian: hyphenated places', () => {
  it('reads a hyphenated adjective before a place noun, and a hyphenated name after `в`, as places', () => {
    const names = detectNames(
      ['Он служил в Усть-Донецкой области, жил в Порт-Ладино и ходил по Западно-Сибирскому морю.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual([
      ['Усть-Донецкой области', 'Усть-Донецкая область'],
      ['Порт-Ладино', 'Порт-Ладино'],
      ['Западно-Сибирскому морю', 'Западно-Сибирское море'],
    ]);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('reads a word after `местность` or `микрорайон` as a place', () => {
    const names = detectNames(['Семья переехала в микрорайон Заречье, в местность Гринвуд.'], morphology);
    expect(typed(names, 'place').map(([text]) => text)).toEqual(['Заречье', 'Гринвуд']);
  });
});

describe('detectRussian: an event written with a capital', () => {
  it('reads no person in Brexit in any case', () => {
    const names = detectNames(['Сторонники мягкого Брекзита спорят, реализация Брексита затянулась.'], morphology);
    expect(names).toEqual([]);
  });
});

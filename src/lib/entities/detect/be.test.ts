import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { adjectiveNounNominative, femaleName, maleGiven, organizationNominative, placeNominative } from './be-forms.ts';
import { placeByForm } from './be-lexicon.ts';
import { detectNames, type DetectedName } from './index.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const typed = (names: DetectedName[], type: DetectedName['type']) =>
  names.filter((n) => n.type === type).map((n) => [n.text, n.normal]);

describe('detectBelarusian: organizations', () => {
  it('reads an acronym before a country as two names, never as a person', () => {
    const names = detectNames(['Учора ў МЗС Беларусі заявілі, што размова з Літвой будзе доўгай.'], morphology);
    expect(typed(names, 'person')).toEqual([]);
    expect(typed(names, 'organization')).toEqual([['МЗС', 'МЗС']]);
    expect(typed(names, 'place')).toContainEqual(['Беларусі', 'Беларусь']);
  });

  it('reads a head opening a sentence with a long tail as a body, in the nominative, with its place', () => {
    const names = detectNames(
      ['Міністэрства замежных спраў Беларусі выступіла з заявай. Увядзенне новых правілаў адклалі.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Міністэрства замежных спраў Беларусі', 'Міністэрства замежных спраў Беларусі'],
    ]);
    expect(typed(names, 'place')).toEqual([['Беларусі', 'Беларусь']]);
  });

  it('reads one-word names of banks and bodies, short names with closing capitals and sites by their domain', () => {
    const names = detectNames(
      ['Кіраўнік Нацбанка Ігар Сцяпанаў сустрэўся з праўленнем Белаграпрамбанку, пра гэта піша БелТА і Zerkalo.io.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Нацбанка', 'Нацбанк'],
      ['Белаграпрамбанку', 'Белаграпрамбанк'],
      ['БелТА', 'БелТА'],
      ['Zerkalo.io', 'Zerkalo.io'],
    ]);
    expect(typed(names, 'person')).toEqual([['Ігар Сцяпанаў', 'Ігар Сцяпанаў']]);
  });

  it('reads a quoted name after a word for a body or a legal form as an organization', () => {
    const names = detectNames(
      ['Акцыі кампаніі «Белавія» падаражэлі, а ААТ «Нафтан» спыніла працу, паведаміла газета «Звязда».'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Белавія', 'Белавія'],
      ['ААТ «Нафтан»', 'ААТ «Нафтан»'],
      ['Звязда', 'Звязда'],
    ]);
  });

  it('reads a noun opening a sentence before a head as no part of a body, an adjective as one', () => {
    const names = detectNames(['Акцыі кампаніі падаражэлі. Нацыянальны банк знізіў стаўку.'], morphology);
    expect(typed(names, 'organization')).toEqual([['Нацыянальны банк', 'Нацыянальны банк']]);
  });

  it('reads a capitalised word after a title as a person', () => {
    const names = detectNames(['Пра гэта ён казаў з прэзідэнтам Макронам у Парыжы.'], morphology);
    expect(typed(names, 'person')).toEqual([['Макронам', 'Макрон']]);
    expect(typed(names, 'place')).toEqual([['Парыжы', 'Парыж']]);
  });
});

describe('Belarusian nominative forms', () => {
  it('puts an organization’s adjectives and head in the nominative, keeping its tail', () => {
    expect(organizationNominative(['Усебеларускага', 'народнага', 'сходу'])).toBe('Усебеларускі народны сход');
    expect(organizationNominative(['Савету', 'міністраў', 'Беларусі'])).toBe('Савет міністраў Беларусі');
    expect(organizationNominative(['Нацыянальнай', 'акадэміі', 'навук'])).toBe('Нацыянальная акадэмія навук');
    expect(organizationNominative(['Еўрапейскага', 'саюза'])).toBe('Еўрапейскі саюз');
  });

  it('puts a woman’s name in the nominative, and leaves a man’s alone', () => {
    expect(femaleName('Надзеі', 'Ермаковай')).toEqual({ given: 'Надзея', surname: 'Ермакова' });
    expect(femaleName('Ганну', 'Канапацкую')).toEqual({ given: 'Ганна', surname: 'Канапацкая' });
    expect(femaleName('Святланы', 'Ціханоўскай')).toEqual({ given: 'Святлана', surname: 'Ціханоўская' });
    expect(femaleName('Дзмітрыю', 'Салаўёву')).toBeUndefined();
    expect(femaleName('Вольгу', 'Карачову')).toEqual({ given: 'Вольга', surname: 'Карачова' });
    expect(femaleName('Івана', 'Шылава')).toBeUndefined();
  });
});

describe('detectBelarusian: people', () => {
  it('puts a man’s and a woman’s given name in the nominative beside any surname', () => {
    const names = detectNames(
      ['Ліст перадалі Ігару Сямёнаву і Святлане Карповіч, а Ганну Кавальскую ў залу не пусцілі.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([
      ['Ігару Сямёнаву', 'Ігар Сямёнаў'],
      ['Святлане Карповіч', 'Святлана Карповіч'],
      ['Ганну Кавальскую', 'Ганна Кавальская'],
    ]);
  });

  it('puts a man’s genitive given name and the surname beside it in the nominative, whatever their declension', () => {
    const names = detectNames(
      ['Выйшлі кнігі Мікалая Грыні, Вацлава Ластоўскага, Сяргея Пархуты, Андрэя Бяляя і Натальлі Арсеньевай.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([
      ['Мікалая Грыні', 'Мікалай Грыня'],
      ['Вацлава Ластоўскага', 'Вацлаў Ластоўскі'],
      ['Сяргея Пархуты', 'Сяргей Пархута'],
      ['Андрэя Бяляя', 'Андрэй Бяляй'],
      ['Натальлі Арсеньевай', 'Натальля Арсеньева'],
    ]);
  });

  it('reads a title opening a sentence as no part of the name, and a word after a title as a person', () => {
    const names = detectNames(
      ['Спадарыня Шульга ліквідавала таварыства. Суддзя Мікола Дзямідзенка прачытаў рашэнне ў Віцебску.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([
      ['Шульга', 'Шульга'],
      ['Мікола Дзямідзенка', 'Мікола Дзямідзенка'],
    ]);
    expect(typed(names, 'organization')).toEqual([]);
    expect(typed(names, 'place')).toEqual([['Віцебску', 'Віцебск']]);
  });

  it('reads a hyphenated surname as one, and a surname alone opening a sentence when the article names it elsewhere', () => {
    const names = detectNames(
      ['Размову з Пуціным вёў прэм’ер, а кнігу пра Дуніна-Марцінкевіча выдалі ў Гродне.', 'Пуцін нічога не сказаў.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([
      ['Пуціным', 'Пуцін'],
      ['Дуніна-Марцінкевіча', 'Дунін-Марцінкевіч'],
      ['Пуцін', 'Пуцін'],
    ]);
  });

  it('reads no person in an adjective phrase, an address or the words Таксама, Яго, Паводле', () => {
    const names = detectNames(
      ['Таксама Яго паводле слоў удзельнік Вялікай Айчыннай вайны жыў на вуліцы Янкі Маўра ў Мінску.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([]);
    expect(typed(names, 'place')).toEqual([['Мінску', 'Мінск']]);
  });
});

describe('detectBelarusian: organizations by quotes, heads and acronyms', () => {
  it('reads a short quoted name as an organization, unless a work or a building is named before it', () => {
    const names = detectNames(
      [
        'Хакеісты мінскага «Дынама» абыгралі «Металург», а тэатр паказаў п’есу «Лясная песня» і спектакль «Сон».',
        'Хакейны клуб «Нёман» саступіў «Металургу» на стадыёне «Лакаматыў».',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Дынама', 'Дынама'],
      ['Металург', 'Металург'],
      ['Нёман', 'Нёман'],
      ['Металургу', 'Металург'],
    ]);
  });

  it('ends a head’s genitive tail at its first proper name and before a verb', () => {
    const names = detectNames(
      ['Вярхоўны Савет Беларусі надаў статус закону. Міністэрства аховы здароўя пацвердзіла выпадак.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Вярхоўны Савет Беларусі', 'Вярхоўны Савет Беларусі'],
      ['Міністэрства аховы здароўя', 'Міністэрства аховы здароўя'],
    ]);
  });

  it('reads a capitalised adjective before an acronym, a council, a theatre named after someone and Latin-script media', () => {
    const names = detectNames(
      [
        'Яго завезлі ў Ленінскі РУУС, а потым у Цэнтральнае РУУС, піша Euronews.',
        'Старшыня Мінгарвыканкама прыйшоў у Нацыянальны тэатр імя Янкі Купалы.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Ленінскі РУУС', 'Ленінскі РУУС'],
      ['Цэнтральнае РУУС', 'Цэнтральнае РУУС'],
      ['Euronews', 'Euronews'],
      ['Мінгарвыканкама', 'Мінгарвыканкам'],
      ['Нацыянальны тэатр імя Янкі Купалы', 'Нацыянальны тэатр імя Янкі Купалы'],
    ]);
    expect(typed(names, 'person')).toEqual([['Янкі Купалы', 'Янка Купала']]);
  });
});

describe('detectBelarusian: venues, sites and a place before a given name', () => {
  it('reads a quoted name after a preposition of place as a venue, unless the body speaks there', () => {
    const names = detectNames(
      ['Чарга стаіць у «Лясной Паляне», а ў «Белтэлекаме» заявілі пра збой, піша minsknews.by.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Белтэлекаме', 'Белтэлекам'],
      ['minsknews.by', 'minsknews.by'],
    ]);
  });

  it('reads a surname before a given name opening a sentence, a Soviet republic and a place inside a quoted title', () => {
    const names = detectNames(
      ['Лявонскі Алесь нарадзіўся ў Беларускай ССР і пісаў у газету «Голас Беларусі» на Паўночна-Заходнім фронце.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([['Лявонскі Алесь', 'Алесь Лявонскі']]);
    expect(typed(names, 'place')).toEqual([
      ['Беларускай ССР', 'Беларуская ССР'],
      ['Беларусі', 'Беларусь'],
    ]);
    expect(typed(names, 'organization')).toEqual([['Голас Беларусі', 'Голас Беларусі']]);
  });

  it('reads the word before a given name after `з` as a place', () => {
    const names = detectNames(['Настаўнік з Лагойшчыны Міхаіл Брыль і фермер з Рудні Яўген Коц прыехалі.'], morphology);
    expect(typed(names, 'place')).toEqual([
      ['Лагойшчыны', 'Лагойшчына'],
      ['Рудні', 'Рудня'],
    ]);
    expect(typed(names, 'person')).toEqual([
      ['Міхаіл Брыль', 'Міхаіл Брыль'],
      ['Яўген Коц', 'Яўген Коц'],
    ]);
  });
});

describe('detectBelarusian: places', () => {
  it('reads divisions, regions, adjectives before a place, a dateline and a settlement', () => {
    const names = detectNames(
      [
        'МІНСК, 3 снежня. Дэлегацыя з Гомельскай вобласці прыехала ў Хойніцкі раён і на Магілёўшчыну.',
        'Краіны Усходняй Эўропы і жыхары пасёлка Рудня чакаюць.',
      ],
      morphology,
    );
    expect(typed(names, 'place')).toEqual([
      ['МІНСК', 'Мінск'],
      ['Гомельскай вобласці', 'Гомельская вобласць'],
      ['Хойніцкі раён', 'Хойніцкі раён'],
      ['Магілёўшчыну', 'Магілёўшчына'],
      ['Усходняй Эўропы', 'Усходняя Эўропа'],
      ['Рудня', 'Рудня'],
    ]);
  });

  it('knows the case forms of listed places and hyphenated ones', () => {
    expect(placeByForm.get('Славеніі')).toBe('Славенія');
    expect(placeByForm.get('Канадзе')).toBe('Канада');
    expect(placeByForm.get('Кіева')).toBe('Кіеў');
    expect(placeByForm.get('Санкт-Пецярбурга')).toBe('Санкт-Пецярбург');
    expect(placeNominative(['Паўночнай'], 'Ірландыя')).toBe('Паўночная Ірландыя');
    expect(maleGiven('Анатолем')).toBe('Анатоль');
    expect(maleGiven('Паўлу')).toBe('Павел');
  });
});

describe('detectBelarusian: outlets, parties and bodies declined as a phrase', () => {
  it('puts a quoted adjective and noun in the nominative together', () => {
    const names = detectNames(
      ['Рэдактар «Нашай Нівы» і аглядальнік «Вольнай Думкі» пісалі пра «Беларускім Народным Фронце».'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Нашай Нівы', 'Наша Ніва'],
      ['Вольнай Думкі', 'Вольная Думка'],
      ['Беларускім Народным Фронце', 'Беларускі Народны Фронт'],
    ]);
  });

  it('puts one quoted word in `-ыі` in the nominative, and a bare nominative elsewhere wins for a masculine name', () => {
    const names = detectNames(
      ['Журналісты «Рацыі» працуюць разам з «Белсатам».', 'Кіраўнік «Белсата» сказаў, што «Белсат» не зачыніцца.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Рацыі', 'Рацыя'],
      ['Белсатам', 'Белсат'],
      ['Белсата', 'Белсат'],
      ['Белсат', 'Белсат'],
    ]);
  });

  it('reads fronts, movements, an acronym after a head and people in the genitive plural after one', () => {
    const names = detectNames(
      [
        'Сябры Беларускага народнага фронту і Рады БНР сустрэліся ў Беларускай асацыяцыі журналістаў.',
        'Пра гэта паведамілі ў Беларускім ПЭН-цэнтры і ў Саюзе пісьменнікаў.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Беларускага народнага фронту', 'Беларускі народны фронт'],
      ['Рады БНР', 'Рада БНР'],
      ['Беларускай асацыяцыі журналістаў', 'Беларуская асацыяцыя журналістаў'],
      ['Беларускім ПЭН-цэнтры', 'Беларускі ПЭН-цэнтр'],
      ['Саюзе пісьменнікаў', 'Саюз пісьменнікаў'],
    ]);
    expect(typed(names, 'place')).toEqual([['БНР', 'БНР']]);
  });

  it('reads a radio by its indeclinable head and a medium named after a word for one', () => {
    const names = detectNames(
      ['Пра гэта расказала Радыё Свабода, а потым і тэлеканал Белсат, і выданне Наша Ніва.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Радыё Свабода', 'Радыё Свабода'],
      ['Белсат', 'Белсат'],
      ['Наша Ніва', 'Наша Ніва'],
    ]);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('puts a man’s given name in `-а` in the genitive, and the surname beside it, in the nominative', () => {
    const names = detectNames(['Учора чыталі вершы Янкі Купалы побач з творамі Міколы Лобана.'], morphology);
    expect(typed(names, 'person')).toEqual([
      ['Янкі Купалы', 'Янка Купала'],
      ['Міколы Лобана', 'Мікола Лобан'],
    ]);
  });
});

describe('adjectiveNounNominative', () => {
  const adjective = (w: string) => /(?:ай|ой|ую|ага|ым|ім|ая|ы|і)$/u.test(w) && !/Нів|Думк/u.test(w);
  it('declines feminine and masculine phrases and leaves others as written', () => {
    expect(adjectiveNounNominative(['Нашай', 'Ніве'], adjective)).toBe('Наша Ніва');
    expect(adjectiveNounNominative(['Вольную', 'Думку'], adjective)).toBe('Вольная Думка');
    expect(adjectiveNounNominative(['Новага', 'Часу'], adjective)).toBe('Новы Час');
    expect(adjectiveNounNominative(['Вялікага', 'Княства'], adjective)).toBe('Вялікае Княства');
    expect(adjectiveNounNominative(['Беларуская', 'Праўда'], adjective)).toBe('Беларуская Праўда');
  });
});

describe('detectBelarusian: state bodies, outlets and acronyms', () => {
  it('reads executive committees, a chamber with its people, an academy of sciences and a verb closing a name', () => {
    const names = detectNames(
      [
        'Законапраект разгледзела Палата прадстаўнікоў, а ў Мінскім гарвыканкаме скарацілі штат.',
        'Ён працаваў у Нацыянальнай акадэміі навук Беларусі, а Сусветны банк далі грошы.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Палата прадстаўнікоў', 'Палата прадстаўнікоў'],
      ['Мінскім гарвыканкаме', 'Мінскі гарвыканкам'],
      ['Нацыянальнай акадэміі навук Беларусі', 'Нацыянальная акадэмія навук Беларусі'],
      ['Сусветны банк', 'Сусветны банк'],
    ]);
  });

  it('reads outlets by name, a state adjective before a head and an acronym with a small letter', () => {
    const names = detectNames(
      [
        'Пра гэта паведамляе Еўрарадыё, а журналістку Белсату затрымалі супрацоўнікі ГУБАЗіК.',
        'Кіраўнік Дзяржаўнага пагранічнага камітэта спаслаўся на звесткі Белстата.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Еўрарадыё', 'Еўрарадыё'],
      ['Белсату', 'Белсат'],
      ['ГУБАЗіК', 'ГУБАЗіК'],
      ['Дзяржаўнага пагранічнага камітэта', 'Дзяржаўны пагранічны камітэт'],
      ['Белстата', 'Белстат'],
    ]);
    expect(typed(names, 'person')).toEqual([]);
  });
});

describe('detectBelarusian: quoted names declined as a phrase, sports clubs', () => {
  it('puts soft feminine nouns and quoted names after a head in the nominative, and reads a club’s prefix', () => {
    const names = detectNames(
      ['Сябры «Белай Русі» і «Маладога Фронту» пісалі ў рэдакцыю «Нашай Ніве».', 'Гульцы ФК «Шахцёр» перамаглі.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Белай Русі', 'Белая Русь'],
      ['Маладога Фронту', 'Малады Фронт'],
      ['Нашай Ніве', 'Наша Ніва'],
      ['ФК «Шахцёр»', 'ФК «Шахцёр»'],
    ]);
  });
});

describe('detectBelarusian: a radio opening a sentence, a newspaper named after the word', () => {
  it('reads a radio at a sentence’s start as an organization and no title after a word for a medium', () => {
    const names = detectNames(
      ['Радыё Свабода паведаміла пра заяву на сайце Прэзідэнта, а ў газеце Звязда яе перадрукавалі.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Радыё Свабода', 'Радыё Свабода'],
      ['Звязда', 'Звязда'],
    ]);
    expect(typed(names, 'person')).toEqual([]);
  });
});

describe('detectBelarusian: the 3 December evaluation round (sentences written for these tests)', () => {
  it('reads a sign-off with no `і` or `ў` as Belarusian, and bodies named by their country', () => {
    const names = detectNames(
      [
        'Алесь Пятровіч сустрэўся ў парламенце Бельгіі з кіраўнікамі Еўракамісіі і Інтэрпола.',
        'Беларускае Радыё Рацыя',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['парламенце Бельгіі', 'парламент Бельгіі'],
      ['Еўракамісіі', 'Еўракамісія'],
      ['Інтэрпола', 'Інтэрпол'],
      ['Беларускае Радыё Рацыя', 'Беларускае Радыё Рацыя'],
    ]);
    expect(typed(names, 'person')).toEqual([['Алесь Пятровіч', 'Алесь Пятровіч']]);
  });

  it('puts foreign and soft-stemmed men’s names in the nominative, and never opens a name with `Ў`', () => {
    const names = detectNames(
      [
        'Вечар памяці Міхася Бурака прайшоў у клубе. Кветкі паклалі да помніка Рамуальду Мардасу.',
        'Гасцей віталі Юстаса Мікалайціса і Францішка Валковіча, а Ўладзімір Пятрук сказаў слова.',
      ],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([
      ['Міхася Бурака', 'Міхась Бурак'],
      ['Рамуальду Мардасу', 'Рамуальд Мардас'],
      ['Юстаса Мікалайціса', 'Юстас Мікалайціс'],
      ['Францішка Валковіча', 'Францішак Валковіч'],
      ['Ўладзімір Пятрук', 'Уладзімір Пятрук'],
    ]);
  });

  it('reads places listed after a place, towns in `-ўка` and `-ы`, and the place words of a capitals headline', () => {
    const names = detectNames(
      [
        'ШЭСЦЕ Ў СМАРГОНІ',
        'Людзі прыехалі з Гародні, Ракава, Падбярэзся. Пікеты былі ў Сасноўцы і Валеўцы, а потым у Курапаты.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([]);
    expect(typed(names, 'place')).toEqual([
      ['СМАРГОНІ', 'Смаргонь'],
      ['Гародні', 'Гародня'],
      ['Ракава', 'Ракаў'],
      ['Падбярэзся', 'Падбярэзся'],
      ['Сасноўцы', 'Сасноўка'],
      ['Валеўцы', 'Валеўка'],
      ['Курапаты', 'Курапаты'],
    ]);
  });

  it('reads no person in events, markets, feasts, Roman numerals or a lone letter, and no body in a generic phrase', () => {
    const names = detectNames(
      [
        'Удзельнікі Форуму Багдановіча сабраліся на Рынку Каліноўскага напярэдадні Дня Волі і пайшлі на Дзяды.',
        'Гэта было ў ХІХ стагоддзі. Забароненай арганізацыяй яе назвалі ў Н',
      ],
      morphology,
    );
    expect(names).toEqual([]);
  });

  it('ends a body’s name before a given name, keeps an adjective’s genitive tail and a place alone before a head', () => {
    const names = detectNames(
      [
        'Старшыня Таварыства беларускай мовы сустрэўся з былым кіраўніком Вярхоўнага Савета Мікалаем Кавалёвым, а госці з Варшавы гурты прывезлі.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Таварыства беларускай мовы', 'Таварыства беларускай мовы'],
      ['Вярхоўнага Савета', 'Вярхоўны Савет'],
    ]);
    expect(typed(names, 'person')).toEqual([['Мікалаем Кавалёвым', 'Мікалай Кавалёў']]);
    expect(typed(names, 'place')).toEqual([['Варшавы', 'Варшава']]);
  });

  it('reads a given name alone and a surname closing a list of people as persons', () => {
    const names = detectNames(
      ['Пра сустрэчу казалі Эмануэль Макрон, Шольц, Дуда. Пасля яе Алена Рудак сказала, што Алена задаволена.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([
      ['Эмануэль Макрон', 'Эмануэль Макрон'],
      ['Шольц', 'Шольц'],
      ['Дуда', 'Дуда'],
      ['Алена Рудак', 'Алена Рудак'],
      // The article's full name for her (index.ts).
      ['Алена', 'Алена Рудак'],
    ]);
  });
});

describe('detectBelarusian: the second round (sentences written for these tests)', () => {
  it('puts a one-word quoted club after a genitive cue in the masculine nominative, an indeclinable one as written', () => {
    const names = detectNames(
      [
        'Каманда прайграла ў Омску супраць мясцовага "Сокала", а потым зноў пабіла вароты "Сокала".',
        'Заўзятары "Дынама" і "Зоркі" спявалі разам.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Сокала', 'Сокал'],
      ['Сокала', 'Сокал'],
      ['Дынама', 'Дынама'],
      ['Зоркі', 'Зорка'],
    ]);
  });

  it('puts quoted plural names in the genitive in the nominative plural, and leaves a quoted surname alone', () => {
    const names = detectNames(
      ['На мітынгу віселі сцягі «Вольных журналістаў», а ў Вільні дзейнічае клуб «Аматараў старой музыкі».'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Вольных журналістаў', 'Вольныя журналісты'],
      ['Аматараў старой музыкі', 'Аматары старой музыкі'],
    ]);
  });

  it('puts instrumental surnames in `-лем`, foreign men beside indeclinable surnames and foreign women in the nominative', () => {
    const names = detectNames(
      [
        'Паэт сябраваў з мастаком Казімірам Вяргеслем і з фатографам Рафаэлем Бэлучы.',
        'Міліцыя затрымала журналістку Мірэну Голдсміт і яе калегу.',
        'Нам пра гэта расказала Мірэна Бэлучы.',
      ],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([
      ['Казімірам Вяргеслем', 'Казімір Вяргесля'],
      ['Рафаэлем Бэлучы', 'Рафаэль Бэлучы'],
      ['Мірэну Голдсміт', 'Мірэна Голдсміт'],
      ['Мірэна Бэлучы', 'Мірэна Бэлучы'],
    ]);
  });

  it('puts a surname with initials after `імя` in the nominative', () => {
    const names = detectNames(
      [
        'Сёння ў Гімназіі імя Я. Купалы, а заўтра ў Ліцэі імя К. Каліноўскага пройдуць сустрэчы з вучнямі імя Ф. Скарыны.',
      ],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([
      ['Я. Купалы', 'Я. Купала'],
      ['К. Каліноўскага', 'К. Каліноўскі'],
      ['Ф. Скарыны', 'Ф. Скарына'],
    ]);
  });

  it('reads no body in quoted slogans, listed or not, yet finds the names inside them', () => {
    const names = detectNames(
      [
        'Людзі трымалі плакаты «Свабоду палітвязням», «Ідзі» і «Жыве Беларусь».',
        'Моладзь скандавала «Міліцыя з народам – супраць КДБ» і «Годна».',
        'Праваабаронцы «Вясны» выйшлі разам з актывістамі «Зубра».',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['КДБ', 'КДБ'],
      ['Вясны', 'Вясна'],
      ['Зубра', 'Зубра'],
    ]);
    expect(typed(names, 'place')).toEqual([['Беларусь', 'Беларусь']]);
  });

  it('reads an acronym with a case ending as a body in capitals, and a verb before a place as no adjective', () => {
    const names = detectNames(
      ['Студэнты пісалі пра сустрэчу з АМОНам і пра рух «Падтрымаем Беларусь разам».'],
      morphology,
    );
    expect(typed(names, 'organization')).toContainEqual(['АМОНам', 'АМОН']);
    expect(typed(names, 'place')).toEqual([['Беларусь', 'Беларусь']]);
  });

  it('reads an adjective and a noun in the locative after a preposition of place as a place, never as a person', () => {
    const names = detectNames(['Ён доўга жыў у Паўночным Кіпры, а потым на Верхнім Горадзе ў Мінску.'], morphology);
    expect(typed(names, 'person')).toEqual([]);
    expect(typed(names, 'place')).toContainEqual(['Мінску', 'Мінск']);
  });

  it('reads a capital after a colon or a dash inside a sentence as a name, not as a sentence’s start', () => {
    const names = detectNames(
      [
        'Першы гол забіў нападнік – Ігнат Сідарчук, другі – Малкевіч. Пра гэта сказаў трэнер: Сідарчук гуляў добра.',
        'Ён скончыў прамову. – Мы пойдзем разам, – сказаў ён. Потым дадаў: «Мы вернемся».',
      ],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([
      ['Ігнат Сідарчук', 'Ігнат Сідарчук'],
      ['Малкевіч', 'Малкевіч'],
      ['Сідарчук', 'Ігнат Сідарчук'],
    ]);
  });

  it('extends a body’s tail over `і`, `й` and a plural in `-ей`, ends it at a verb in `-шлі`, and leaves a plural noun opening a sentence out', () => {
    const names = detectNames(
      [
        'Ён выкладаў у Беларускім інстытуце мовы й літаратуры, а потым у Міністэрстве адукацыі і культуры.',
        'Супрацоўнікі Міністэрства замежных спраў прыйшлі разам з госцямі ў Дзяржаўны музей старажытнасцей.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Беларускім інстытуце мовы й літаратуры', 'Беларускі інстытут мовы й літаратуры'],
      ['Міністэрстве адукацыі і культуры', 'Міністэрства адукацыі і культуры'],
      ['Міністэрства замежных спраў', 'Міністэрства замежных спраў'],
      ['Дзяржаўны музей старажытнасцей', 'Дзяржаўны музей старажытнасцей'],
    ]);
  });

  it('leaves a noun in `-ы`, `-і` opening a sentence out of an oblique head after it, keeps an adjective before one in the nominative', () => {
    const names = detectNames(
      ['Студэнты Акадэміі музыкі выйгралі конкурс. Нацыянальны банк знізіў стаўку.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Акадэміі музыкі', 'Акадэмія музыкі'],
      ['Нацыянальны банк', 'Нацыянальны банк'],
    ]);
  });

  it('declines surnames in `-к` after a vowel, in `-нец`, men’s names in `-а`, towns in `-на`, and reads no person in a building', () => {
    const names = detectNames(
      [
        'Ліст напісалі Зянону Пазняку, а потым сустрэліся з Міколам Статкевічам і Паўлам Севярынцам.',
        'Канцэрт прайшоў у Палацы Рэспублікі, а потым у Маладзечне.',
      ],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([
      ['Зянону Пазняку', 'Зянон Пазняк'],
      ['Міколам Статкевічам', 'Мікола Статкевіч'],
      ['Паўлам Севярынцам', 'Павел Севярынец'],
    ]);
    expect(typed(names, 'place')).toEqual([['Маладзечне', 'Маладзечна']]);
  });
});

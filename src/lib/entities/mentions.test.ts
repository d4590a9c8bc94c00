import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAliasIndex, type AliasIndex } from './alias-index.ts';
import { loadRegistry } from './load-registry.ts';
import type { Mention } from './enrichment-schema.ts';
import { findMentions } from './mentions.ts';
import { loadMorphology, type Morphology } from './morphology.ts';
import { contentDir, seedParagraphs, seeds, type Seed } from './test-seeds.ts';
import { testOrganization, testPerson } from './test-registry.ts';

let morphology: Morphology;
let seedIndex: AliasIndex;
let unitIndex: AliasIndex;
const seedMentions = {} as Record<Seed, Mention[]>;

beforeAll(async () => {
  morphology = await loadMorphology();
  const registry = await loadRegistry(contentDir);
  seedIndex = buildAliasIndex(registry.entities, morphology);
  for (const seed of seeds) seedMentions[seed] = findMentions(seedParagraphs(seed), seedIndex);
  unitIndex = buildAliasIndex(
    [
      testPerson(
        'lukashenko',
        { given: 'Александр', patronymic: 'Григорьевич', surname: 'Лукашенко' },
        { given: 'Alexander', surname: 'Lukashenko' },
      ),
      testPerson(
        'medvedev',
        { given: 'Дмитрий', patronymic: 'Анатольевич', surname: 'Медведев' },
        { given: 'Dmitry', surname: 'Medvedev' },
      ),
      testPerson(
        'putin',
        { given: 'Владимир', patronymic: 'Владимирович', surname: 'Путин' },
        { given: 'Vladimir', surname: 'Putin' },
      ),
      testPerson('ivanov-a', { given: 'Андрей', surname: 'Иванов' }, { given: 'Andrei', surname: 'Ivanov' }),
      testPerson('ivanov-b', { given: 'Борис', surname: 'Иванов' }, { given: 'Boris', surname: 'Ivanov' }),
      testOrganization(
        'hi-tech-park',
        { ru: 'Парк высоких технологий', en: 'High-Tech Park' },
        ['Hi-Tech Park'],
        ['ПВТ', 'HTP'],
      ),
      testOrganization(
        'eaeu',
        { ru: 'Евразийский экономический союз', en: 'Eurasian Economic Union' },
        [],
        ['ЕАЭС', 'EAEU'],
      ),
    ],
    morphology,
  );
});

const entitiesOf = (mentions: readonly Mention[]) => [...new Set(mentions.map((m) => m.entity))].sort();
const find = (text: string | string[]) => findMentions(Array.isArray(text) ? text : [text], unitIndex);
const texts = (mentions: readonly Mention[], entity: string) =>
  mentions.filter((m) => m.entity === entity).map((m) => m.text);

describe('findMentions on the seed articles', () => {
  it('finds the Hi-Tech Park in 000 and 002 only', () => {
    expect(texts(seedMentions['000'], 'organizations/hi-tech-park')).toEqual(['Парка высоких технологий']);
    expect(texts(seedMentions['002'], 'organizations/hi-tech-park')).toEqual(['High-Tech park']);
    for (const seed of ['001', '003', '004'] as const) {
      expect(entitiesOf(seedMentions[seed])).not.toContain('organizations/hi-tech-park');
    }
  });

  it('links Almaty in each of its spellings, Latin inside Russian text too', () => {
    const found = findMentions(
      ['Форум прошёл в Алматы.', 'В Алма-Ате было тепло.', 'Делегаты прилетели в Almaty утром.'],
      seedIndex,
    );
    expect(found.map((m) => [m.entity, m.text])).toEqual([
      ['places/almaty', 'Алматы'],
      ['places/almaty', 'Алма-Ате'],
      ['places/almaty', 'Almaty'],
    ]);
  });

  it('finds the EAEU in 000 and 004, including the full name in 004', () => {
    expect(texts(seedMentions['000'], 'organizations/eaeu')).toEqual(['ЕАЭС', 'ЕАЭС']);
    const in004 = texts(seedMentions['004'], 'organizations/eaeu');
    expect(in004).toContain('Евразийского экономического союза');
    expect(in004.filter((t) => t === 'ЕАЭС')).toHaveLength(7);
    for (const seed of ['001', '002', '003'] as const)
      expect(entitiesOf(seedMentions[seed])).not.toContain('organizations/eaeu');
  });

  it('finds Lukashenko in 001, 002 and 003 (А.Г.Лукашенко), not in 000 or 004', () => {
    expect(texts(seedMentions['001'], 'people/lukashenko')).toEqual([
      'Александр Лукашенко',
      'Лукашенко',
      'Лукашенко',
      'Лукашенко',
      'Лукашенко',
    ]);
    expect(texts(seedMentions['002'], 'people/lukashenko')).toEqual(['Alexander Lukashenko', 'Alexander Lukashenko']);
    expect(texts(seedMentions['003'], 'people/lukashenko')).toEqual(['А.Г.Лукашенко']);
    expect(entitiesOf(seedMentions['000'])).not.toContain('people/lukashenko');
    expect(entitiesOf(seedMentions['004'])).not.toContain('people/lukashenko');
  });

  it('finds Rumas in 000 in several cases, and Medvedev', () => {
    expect(texts(seedMentions['000'], 'people/rumas')).toEqual([
      'Сергею Румасу',
      'Сергей Румас',
      'Румас',
      'Сергей Румас',
      'Румас',
      'Сергей Румас',
    ]);
    expect(texts(seedMentions['000'], 'people/medvedev')).toEqual(['Дмитрий Медведев', 'Дмитрий Медведев']);
  });

  it('finds Gryzlov in 001, Popkov and Nikiforov in 003, Mishustin in 004', () => {
    expect(texts(seedMentions['001'], 'people/gryzlov')).toEqual(['Борисом Грызловым']);
    expect(texts(seedMentions['003'], 'people/popkov')).toContain('Сергей Петрович Попков');
    expect(texts(seedMentions['003'], 'people/popkov')).toHaveLength(6);
    expect(texts(seedMentions['003'], 'people/nikiforov')).toEqual(['Николай Никифоров', 'Николай Никифоров']);
    expect(texts(seedMentions['004'], 'people/mishustin')).toEqual([
      'Мишустин',
      'Мишустин',
      'Михаил Мишустин',
      'Мишустин',
      'Мишустин',
      'Мишустин',
    ]);
  });

  it('finds events and other organisations', () => {
    expect(entitiesOf(seedMentions['000']).filter((e) => !e.startsWith('places/'))).toEqual(
      [
        'events/open-innovations-2019',
        'organizations/eaeu',
        'organizations/government-of-belarus',
        'organizations/hi-tech-park',
        'organizations/skolkovo',
        'people/medvedev',
        'people/rumas',
      ].sort(),
    );
    expect(texts(seedMentions['000'], 'events/open-innovations-2019')).toEqual([
      'VIII Московском международном форуме "Открытые инновации"',
    ]);
    expect(texts(seedMentions['002'], 'events/forum-of-regions-2017')).toEqual([
      '4th Forum of Regions of Belarus and Russia',
    ]);
    expect(texts(seedMentions['003'], 'events/forum-of-regions-2017')).toHaveLength(2);
    expect(texts(seedMentions['004'], 'events/digital-almaty-2023')).toEqual(['Digital Almaty-2023']);
    expect(texts(seedMentions['004'], 'organizations/gostech')).toEqual(['платформа «ГосТех»']);
  });

  it('finds the places the seeds speak of, in every case and in English', () => {
    expect(texts(seedMentions['000'], 'places/minsk')).toEqual(['Минск']);
    expect(texts(seedMentions['000'], 'places/moscow')).toEqual(['Москве']);
    expect(texts(seedMentions['003'], 'places/belarus')).toEqual(
      expect.arrayContaining(['Республики Беларусь', 'Беларуси']),
    );
    expect(texts(seedMentions['003'], 'places/russia')).toEqual(expect.arrayContaining(['Российской Федерации', 'РФ']));
    expect(texts(seedMentions['002'], 'places/belarus')).toContain('Belarus');
    expect(texts(seedMentions['001'], 'places/ukraine')).toEqual(['Украину']);
  });

  it('finds no Putin and no Trump anywhere once boilerplate is stripped', () => {
    for (const seed of seeds) {
      expect(entitiesOf(seedMentions[seed])).not.toContain('people/putin');
      expect(entitiesOf(seedMentions[seed])).not.toContain('people/trump');
    }
  });

  it('would find Putin and Trump in the stripped "most read" block of 001', () => {
    const headlines = [
      '«Слишком близкий к Украине». Трамп отстранил главного представителя США на переговорах',
      'Лукашенко на встрече с Путиным завысил явку на прошедших выборах',
    ];
    const found = findMentions(headlines, seedIndex);
    expect(texts(found, 'people/trump')).toEqual(['Трамп']);
    expect(texts(found, 'people/putin')).toEqual(['Путиным']);
  });

  it('reports offsets that slice to the mention text', () => {
    for (const seed of seeds) {
      const paragraphs = seedParagraphs(seed);
      for (const m of seedMentions[seed]) expect(paragraphs[m.paragraph - 1].slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('findMentions units', () => {
  it('matches every case form of a surname', () => {
    for (const form of ['Путин', 'Путина', 'Путину', 'Путиным', 'Путине']) {
      const found = find(`Владимир Путин выступил. Потом ${form} снова упомянули.`);
      expect(texts(found, 'people/putin'), form).toEqual(['Владимир Путин', form]);
    }
    expect(texts(find('Встреча с Путиным прошла.'), 'people/putin')).toEqual(['Путиным']);
  });

  it('matches initials with and without spaces, and with the surname first', () => {
    for (const text of ['А.Г. Лукашенко', 'А.Г.Лукашенко', 'А. Г. Лукашенко', 'А. Лукашенко', 'Лукашенко А.Г.']) {
      expect(texts(find(`Заявил ${text} сегодня.`), 'people/lukashenko'), text).toEqual([text.replace(/\.$/, '')]);
    }
  });

  it('does not link a surname preceded by another given name or initial', () => {
    expect(find('Виктор Лукашенко приехал. Потом Лукашенко уехал.')).toEqual([]);
    expect(find('В.А. Лукашенко приехал.')).toEqual([]);
  });

  it('matches full names in oblique cases and English forms', () => {
    expect(texts(find('встреча с Дмитрием Медведевым'), 'people/medvedev')).toEqual(['Дмитрием Медведевым']);
    expect(texts(find('Dmitry Medvedev met Alexander Lukashenko. Medvedev said'), 'people/medvedev')).toEqual([
      'Dmitry Medvedev',
      'Medvedev',
    ]);
  });

  it('links Медведева only when the context says it is Dmitry Medvedev', () => {
    expect(find('Медведева выступила на конференции.')).toEqual([]);
    expect(find('Об этом рассказала Медведеву журналистка.')).toEqual([]);
    expect(texts(find(['Дмитрий Медведев приехал.', 'Слова Медведева запомнили.']), 'people/medvedev')).toEqual([
      'Дмитрий Медведев',
      'Медведева',
    ]);
    expect(texts(find('Медведев приехал.'), 'people/medvedev')).toEqual(['Медведев']);
  });

  it("links a bare surname in an oblique case that is also a woman's surname when nothing around it is feminine", () => {
    expect(texts(find('Путина поддержали депутаты.'), 'people/putin')).toEqual(['Путина']);
    expect(texts(find('Вчера Медведева спросили о бюджете.'), 'people/medvedev')).toEqual(['Медведева']);
    expect(find('Вчера Медведева сказала журналистам.')).toEqual([]);
    expect(find('Известная Медведева приехала.')).toEqual([]);
  });

  it('needs context for a surname shared by two registry people', () => {
    expect(find('Иванов приехал.')).toEqual([]);
    expect(texts(find(['Андрей Иванов приехал.', 'Иванов сказал.']), 'people/ivanov-a')).toEqual([
      'Андрей Иванов',
      'Иванов',
    ]);
  });

  it('matches multi-word names in any grammatical and letter case', () => {
    expect(texts(find('резиденты Парка высоких технологий'), 'organizations/hi-tech-park')).toEqual([
      'Парка высоких технологий',
    ]);
    expect(texts(find('о парке высоких технологий'), 'organizations/hi-tech-park')).toEqual([
      'парке высоких технологий',
    ]);
    expect(texts(find('the Belarusian hi-tech park'), 'organizations/hi-tech-park')).toEqual(['hi-tech park']);
    expect(texts(find('страны Евразийского экономического союза'), 'organizations/eaeu')).toEqual([
      'Евразийского экономического союза',
    ]);
  });

  it('does not join a name across sentence punctuation', () => {
    expect(find('Это парк. Высоких технологий много.')).toEqual([]);
  });

  it('matches acronyms case-sensitively', () => {
    expect(texts(find('резиденты ПВТ и HTP, страны ЕАЭС и EAEU'), 'organizations/hi-tech-park')).toEqual([
      'ПВТ',
      'HTP',
    ]);
    expect(find('пвт, Пвт, htp, еаэс')).toEqual([]);
  });

  it('tokenises Cyrillic without \\b: no match inside longer words', () => {
    expect(find('ПВТшник и ЕАЭСовский')).toEqual([]);
    expect(find('Путинизм')).toEqual([]);
  });

  it('never throws and returns in-bounds offsets for any input', () => {
    const alphabet = fc.constantFrom(
      ...'ПВТ ЕАЭС Путин Лукашенко А.Г. «»"—-., \n Медведева Парк высоких технологий ё́ 𝔸 e\u0301'.split(''),
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.string({ unit: alphabet }), fc.string({ unit: 'grapheme' })), {
          maxLength: 4,
        }),
        (paragraphs) => {
          const mentions = findMentions(paragraphs, unitIndex);
          for (const m of mentions) {
            const text = paragraphs[m.paragraph - 1];
            expect(m.paragraph).toBeGreaterThanOrEqual(1);
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.start).toBeLessThan(m.end);
            expect(text.slice(m.start, m.end)).toBe(m.text);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  // Its time is measured by `npm run bench:hot-paths`.
  it('finds every mention in a long text', () => {
    const paragraph = 'Сергей Румас и А.Г.Лукашенко обсудили работу Парка высоких технологий и ЕАЭС. '.repeat(2000);
    const found = findMentions([paragraph], seedIndex);
    expect(found.length).toBe(8000);
  });
});

describe('organizations renamed over time', () => {
  it('links a period name to its organization, and a name two organizations had in turn by the article’s year', async () => {
    const morphology = await loadMorphology();
    const index = buildAliasIndex(
      [
        testOrganization(
          'mincomsvyaz',
          { ru: 'Министерство связи и массовых коммуникаций', en: 'Ministry of Communications and Mass Media' },
          [],
          [],
          [{ from: 2008, to: 2018, names: { ru: 'Министерство связи' } }],
        ),
        testOrganization(
          'mintsifry',
          { ru: 'Министерство цифрового развития', en: 'Ministry of Digital Development' },
          [],
          [],
          [
            { from: 2018, names: { ru: 'Минцифры' } },
            { from: 2019, names: { ru: 'Министерство связи' } },
          ],
        ),
      ],
      morphology,
    );
    const of = (text: string, year?: number) => findMentions([text], index, year).map((m) => [m.entity, m.text]);
    expect(of('Об этом сообщили в Минцифры.')).toEqual([['organizations/mintsifry', 'Минцифры']]);
    expect(of('Заявление Министерства связи опубликовано.', 2012)).toEqual([
      ['organizations/mincomsvyaz', 'Министерства связи'],
    ]);
    expect(of('Заявление Министерства связи опубликовано.', 2021)).toEqual([
      ['organizations/mintsifry', 'Министерства связи'],
    ]);
    // Without a date the shared name is ambiguous, and a wrong link is worse than none.
    expect(of('Заявление Министерства связи опубликовано.')).toEqual([]);
  });
});

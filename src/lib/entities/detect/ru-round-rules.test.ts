import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { detectNames, type DetectedName } from './index.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const typed = (names: DetectedName[], type: DetectedName['type']) =>
  names.filter((n) => n.type === type).map((n) => [n.text, n.normal]);

describe('a Russian word set in capitals', () => {
  it('reads a dateline city as the place, not as an acronym', () => {
    const names = detectNames(
      ['КАЗАНЬ, 12 марта. Депутаты собрались утром.', 'ВОРОНЕЖ. В городе открыли новый мост.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual([
      ['КАЗАНЬ', 'Казань'],
      ['ВОРОНЕЖ', 'Воронеж'],
    ]);
    expect(typed(names, 'organization')).toEqual([]);
  });

  it('reads a rubric of verbs and conjunctions as no name, and keeps real acronyms', () => {
    const names = detectNames(['Спор продолжился. СМОТРИТЕ ТАКЖЕ: отчёт НАТО и заявление ИГИЛ.'], morphology);
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(['НАТО', 'ИГИЛ']);
  });
});

describe('a surname in the plural', () => {
  it('names a family, not a person', () => {
    const names = detectNames(
      ['Клан Рахимовых растёт.', 'Судьбу братьев Кадыровых обсуждали в Твери.', 'Дело Скрипалей снова обсуждали.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([]);
  });

  it('keeps one person of the same shape', () => {
    const names = detectNames(['Дело Сергея рассмотрят в мае.'], morphology);
    expect(typed(names, 'person')).toEqual([['Сергея', 'Сергей']]);
  });
});

describe('capitalised words after a lower-case noun of place', () => {
  it('reads two words or a hyphenated name as one place', () => {
    const names = detectNames(
      [
        'Рейс вылетел из города Сент Клауд утром.',
        'Она родилась в деревне Бахаур Пура.',
        'Он вырос в посёлке Верх-Нейвинск под Екатеринбургом.',
      ],
      morphology,
    );
    expect(typed(names, 'place').map(([text]) => text)).toEqual([
      'Сент Клауд',
      'Бахаур Пура',
      'Верх-Нейвинск',
      'Екатеринбургом',
    ]);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('stops before a given name and leaves a street named after a person to the person', () => {
    const names = detectNames(
      [
        'Встреча прошла в деревне Ивановка Петра Смирнова.',
        'Он жил на улице Ивана Франко.',
        'В городе Мария Петрова открыла магазин.',
      ],
      morphology,
    );
    expect(typed(names, 'person').map(([text]) => text)).toEqual(['Петра Смирнова', 'Ивана Франко', 'Мария Петрова']);
  });
});

describe('one place, one reading across an article', () => {
  it('makes a lone word read as a person the place the article names', () => {
    const names = detectNames(
      [
        'Колонна вышла из Лахора утром.',
        'Протесты в Лахоре продолжались неделю.',
        'Суд Гужрата отложил дело, колонна вышла из Гужрата.',
      ],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([]);
    expect(typed(names, 'place')).toEqual([
      ['Лахора', 'Лахор'],
      ['Лахоре', 'Лахор'],
      ['Гужрата', 'Гужрат'],
      ['Гужрата', 'Гужрат'],
    ]);
  });

  it('leaves the surname of someone named in full', () => {
    const names = detectNames(['Наото Кан прилетел в Кан.', 'Кан сказал, что рад.'], morphology);
    expect(typed(names, 'place')).toEqual([]);
    expect(typed(names, 'person').at(-1)).toEqual(['Кан', 'Наото Кан']);
  });
});

describe('two ordinary nouns, capitalised, after a title', () => {
  it('are a foreign given name and surname in the title’s case', () => {
    const names = detectNames(
      ['Президент назначил бизнесмена Винсента Лиру советником.', 'Совет возглавил миллиардер Ветер Виола.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([
      ['Винсента Лиру', 'Винсент Лира'],
      ['Ветер Виола', 'Ветер Виола'],
    ]);
  });

  it('leaves one such word, a hyphenated place and a body to the other rules', () => {
    const names = detectNames(
      ['Выступил журналист Мост.', 'Это заявил пресс-секретарь Даунинг-Стрит.', 'Интервью дал директор Музея Кино.'],
      morphology,
    );
    expect(typed(names, 'person').map(([text]) => text)).not.toContain('Даунинг-Стрит');
    expect(typed(names, 'person').map(([text]) => text)).not.toContain('Мост');
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(['Музея Кино']);
  });
});

describe('a Latin-script name after a noun of an award', () => {
  it('is the award, not an organization', () => {
    const names = detectNames(
      ['Она стала лауреатом премии Webby, а фильм выдвинут на награду Golden Globe.', 'Сервис купила компания Yahoo.'],
      morphology,
    );
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(['Yahoo']);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { detectNames, type DetectedName } from './index.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const organizations = (names: DetectedName[]) =>
  names.filter((n) => n.type === 'organization').map((n) => [n.text, n.normal]);

describe('descriptor coreference in Russian', () => {
  it('reads a lone descriptor after a named organization as that organization, in later paragraphs too', () => {
    const names = detectNames(
      [
        'Вчера немецкий концерн «Фольксваген» решил построить завод под Калугой.',
        'Об этом заявил глава концерна, и акции концерна выросли.',
      ],
      morphology,
    );
    const volkswagen = 'Немецкий концерн «Фольксваген»';
    expect(organizations(names)).toEqual([
      ['немецкий концерн «Фольксваген»', volkswagen],
      ['концерна', volkswagen],
      ['концерна', volkswagen],
    ]);
    expect(names.find((n) => n.text === 'концерна')?.confidence).toBe('low');
  });

  it('follows the organization a descriptor introduced last, Latin-script names included', () => {
    const names = detectNames(
      [
        'Владельцы телеканала World Fashion Channel спорят, а компания Hewlett-Packard купила 3Com.',
        'Известно, что телеканал должен 8 млн рублей, а компания выплатит 2,7 млрд долларов.',
      ],
      morphology,
    );
    expect(organizations(names).filter(([text]) => /^\p{Ll}+$/u.test(text))).toEqual([
      ['телеканал', 'World Fashion Channel'],
      ['компания', 'Hewlett-Packard'],
    ]);
  });

  it('never links a plural, a qualified or generic descriptor, one that opens a name, or one with no antecedent', () => {
    const names = detectNames(
      [
        'Банк «Открытие» выдал кредит.',
        'Вчера другие банки отказали, любой банк так бы сделал, но крупнейший банк страны промолчал.',
        'Банк «Траст» тоже отказал, а компания промолчала.',
      ],
      morphology,
    );
    expect(organizations(names)).toEqual([
      ['Открытие', 'Открытие'],
      ['Траст', 'Траст'],
    ]);
  });

  it('points back from a state body named with its country', () => {
    const names = detectNames(
      ['Парламент Норвегии одобрил закон.', 'Через неделю парламент изменил решение, а правительство промолчало.'],
      morphology,
    );
    expect(organizations(names)).toEqual([
      ['Парламент Норвегии', 'Парламент Норвегии'],
      ['парламент', 'Парламент Норвегии'],
    ]);
  });

  it('does not point back from a state body described but not named', () => {
    const names = detectNames(
      ['Конституционный суд переедет в Петербург.', 'Переезд суда обойдётся дорого, а правительство промолчало.'],
      morphology,
    );
    expect(organizations(names)).toEqual([['Конституционный суд', 'Конституционный суд']]);
  });
});

describe('acronyms and original spellings in brackets', () => {
  it('keeps a bracketed acronym of an organization and drops one that shortens a common term', () => {
    const names = detectNames(
      [
        'Медведев поддержал развитие свободного программного обеспечения (СПО), как и Национальный фронт (FN).',
        'Бюро по патентам и товарным знакам (USPTO) выдало патент.',
      ],
      morphology,
    );
    const texts = organizations(names).map(([text]) => text);
    expect(texts).toContain('FN');
    expect(texts).toContain('USPTO');
    expect(texts).not.toContain('СПО');
  });

  it('reads the Latin original of a Cyrillic name as that name, an organization only after one', () => {
    const names = detectNames(
      ['Завод соберёт автомобили «Шкода Октавия» (Skoda Octavia) для компании «Фольксваген» (Volkswagen).'],
      morphology,
    );
    const texts = organizations(names).map(([text]) => text);
    expect(texts).not.toContain('Skoda Octavia');
    expect(texts).toContain('Volkswagen');
  });

  it('reads the space station as a place', () => {
    const names = detectNames(['Экипаж вернулся с борта МКС на Землю.'], morphology);
    expect(names.filter((n) => n.type === 'place').map((n) => n.normal)).toContain('МКС');
    expect(organizations(names)).toEqual([]);
  });
});

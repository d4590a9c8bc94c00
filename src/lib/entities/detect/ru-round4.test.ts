import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { detectNames, type DetectedName } from './index.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const typed = (names: DetectedName[], type: DetectedName['type']) =>
  names.filter((n) => n.type === type).map((n) => [n.text, n.normal]);

describe('a place reading the dictionary ranks under a being', () => {
  it('names no place by itself', () => {
    const names = detectNames(['Вечером Мадонна спела две новые песни.'], morphology);
    expect(typed(names, 'place')).toEqual([]);
  });

  it('still names the place after a preposition of place', () => {
    const names = detectNames(['Музей открыли в Орле, и туда поехал Орлов.'], morphology);
    expect(typed(names, 'place')).toEqual([['Орле', 'Орёл']]);
  });
});

describe('a given name in the locative after в or на', () => {
  it('is no person', () => {
    const names = detectNames(['Фотографию певица выложила в Инстаграме в среду.'], morphology);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('keeps a lone given name in another case after the same preposition', () => {
    const names = detectNames(['Он смотрел на Машу весь вечер.'], morphology);
    expect(typed(names, 'person')).toEqual([['Машу', 'Маша']]);
  });
});

describe("a woman's given name before a surname that does not decline", () => {
  it('is her full name, the surname as written', () => {
    const names = detectNames(['Вышла новая книга Любови Сокол о войне.'], morphology);
    expect(typed(names, 'person')).toEqual([['Любови Сокол', 'Любовь Сокол']]);
  });

  it('is named inside the body she heads, and so is the man after her', () => {
    const names = detectNames(['Следователи пришли в штаб Любови Сокол и Ивана Жданова.'], morphology);
    expect(typed(names, 'person')).toEqual([
      ['Любови Сокол', 'Любовь Сокол'],
      ['Ивана Жданова', 'Иван Жданов'],
    ]);
    expect(typed(names, 'organization')).toEqual([['штаб Любови Сокол', 'Штаб Любови Сокол']]);
  });
});

describe('a place word that is also a given name, after a noun of a being', () => {
  it('opens a foreign full name before a word the dictionary does not know', () => {
    const names = detectNames(['Премию вручили художнице Азии Кастелло.'], morphology);
    expect(typed(names, 'person')).toEqual([['Азии Кастелло', 'Азия Кастелло']]);
    expect(typed(names, 'place')).toEqual([]);
  });

  it('stays a place before a surname in another case or number', () => {
    const names = detectNames(['Чемпионка Азии Сидорова выиграла снова.'], morphology);
    expect(typed(names, 'place')).toEqual([['Азии', 'Азия']]);
  });

  it('is a given name in the case of the surname after it', () => {
    const names = detectNames(['Книга рассказывает о Владимире Петрове.'], morphology);
    expect(typed(names, 'person')).toEqual([['Владимире Петрове', 'Владимир Петров']]);
  });
});

describe('a word only the predictor reads, after a preposition of place', () => {
  it('is a place, in the locative and after из as well', () => {
    const names = detectNames(['Завод построили в Висконойсе.', 'Туристы приехали из Хаксбриджа вчера.'], morphology);
    expect(typed(names, 'place')).toEqual([
      ['Висконойсе', 'Висконойс'],
      ['Хаксбриджа', 'Хаксбридж'],
    ]);
  });

  it('takes the lower-case parts joined to it by hyphens', () => {
    const names = detectNames(['Совещание прошло на Фоксинг-стрит утром.'], morphology);
    expect(typed(names, 'place')).toEqual([['Фоксинг-стрит', 'Фоксинг-стрит']]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { organizationNominative, femaleName } from './be-forms.ts';
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
    expect(femaleName('Ганну', 'Канапацкую')).toBeUndefined();
    expect(femaleName('Вольгу', 'Карачову')).toEqual({ given: 'Вольга', surname: 'Карачова' });
    expect(femaleName('Івана', 'Шылава')).toBeUndefined();
  });
});

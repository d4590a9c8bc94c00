import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { detectNames, nameKey, paragraphLanguage } from './index.ts';
import { cyrillicToLacinka, isLacinka, lacinkaToCyrillic } from './lacinka.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

describe('Łacinka', () => {
  it('tells Łacinka from Polish and English', () => {
    expect(isLacinka('Zaŭtra ŭ Horadni adkryjuć vystavu.')).toBe(true);
    expect(isLacinka('Pasiadžeńnie adbyłosia ŭčora.')).toBe(true);
    expect(isLacinka('Spotkanie odbyło się wczoraj w Białymstoku.')).toBe(false);
    expect(isLacinka('The meeting took place in Minsk.')).toBe(false);
    expect(paragraphLanguage('Zaŭtra ŭ Horadni adkryjuć vystavu.')).toBe('be');
  });

  it('spells Łacinka in Cyrillic and back', () => {
    expect(lacinkaToCyrillic('Śviatłana, Biełaruś, Volha, Jeŭropa, dźviery, Łukašenka').text).toBe(
      'Сьвятлана, Беларусь, Вольга, Еўропа, дзьверы, Лукашэнка',
    );
    expect(cyrillicToLacinka('Ціханоўская')).toBe('Cichanoŭskaja');
    expect(cyrillicToLacinka('Вацлаў Гавел')).toBe('Vacłaŭ Havieł');
  });

  it('finds names in a Łacinka paragraph at their places, in the nominative, keyed like the Cyrillic spelling', () => {
    const text = 'Učora ŭ Hrodnie Alaksandra Łukašenku spytali pra Mienskuju vobłaść i pra ZŠA.';
    const names = detectNames([text], morphology);
    expect(names.map((n) => [n.type, n.text, n.normal])).toEqual([
      ['place', 'Hrodnie', 'Hrodna'],
      ['person', 'Alaksandra Łukašenku', 'Alaksandr Łukašenka'],
      ['place', 'Mienskuju vobłaść', 'Mienskaja vobłaść'],
      ['place', 'ZŠA', 'ZŠA'],
    ]);
    expect(names.every((n) => text.slice(n.start, n.end) === n.text)).toBe(true);
    expect(names[1].key).toBe(nameKey('Аляксандр Лукашэнка'));
  });

  it('reads organizations in Łacinka as in Cyrillic: declined phrases, media, fronts, a council of an acronym', () => {
    const names = detectNames(
      [
        'Karespandentka «Našaj Nivy» pracavała z telekanałam Biełsat, a kałumnistam «Biełsata» byŭ jaje kaleha.',
        'Siabry Biełaruskaha narodnaha frontu i Rady BNR vystupili ŭ efiry Radyjo Svaboda.',
      ],
      morphology,
    );
    expect(names.filter((n) => n.type === 'organization').map((n) => [n.text, n.normal])).toEqual([
      ['Našaj Nivy', 'Naša Niva'],
      ['Biełsat', 'Biełsat'],
      ['Biełsata', 'Biełsat'],
      ['Biełaruskaha narodnaha frontu', 'Biełaruski narodny front'],
      ['Rady BNR', 'Rada BNR'],
      ['Radyjo Svaboda', 'Radyjo Svaboda'],
    ]);
    expect(names.filter((n) => n.type === 'person')).toEqual([]);
  });
});

describe('Łacinka and taraškievica heads', () => {
  it('reads heads spelt with `э` for `е` and the old spelling of a union, parliament and university', () => {
    const names = detectNames(
      [
        'Jon vykładaŭ u Jeŭrapiejskim humanitarnym univiersytecie, a sankcyi ŭviaŭ Jeŭrapiejski Źviaz.',
        'Za heta hałasavaŭ Jeŭraparlament, paviedamlaje Jeŭraradyjo.',
        'Эўрапейскі Зьвяз увёў санкцыі, паведаміў Эўрапейскі парлямэнт.',
      ],
      morphology,
    );
    expect(names.filter((n) => n.type === 'organization').map((n) => [n.text, n.normal])).toEqual([
      ['Jeŭrapiejskim humanitarnym univiersytecie', 'Jeŭrapiejski humanitarny univiersytet'],
      ['Jeŭrapiejski Źviaz', 'Jeŭrapiejski Źviaz'],
      ['Jeŭraparlament', 'Jeŭraparlament'],
      ['Jeŭraradyjo', 'Jeŭraradyjo'],
      ['Эўрапейскі Зьвяз', 'Эўрапейскі Зьвяз'],
      ['Эўрапейскі парлямэнт', 'Эўрапейскі парлямэнт'],
    ]);
  });
});

describe('Łacinka without `ŭ`', () => {
  it('reads short lines with `ł` and `v`, or `š` and a Belarusian ending, as Łacinka, and Croatian, Czech, Polish not', () => {
    expect(paragraphLanguage('Zatrymany vialiki aktyvist Michał Kavalenka')).toBe('be');
    expect(isLacinka('Redakcyja «Našaj Hazety»')).toBe(true);
    expect(isLacinka('Spotkanie odbyło się w Lublinie')).toBe(false);
    expect(isLacinka('Ministar je rekao da će Hrvatska ostati.')).toBe(false);
    expect(isLacinka('Mluvčí řekl, že vláda zasedne.')).toBe(false);
    expect(isLacinka('The Cabinet met in Bratislava on Tuesday.')).toBe(false);
    const names = detectNames(['Redakcyja «Našaj Hazety»'], morphology);
    expect(names.map((n) => [n.type, n.text, n.normal])).toEqual([['organization', 'Našaj Hazety', 'Naša Hazeta']]);
  });

  it('puts a woman’s genitive given name and a surname of the `-a` declension in the nominative', () => {
    const names = detectNames(['Ŭspaminy pra Hannu i vieršy Hanny Čajki čytali ŭ škole.'], morphology);
    expect(names.filter((n) => n.type === 'person').map((n) => [n.text, n.normal])).toContainEqual([
      'Hanny Čajki',
      'Hanna Čajka',
    ]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { detectNames, type DetectedName } from './index.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const organizations = (names: DetectedName[]) =>
  names.filter((n) => n.type === 'organization').map((n) => [n.text, n.normal]);

describe('detectRussian: organizations named by a title', () => {
  it('reads a capitalised adjective with a media noun inside a sentence as a title', () => {
    const names = detectNames(
      ['Об этом он рассказал в интервью Частному корреспонденту, а вечером выступил в эфире Первого канала.'],
      morphology,
    );
    expect(organizations(names)).toEqual([
      ['Частному корреспонденту', 'Частный корреспондент'],
      ['Первого канала', 'Первый канал'],
    ]);
  });

  it('reads no title in a canal with a place adjective, nor in a lower-case adjective', () => {
    const names = detectNames(
      ['Баржи шли по Беломорскому каналу. Наш корреспондент смотрел новый журнал.'],
      morphology,
    );
    expect(organizations(names)).toEqual([]);
  });

  it('reads the Internet with a capital as an organization, not inside a compound word', () => {
    const names = detectNames(
      ['Статьи он публикует в Интернете и в Сети вообще. Интернет-трансляция начнётся в полдень.'],
      morphology,
    );
    expect(organizations(names)).toEqual([
      ['Интернете', 'Интернет'],
      ['Сети', 'Сеть'],
    ]);
  });

  it('reads `Сеть` before another noun as no Internet', () => {
    const names = detectNames(['Он возглавил Сеть магазинов у дома.'], morphology);
    expect(organizations(names)).toEqual([]);
  });
});

describe('detectRussian: hyphenated adjectives before a head', () => {
  it('keeps a hyphenated adjective inside a body’s name, in the nominative', () => {
    const names = detectNames(
      ['Бывший глава Русской винно-водочной компании подал иск к Северо-западной торговой палате.'],
      morphology,
    );
    expect(organizations(names)).toEqual([
      ['Русской винно-водочной компании', 'Русская винно-водочная компания'],
      ['Северо-западной торговой палате', 'Северо-западная торговая палата'],
    ]);
  });
});

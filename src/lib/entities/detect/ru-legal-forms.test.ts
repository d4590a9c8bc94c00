import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { detectNames, type DetectedName } from './index.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const typed = (names: DetectedName[], type: DetectedName['type']) =>
  names.filter((n) => n.type === type).map((n) => n.text);

describe('a foreign company named with its legal form', () => {
  it('reads the words before the form and the form as one organization, not a person', () => {
    const names = detectNames(
      [
        'Кредит получила Альфа Бета 3 Финанс Б.В., сообщили в банке.',
        'Соглашение подписали Вестерхольм Энерджи ГмбХ и Сигма Кэпитал Лтд.',
        'Компания Омега Глобал Холдингс Лтд открыла офис, а Ситроникс Инк. закрыла свой.',
        'Партнёром стала Orion Grid AG.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      'Альфа Бета 3 Финанс Б.В.',
      'Вестерхольм Энерджи ГмбХ',
      'Сигма Кэпитал Лтд',
      'Омега Глобал Холдингс Лтд',
      'Ситроникс Инк',
      'Orion Grid AG',
    ]);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('keeps a surname with initials that look like a legal form', () => {
    const names = detectNames(['В комиссию вошли Петров Б.В. и Смирнова С.А.'], morphology);
    expect(typed(names, 'organization')).toEqual([]);
    expect(typed(names, 'person')).toEqual(['Петров Б.В', 'Смирнова С.А']);
  });
});

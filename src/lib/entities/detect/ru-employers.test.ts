import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { detectNames, type DetectedName } from './index.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const typed = (names: DetectedName[], type: DetectedName['type']) =>
  names.filter((n) => n.type === type).map((n) => [n.text, n.normal]);

describe('an organization between a title and a full name', () => {
  it('reads the genitive word after a title and before a full name as the employer, the name as the person', () => {
    const names = detectNames(
      [
        'Гол забил нападающий Зенита Иван Сидоров.',
        'Вчера в Бейруте выступил глава Хезболлы Хасан Насралла.',
        'Об этом сказал тренер Спартака Валерий Карпин.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Зенита', 'Зенит'],
      ['Хезболлы', 'Хезболла'],
      ['Спартака', 'Спартак'],
    ]);
    expect(typed(names, 'person')).toEqual([
      ['Иван Сидоров', 'Иван Сидоров'],
      ['Хасан Насралла', 'Хасан Насралла'],
      ['Валерий Карпин', 'Валерий Карпин'],
    ]);
  });

  it('keeps a hyphenated foreign name whole', () => {
    const names = detectNames(['Тогда выступил лидер Аль-Шабааб Ахмед Годане.'], morphology);
    expect(typed(names, 'organization').map(([text]) => text)).toEqual(['Аль-Шабааб']);
  });

  it('leaves a region, a ministry tail, a double given name and a lone surname alone', () => {
    const names = detectNames(
      [
        'Команду поздравил президент Татарстана Минтимер Шаймиев.',
        'С речью выступил министр финансов Алексей Кудрин, потом господин Жан Клод Юнкер.',
        'Сказал тренер Петрова Иван, но никто его не услышал.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([]);
    expect(typed(names, 'place')).toEqual([['Татарстана', 'Татарстан']]);
  });

  it('reads a word the dictionary knows as no name or place after a noun for a body’s people as that body', () => {
    const names = detectNames(
      [
        'Вчера волонтёры Гринпис провели акцию, а боевики Хамаса обстреляли город.',
        'Эксперты Сбербанка ждут роста.',
        'Представитель Джеффри Смит и члены Совета Федерации промолчали.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Гринпис', 'Гринпис'],
      ['Хамаса', 'Хамас'],
      ['Сбербанка', 'Сбербанк'],
      ['Совета Федерации', 'Совет Федерации'],
    ]);
    expect(typed(names, 'person')).toEqual([['Джеффри Смит', 'Джеффри Смит']]);
  });
});

import Cite from 'citation-js';
import { describe, expect, it } from 'vitest';
import { renderCslJson, toCslItem } from './csl-json.ts';
import {
  beltaEnglish,
  fixtureSha,
  mptPopkov,
  rgMedvedev,
  twoAuthors,
  zerkaloSupplied,
} from './__fixtures__/records.ts';

describe('renderCslJson', () => {
  it('1: item with truncated, circa-flagged date; URL is the archived copy, the unknown original is stated', () => {
    expect(JSON.parse(renderCslJson(rgMedvedev))).toEqual([
      {
        id: '000_132f9a9ed851b9fb',
        type: 'article-newspaper',
        title: 'Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации',
        'container-title': 'Российская газета',
        issued: { 'date-parts': [[2019, 10]], circa: true },
        accessed: { 'date-parts': [[2026, 11, 25]] },
        URL: 'https://example.org/letopis/articles/2019/dmitrij-medvedev-pokazal-belorusskomu-kollege-sergeyu-rumasu-innovacii/',
        archive: 'Летопись',
        archive_location: '000_132f9a9ed851b9fb',
        language: 'ru',
        note: `Original publication: address unknown. Archived copy: Летопись, captured 2026-03-12, SHA-256 ${fixtureSha}. Publication date inferred, not stated by the outlet.`,
      },
    ]);
  });

  it('stable, pretty output with a fixed key order', () => {
    const text = renderCslJson(mptPopkov);
    expect(text).toBe(renderCslJson({ ...mptPopkov }));
    expect(
      text.startsWith('[\n  {\n    "id": "003_2cb9f62ff88959b4",\n    "type": "article-newspaper",\n    "title": '),
    ).toBe(true);
    expect(Object.keys(toCslItem(twoAuthors))).toEqual([
      'id',
      'type',
      'title',
      'author',
      'container-title',
      'issued',
      'accessed',
      'URL',
      'archive',
      'archive_location',
      'language',
      'note',
    ]);
    expect(toCslItem(mptPopkov).issued).toEqual({ 'date-parts': [[2017]] });
    expect(toCslItem(mptPopkov).URL).toBe(mptPopkov.archive.permalink);
    expect(toCslItem(mptPopkov).note).toContain(
      'Original publication: https://www.mpt.gov.by/ru/news/29-06-2017-4237.',
    );
    expect(toCslItem(twoAuthors).author).toEqual([
      { family: 'Петров', given: 'Иван' },
      { family: 'Сидорова', given: 'Анна Викторовна' },
    ]);
    expect(text.endsWith('}\n]\n')).toBe(true);
  });

  it.each([rgMedvedev, zerkaloSupplied, beltaEnglish, mptPopkov, twoAuthors])(
    'round-trips through citation-js with the same title ($id)',
    (record) => {
      const json = JSON.parse(renderCslJson(record)) as unknown[];
      const cite = new Cite(json);
      expect(cite.data).toHaveLength(1);
      expect(cite.data[0]?.title).toBe(toCslItem(record).title);
      expect(cite.data[0]?.type).toBe('article-newspaper');
    },
  );
});

import Cite from 'citation-js';
import { describe, expect, it } from 'vitest';
import { bibtexKey, escapeLatex, renderBibtex } from './bibtex.ts';
import { beltaEnglish, fixtureSha, rgMedvedev, twoAuthors, zerkaloSupplied } from './__fixtures__/records.ts';
import type { CitationRecord } from './types.ts';

describe('renderBibtex (biblatex @online)', () => {
  it('1: no author, inferred month with EDTF "?", the archived copy as url, the original stated unknown', () => {
    expect(renderBibtex(rgMedvedev)).toBe(
      [
        '@online{rossiyskaya2019-132f9a9e,',
        '  title = {Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации},',
        '  date = {2019-10?},',
        '  organization = {Российская газета},',
        '  url = {https://example.org/letopis/articles/2019/dmitrij-medvedev-pokazal-belorusskomu-kollege-sergeyu-rumasu-innovacii/},',
        '  urldate = {2026-11-25},',
        '  langid = {russian},',
        `  note = {Original publication: address unknown. Archived copy: Летопись, captured 2026-03-12, SHA-256 ${fixtureSha}. Publication date inferred, not stated by the outlet.},`,
        '}',
        '',
      ].join('\n'),
    );
  });

  it('5: two authors, stated day: url is the archived copy, the original is the labelled note', () => {
    expect(renderBibtex(twoAuthors)).toBe(
      [
        '@online{petrov2024-43449519,',
        '  author = {Петров, Иван and Сидорова, Анна Викторовна},',
        '  title = {Белорусские IT-компании уходят в Россию?},',
        '  date = {2024-03-05},',
        '  organization = {Зеркало},',
        '  url = {https://example.org/letopis/articles/2024/belorusskie-it-kompanii-uhodyat-v-rossiyu/},',
        '  urldate = {2026-11-25},',
        '  langid = {russian},',
        `  note = {Original publication: https://news.zerkalo.io/economics/61234.html. Archived copy: Летопись, captured 2024-03-06, SHA-256 ${fixtureSha}.},`,
        '}',
        '',
      ].join('\n'),
    );
  });

  it('keys are deterministic: author, else outlet word, else "anon"; year or "nd"; capture hash', () => {
    expect(bibtexKey(zerkaloSupplied)).toBe('zerkalo2025-87d8696d');
    expect(bibtexKey(beltaEnglish)).toBe('belarus2017-6588c6f2');
    expect(bibtexKey({ ...beltaEnglish, outlet: undefined, published: undefined })).toBe('anonnd-6588c6f2');
    expect(bibtexKey(rgMedvedev)).toBe(bibtexKey({ ...rgMedvedev }));
  });

  it('supplied title keeps its brackets; English langid', () => {
    expect(renderBibtex(zerkaloSupplied)).toContain('  title = {[Лукашенко о сотрудничестве с Россией в IT-сфере]},\n');
    expect(renderBibtex(beltaEnglish)).toContain('  langid = {english},\n');
  });

  it('escapes the LaTeX specials & % $ # _ { } ~ ^ \\', () => {
    expect(escapeLatex('Profit & Loss: 50% of $5 #1 a_b {x} ~y ^z \\n')).toBe(
      'Profit \\& Loss: 50\\% of \\$5 \\#1 a\\_b \\textbraceleft{}x\\textbraceright{} \\textasciitilde{}y \\textasciicircum{}z \\textbackslash{}n',
    );
    expect(escapeLatex('Кириллица «как есть»')).toBe('Кириллица «как есть»');
  });

  it('escaped fields and corporate authors survive a parse by citation-js', () => {
    const record: CitationRecord = {
      ...twoAuthors,
      title: 'R&D: 50% $ #1 a_b {unbalanced ~ ^ \\ «ёлки»',
      authors: ['Иван Петров', 'БелТА'],
      outlet: 'AT&T_News',
      archive: { ...twoAuthors.archive, permalink: 'https://example.com/a_b%20c?x={1}#frag' },
    };
    const bib = renderBibtex(record);
    expect(bib).toContain('  author = {Петров, Иван and {БелТА}},\n');
    expect(bib).toContain('  url = {https://example.com/a_b%20c?x=%7B1%7D#frag},\n');
    const [item] = new Cite(bib).data;
    expect(item?.title).toBe(record.title);
    expect(item?.author).toEqual([{ family: 'Петров', given: 'Иван' }, { family: 'БелТА' }]);
    expect(item?.URL).toBe('https://example.com/a_b%20c?x=%7B1%7D#frag');
  });
});

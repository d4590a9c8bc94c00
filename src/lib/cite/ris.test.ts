import Cite from 'citation-js';
import { describe, expect, it } from 'vitest';
import { renderRis } from './ris.ts';
import { beltaEnglish, fixtureSha, twoAuthors, zerkaloSupplied } from './__fixtures__/records.ts';

describe('renderRis', () => {
  it('3: English, inferred month, source unknown — CR LF lines, ends with "ER  - "', () => {
    expect(renderRis(beltaEnglish)).toBe(
      [
        'TY  - NEWS',
        'TI  - President promises to turn Belarus into IT land',
        'T2  - Belarus News (BelTA)',
        'PY  - 2017',
        'DA  - 2017/06//inferred',
        'UR  - https://example.org/letopis/articles/2017/president-promises-to-turn-belarus-into-it-land/',
        'Y2  - 2026/11/25',
        'LA  - en',
        'DB  - Letopis',
        'AN  - 002_6588c6f232f113de',
        'N1  - Original publication: address unknown',
        `N1  - Archived copy: Letopis, captured 2026-03-12, SHA-256 ${fixtureSha}`,
        'N1  - Publication date inferred, not stated by the outlet.',
        'ER  - ',
      ].join('\r\n'),
    );
  });

  it('5: authors one per AU line, the archived copy in UR, the original in a labelled note', () => {
    const ris = renderRis(twoAuthors);
    expect(ris).toContain('\r\nAU  - Петров, Иван\r\nAU  - Сидорова, Анна Викторовна\r\n');
    expect(ris).toContain('\r\nDA  - 2024/03/05/\r\n');
    expect(ris).toContain(
      '\r\nUR  - https://example.org/letopis/articles/2024/belorusskie-it-kompanii-uhodyat-v-rossiyu/\r\n',
    );
    expect(ris).toContain('\r\nN1  - Original publication: https://news.zerkalo.io/economics/61234.html\r\n');
    expect(ris).not.toContain('L2  - ');
    expect(ris.endsWith('\r\nER  - ')).toBe(true);
  });

  it('gives the editor’s English translation of the title as TT, after TI', () => {
    const lines = renderRis({ ...zerkaloSupplied, titleTranslated: 'Lukashenko on IT' }).split('\r\n');
    expect(lines.slice(1, 3)).toEqual([
      'TI  - [Лукашенко о сотрудничестве с Россией в IT-сфере]',
      'TT  - Lukashenko on IT',
    ]);
  });

  it('supplied title bracketed and noted', () => {
    const ris = renderRis(zerkaloSupplied);
    expect(ris).toContain('\r\nTI  - [Лукашенко о сотрудничестве с Россией в IT-сфере]\r\n');
    expect(ris).toContain('\r\nN1  - Title supplied by the archive.\r\n');
    expect(ris.endsWith('ER  - ')).toBe(true);
  });

  it('every line is a tag line; citation-js reads title, reporters, outlet and year back', () => {
    const ris = renderRis(twoAuthors);
    for (const line of ris.split('\r\n')) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    const [item] = new Cite(ris).data;
    expect(item?.title).toBe(twoAuthors.title);
    // The RIS spec labels AU of a NEWS record "Reporter"; citation-js follows it (Zotero reads them as authors).
    expect(item?.reporter).toEqual(['Петров, Иван', 'Сидорова, Анна Викторовна']);
    expect(item?.['container-title']).toBe('Зеркало');
    expect(item?.issued).toEqual({ 'date-parts': [[2024]] });
  });
});

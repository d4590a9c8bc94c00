import Cite from 'citation-js';
import { describe, expect, it } from 'vitest';
import { apaAuthors, renderApa, renderApaHtml } from './apa.ts';
import { parseAuthors } from './names.ts';
import { beltaEnglish, mptPopkov, rgMedvedev, twoAuthors, zerkaloSupplied } from './__fixtures__/records.ts';
import type { CitationRecord } from './types.ts';

describe('renderApa (APA 7, news website article, archived copy)', () => {
  it('1: no author → title first, inferred month marked ca.', () => {
    expect(renderApa(rgMedvedev)).toBe(
      'Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации. (ca. 2019, October). Российская газета. Летопись. https://example.org/letopis/articles/2019/dmitrij-medvedev-pokazal-belorusskomu-kollege-sergeyu-rumasu-innovacii/',
    );
    expect(renderApaHtml(rgMedvedev)).toBe(
      '<i>Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации</i>. (ca. 2019, October). Российская газета. Летопись. https://example.org/letopis/articles/2019/dmitrij-medvedev-pokazal-belorusskomu-kollege-sergeyu-rumasu-innovacii/',
    );
  });

  it('2: supplied title is a bracketed description, not italic', () => {
    expect(renderApa(zerkaloSupplied)).toBe(
      '[Лукашенко о сотрудничестве с Россией в IT-сфере]. (ca. 2025, May 12). Зеркало. Летопись. https://example.org/letopis/articles/2025/lukashenko-o-sotrudnichestve-s-rossiej-v-it-sfere/',
    );
    expect(renderApaHtml(zerkaloSupplied)).toBe(
      '[Лукашенко о сотрудничестве с Россией в IT-сфере]. (ca. 2025, May 12). Зеркало. Летопись. https://example.org/letopis/articles/2025/lukashenko-o-sotrudnichestve-s-rossiej-v-it-sfere/',
    );
  });

  it('gives the editor’s English translation of a title in square brackets after it (APA 7, 9.38)', () => {
    const translated = { ...rgMedvedev, titleTranslated: 'Dmitry Medvedev showed innovations' };
    expect(renderApaHtml(translated)).toMatch(
      /^<i>Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации<\/i> \[Dmitry Medvedev showed innovations\]\. \(ca\. 2019, October\)\./u,
    );
    expect(renderApa({ ...zerkaloSupplied, titleTranslated: 'Lukashenko on IT' })).toMatch(
      /^\[Лукашенко о сотрудничестве с Россией в IT-сфере\] \[Lukashenko on IT\]\. \(ca\./u,
    );
  });

  it('3: English, inferred month', () => {
    expect(renderApa(beltaEnglish)).toBe(
      'President promises to turn Belarus into IT land. (ca. 2017, June). Belarus News (BelTA). Letopis. https://example.org/letopis/articles/2017/president-promises-to-turn-belarus-into-it-land/',
    );
  });

  it('4: stated year; the URL is the permalink of the archived copy', () => {
    expect(renderApa(mptPopkov)).toBe(
      'Министр Сергей Попков выступил на Четвертом форуме регионов России и Беларуси. (2017). Министерство связи и информатизации Республики Беларусь. Летопись. https://example.org/letopis/articles/2017/ministr-sergej-popkov-vystupil-na-chetvertom-forume/',
    );
  });

  it('5: two authors joined with ", &"; no full stop after a title ending in "?"', () => {
    expect(renderApa(twoAuthors)).toBe(
      'Петров, И., & Сидорова, А. В. (2024, March 5). Белорусские IT-компании уходят в Россию? Зеркало. Летопись. https://example.org/letopis/articles/2024/belorusskie-it-kompanii-uhodyat-v-rossiyu/',
    );
    expect(renderApaHtml(twoAuthors)).toBe(
      'Петров, И., &amp; Сидорова, А. В. (2024, March 5). <i>Белорусские IT-компании уходят в Россию?</i> Зеркало. Летопись. https://example.org/letopis/articles/2024/belorusskie-it-kompanii-uhodyat-v-rossiyu/',
    );
  });

  it('no date → (n.d.)', () => {
    expect(renderApa({ ...beltaEnglish, published: undefined })).toBe(
      'President promises to turn Belarus into IT land. (n.d.). Belarus News (BelTA). Letopis. https://example.org/letopis/articles/2017/president-promises-to-turn-belarus-into-it-land/',
    );
  });

  it('HTML variant escapes every value', () => {
    const record: CitationRecord = {
      ...beltaEnglish,
      title: '<script>alert("x")</script> & <i>co</i>',
      authors: ["O'Brien, Pat"],
      outlet: 'A<b>',
    };
    const html = renderApaHtml(record);
    expect(html).toBe(
      'O&#39;Brien, P. (ca. 2017, June). <i>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;i&gt;co&lt;/i&gt;</i>. A&lt;b&gt;. Letopis. https://example.org/letopis/articles/2017/president-promises-to-turn-belarus-into-it-land/',
    );
    expect(renderApa(record)).toBe(
      'O\'Brien, P. (ca. 2017, June). <script>alert("x")</script> & <i>co</i>. A<b>. Letopis. https://example.org/letopis/articles/2017/president-promises-to-turn-belarus-into-it-land/',
    );
  });

  it('author lists: 3 names; 21+ names as first 19, ellipsis, last', () => {
    expect(apaAuthors(parseAuthors(['Anna Bell', 'Carl Dunn', 'Eva Ford']))).toBe('Bell, A., Dunn, C., & Ford, E.');
    const many = Array.from({ length: 22 }, (_, i) => `Given${i} Family${i}`);
    const out = apaAuthors(parseAuthors(many));
    expect(out.startsWith('Family0, G., Family1, G.,')).toBe(true);
    expect(out.endsWith('Family18, G., . . . Family21, G.')).toBe(true);
  });

  it('agrees with citeproc-js (bundled APA CSL) on author, date and title', () => {
    const record: CitationRecord = {
      ...beltaEnglish,
      authors: ['John A. Smith', 'Jane Doe'],
      published: { value: '2017-06-03', precision: 'day', evidence: 'stated' },
    };
    const csl = [
      {
        id: 'x',
        type: 'webpage',
        title: record.title,
        author: [
          { family: 'Smith', given: 'John A.' },
          { family: 'Doe', given: 'Jane' },
        ],
        'container-title': record.outlet,
        issued: { 'date-parts': [[2017, 6, 3]] },
        URL: record.archive.permalink,
      },
    ];
    const citeproc = new Cite(csl).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
    const head = 'Smith, J. A., & Doe, J. (2017, June 3). President promises to turn Belarus into IT land.';
    expect(citeproc.startsWith(head)).toBe(true);
    expect(renderApa(record).startsWith(head)).toBe(true);

    const circa = new Cite([
      { ...csl[0], author: undefined, issued: { 'date-parts': [[2017, 6]], circa: true } },
    ]).format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' });
    expect(circa).toContain('<i>President promises to turn Belarus into IT land</i>. (ca. 2017, June).');
    expect(renderApaHtml(beltaEnglish)).toContain(
      '<i>President promises to turn Belarus into IT land</i>. (ca. 2017, June).',
    );
  });
});

/**
 * What a reference manager records from the citation files: each file (article and paragraph) is imported with
 * citation-js (the parsers Zotero-like tools share: BibLaTeX, RIS, CSL-JSON) and rendered through citeproc in APA
 * and in a ГОСТ-like style written here. What was accessed — the URL printed with the access date — must be the
 * archive's permanent copy; the original publication's address travels as a labelled note, never as the URL.
 */
import Cite from 'citation-js';
import { describe, expect, it } from 'vitest';
import { formats, paragraphRecord, renderParagraph } from './index.ts';
import { mptPopkov, twoAuthors } from './__fixtures__/records.ts';
import type { CitationRecord } from './types.ts';

/** A small ГОСТ Р 7.0.100-like CSL style (ours): "Title / Authors // Outlet. – Year. – URL: … (дата обращения: …)." */
const gostLike = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>GOST-like (letopis tests)</title><id>letopis-gost-like</id><updated>2026-12-02T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <layout suffix=".">
      <text variable="title"/>
      <names variable="author reporter" prefix=" / "><name initialize-with=". " delimiter=", "/></names>
      <text variable="container-title" prefix=" // "/>
      <date variable="issued" prefix=". – "><date-part name="year"/></date>
      <text variable="URL" prefix=". – URL: "/>
      <date variable="accessed" prefix=" (дата обращения: " suffix=")">
        <date-part name="day" form="numeric-leading-zeros" suffix="."/>
        <date-part name="month" form="numeric-leading-zeros" suffix="."/>
        <date-part name="year"/>
      </date>
    </layout>
  </bibliography>
</style>`;
Cite.plugins.config.get('@csl').templates.add('letopis-gost-like', gostLike);

const fileFormats = formats.filter((f) => f.fileExtension);
const render = (cite: Cite, template: string) =>
  cite.format('bibliography', { format: 'text', template, lang: 'en-US' }).trim();

describe.each([twoAuthors, mptPopkov])('citation files of $id imported by citation-js', (record: CitationRecord) => {
  const source = record.sourceUrl!;
  describe.each(fileFormats.map((f) => [f.id, f] as const))('%s', (_id, format) => {
    it('records the archive’s copy as the URL, with the access date, and the original as a labelled note', () => {
      const [item] = new Cite(format.render(record)).data;
      expect(item?.URL).toBe(record.archive.permalink);
      expect(item?.accessed).toEqual({ 'date-parts': [record.accessed!.split('-').map(Number)] });
      expect(JSON.stringify(item?.note)).toContain(`Original publication: ${source}`);
    });

    it('renders in APA and ГОСТ with the archive’s address and the reader’s access date, not the original’s', () => {
      const cite = new Cite(format.render(record));
      const apa = render(cite, 'apa');
      const gost = render(cite, 'letopis-gost-like');
      expect(apa).toContain(record.archive.permalink);
      expect(gost).toContain(`URL: ${record.archive.permalink} (дата обращения: 25.11.2026)`);
      for (const out of [apa, gost]) expect(out).not.toContain(source);
    });

    it('imports a record without an access date (as built without a capture day) with none, the copy still its URL', () => {
      const { accessed: _accessed, ...undated } = record;
      const cite = new Cite(format.render(undated));
      expect(cite.data[0]?.URL).toBe(record.archive.permalink);
      expect(cite.data[0]?.accessed).toBeUndefined();
      expect(render(cite, 'letopis-gost-like')).toContain(`URL: ${record.archive.permalink}`);
      expect(render(cite, 'letopis-gost-like')).not.toContain('дата обращения');
    });

    it('cites a paragraph with its #p-N address and the paragraph as locator', () => {
      const paragraph = renderParagraph(format, record, { n: 3, text: 'Третий абзац.' });
      expect(paragraph).toBe(format.render(paragraphRecord(record, 3)));
      const [item] = new Cite(paragraph).data;
      expect(item?.URL).toBe(`${record.archive.permalink}#p-3`);
      expect(JSON.stringify(item?.note)).toContain('Paragraph 3.');
      expect(render(new Cite(paragraph), 'letopis-gost-like')).toContain(
        `URL: ${record.archive.permalink}#p-3 (дата обращения: 25.11.2026)`,
      );
    });
  });
});

describe('paragraph citations in the formats read by people', () => {
  const gost = formats.find((f) => f.id === 'gost')!;
  const apa = formats.find((f) => f.id === 'apa')!;
  it('ГОСТ keeps the source’s quotes, names the original with its own access date and the copy with the reader’s', () => {
    const text = renderParagraph(gost, twoAuthors, { n: 2, text: 'Он назвал это "IT-страной".' });
    expect(text.startsWith('«Он назвал это "IT-страной".» — ')).toBe(true);
    expect(text).toContain(
      'Абз. 2. URL: https://news.zerkalo.io/economics/61234.html (дата обращения: 06.03.2024). Копия: Летопись. URL: ',
    );
    expect(text).toContain('#p-2 (дата обращения: 25.11.2026).');
  });
  it('APA gives the in-text citation with "para." and the reference to the paragraph’s address', () => {
    expect(renderParagraph(apa, twoAuthors, { n: 2, text: '…' })).toBe(
      `(Петров & Сидорова, 2024, para. 2)\nПетров, И., & Сидорова, А. В. (2024, March 5). Белорусские IT-компании уходят в Россию? Зеркало. Летопись. ${twoAuthors.archive.permalink}#p-2`,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { rgMedvedev } from './__fixtures__/records.ts';
import { citationFiles, CitationFilesError, recordIn } from './citation-files.ts';
import { renderBibtex } from './bibtex.ts';

describe('citation files from an article page', () => {
  it('names a .bib, .ris and .json file by the capture id', () => {
    const files = citationFiles(rgMedvedev);
    expect([...files.keys()]).toEqual(['bib', 'ris', 'json'].map((ext) => `${rgMedvedev.id}.${ext}`));
    expect(files.get(`${rgMedvedev.id}.bib`)).toBe(renderBibtex(rgMedvedev));
  });

  it('stops the build, naming the page, when a record is not valid JSON', () => {
    expect(recordIn('<p>no record</p>', 'list.html')).toBeUndefined();
    const broken = '<script type="application/json" id="citation-record">{"id": </script>';
    expect(() => recordIn(broken, 'articles/x/index.html')).toThrow(CitationFilesError);
    expect(() => recordIn(broken, 'articles/x/index.html')).toThrow(/articles\/x\/index\.html: its citation record/u);
  });
});

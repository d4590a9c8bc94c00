import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp.ts';
import { rgMedvedev, zerkaloSupplied } from '../lib/cite/__fixtures__/records.ts';
import { renderBibtex } from '../lib/cite/bibtex.ts';
import type { CitationRecord } from '../lib/cite/types.ts';
import { writeCitationFiles } from './citations.ts';

/** An article page as CitePanel.astro writes its record (with `<` escaped, as in the page). */
const page = (record: CitationRecord) =>
  `<!doctype html><title>x</title><script type="application/json" id="citation-record">${JSON.stringify(record).replaceAll('<', '\\u003c')}</script>`;

/** An output folder with two article pages, a list page and an English copy. */
function builtSite() {
  const outDir = join(tempDir('citations-'), 'dist');
  const pages: Record<string, string> = {
    'articles/2019/a/index.html': page({ ...rgMedvedev, title: 'Title with <angle> brackets' }),
    'articles/2025/b/index.html': page(zerkaloSupplied),
    'articles/2019/index.html': '<!doctype html><title>2019</title>',
    'en/articles/2019/a/index.html': page({ ...rgMedvedev, id: 'never-read' }),
  };
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(outDir, file, '..'), { recursive: true });
    writeFileSync(join(outDir, file), html);
  }
  return outDir;
}

describe('citation files', () => {
  it('writes the .bib, .ris and .json of every article page from the record it carries', () => {
    const outDir = builtSite();
    const { files, written } = writeCitationFiles(outDir);
    const names = ['bib', 'ris', 'json']
      .flatMap((ext) => [`${rgMedvedev.id}.${ext}`, `${zerkaloSupplied.id}.${ext}`])
      .sort();
    expect(readdirSync(join(outDir, 'citations')).sort()).toEqual(names);
    expect(files.map((file) => file.slice(outDir.length + '/citations/'.length)).sort()).toEqual(names);
    expect(written).toBe(6);
    const bib = readFileSync(join(outDir, 'citations', `${rgMedvedev.id}.bib`), 'utf8');
    expect(bib).toBe(renderBibtex({ ...rgMedvedev, title: 'Title with <angle> brackets' }));
    expect(JSON.parse(readFileSync(join(outDir, 'citations', `${zerkaloSupplied.id}.json`), 'utf8'))[0]).toMatchObject({
      type: 'article-newspaper',
    });
  });

  it('leaves a file whose text is already there as it is, and rewrites one that changed', () => {
    const outDir = builtSite();
    writeCitationFiles(outDir);
    const old = new Date(2020, 0, 1);
    const bib = (id: string) => join(outDir, 'citations', `${id}.bib`);
    for (const id of [rgMedvedev.id, zerkaloSupplied.id]) utimesSync(bib(id), old, old);
    writeFileSync(join(outDir, 'articles/2025/b/index.html'), page({ ...zerkaloSupplied, outlet: 'Наша Ніва' }));

    const again = writeCitationFiles(outDir);
    expect(again.written).toBe(3);
    expect(again.files).toHaveLength(6);
    expect(statSync(bib(rgMedvedev.id)).mtime).toEqual(old);
    expect(statSync(bib(zerkaloSupplied.id)).mtime).not.toEqual(old);
    expect(readFileSync(bib(zerkaloSupplied.id), 'utf8')).toContain('Наша Ніва');
  });

  it('with a cache, takes the files of a page left in place from it, and reads a page written anew', () => {
    const outDir = builtSite();
    const cache = join(outDir, '..', 'cache', 'citation-pages.json');
    const first = writeCitationFiles(outDir, cache);
    expect(first.written).toBe(6);
    const same = writeCitationFiles(outDir, cache);
    expect(same).toEqual({ files: first.files, written: 0 });

    writeFileSync(join(outDir, 'articles/2025/b/index.html'), page({ ...zerkaloSupplied, outlet: 'Наша Ніва' }));
    rmSync(join(outDir, 'citations', `${rgMedvedev.id}.ris`));
    const again = writeCitationFiles(outDir, cache);
    expect(again.written).toBe(4);
    expect(again.files).toEqual(first.files);
    expect(readFileSync(join(outDir, 'citations', `${zerkaloSupplied.id}.bib`), 'utf8')).toContain('Наша Ніва');
    expect(existsSync(join(outDir, 'citations', `${rgMedvedev.id}.ris`))).toBe(true);
  });
});

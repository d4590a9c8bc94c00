import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, type BuildResult } from './support/build.ts';
import { tempDir } from './support/temp.ts';

// test/fixtures/names: two articles written for these tests. Андрей Носков is in no registry file; he is
// named in full in both (in two cases) and by his bare surname in each (Носкова, Носков). Сергей Румас and Лукашенко are
// registry people; Лукашенко only in a Belarusian paragraph, inflected (Аляксандра Лукашэнкі). Ольга Сидоренко
// is named in full once. The photo credit names Пётр Фотографов, who must get nothing.
describe('names found in the articles become provisional entities', () => {
  let site: BuildResult;
  let lock: Record<string, Record<string, string>>;
  beforeAll(async () => {
    site = await buildArchive('names', { fixture: 'names' });
    if (site.status !== 0) throw new Error(site.output);
    lock = JSON.parse(readFileSync(join(site.contentDir, 'permalinks.json'), 'utf8')) as typeof lock;
  });
  const article = (id: string) => site.page(lock.articles![id]!);
  /** An entity's locked path, from its ref (`people/rumas`): what its mentions link. */
  const entityPath = (ref: string) => lock[ref.split('/')[0]!]![ref.split('/')[1]!];
  const linked = (id: string, entity: string) =>
    [...article(id).querySelectorAll(`.article-body a.mention[href="${entityPath(entity)}"]`)].map(
      (a) => a.textContent,
    );

  it('gives a full name found in two articles a page marked as not yet reviewed, under the lock', () => {
    const path = lock.people!['andrey-noskov'];
    expect(path).toBe('/people/andrey-noskov/');
    const page = site.page(path!);
    expect(page.querySelector('h1')!.textContent).toBe('Андрей Носков');
    expect(page.querySelector('[data-provisional]')!.textContent).toMatch(/не проверена редактором/);
    expect(site.page(lock.people!.rumas!).querySelector('[data-provisional]')).toBeNull();
  });

  it('links its mentions, in every case, to the exact paragraphs', () => {
    expect(linked('001_names', 'people/andrey-noskov')).toEqual(['Андрей Носков', 'Носкова']);
    expect(linked('002_names', 'people/andrey-noskov')).toEqual(['Андреем Носковым', 'Носков']);
    expect(linked('001_names', 'people/rumas')).toEqual(['Сергей Румас']);
  });

  it('reaches a registry person through a Belarusian inflected spelling', () => {
    expect(linked('002_names', 'people/lukashenko')).toEqual(['Аляксандра Лукашэнкі']);
  });

  it('takes no name from a photo credit', () => {
    expect(Object.keys(lock.people!).sort()).toEqual(['andrey-noskov', 'lukashenko', 'olga-sidorenko', 'rumas']);
  });

  // The same archive built again after its provisional names stopped being proposed: an editor made a registry
  // entry for Андрей Носков under another id, and rejected Ольга Сидоренко (as a change of detection's rules
  // or a withdrawn capture would drop her). Both URLs were published; neither may break, nor stop the build.
  describe('when provisional names are no longer proposed', () => {
    let next: BuildResult;
    let strict: BuildResult;
    const noskov = [
      'names: { ru: Андрей Носков, en: Andrei Noskov }',
      'role: { ru: министр связи, en: minister of communications }',
      'givenName: { ru: Андрей, en: Andrei }',
      'surname: { ru: Носков, en: Noskov }',
      'gender: male',
      '',
    ].join('\n');
    beforeAll(async () => {
      const content = join(tempDir('names-next-'), 'content');
      cpSync(site.contentDir, content, { recursive: true });
      writeFileSync(join(content, 'people/noskov.yaml'), noskov);
      writeFileSync(join(content, 'name-decisions.yaml'), 'rejected:\n  - name: Ольга Сидоренко\n    type: person\n');
      next = await buildArchive('names-next', { fixture: 'names', env: { LETOPIS_CONTENT: content }, verbose: true });
      if (next.status !== 0) throw new Error(next.output);
      // An editor's path keeps the strict rule: a registry file deleted stops the build.
      const deleted = join(tempDir('names-strict-'), 'content');
      cpSync(content, deleted, { recursive: true });
      rmSync(join(deleted, 'people/rumas.yaml'));
      strict = await buildArchive('names-strict', { fixture: 'names', env: { LETOPIS_CONTENT: deleted } });
    });
    const record = () =>
      JSON.parse(readFileSync(join(next.contentDir, 'provisional.json'), 'utf8')) as Record<string, unknown>;

    it('records which published paths were provisional, beside the lock and under its digests', () => {
      const first = JSON.parse(readFileSync(join(site.contentDir, 'provisional.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(Object.keys(first).sort()).toEqual(['people/andrey-noskov', 'people/olga-sidorenko']);
      expect(first['people/andrey-noskov']).toMatchObject({ status: 'live', names: { ru: 'Андрей Носков' } });
      expect(readFileSync(join(site.contentDir, 'permalinks.sha256'), 'utf8')).toMatch(/ {2}provisional\.json\n/u);
    });

    it('redirects a name an editor accepted under another id to its registry page, in both interfaces', () => {
      expect(next.output).toMatch(/2 provisional pages are no longer proposed: 1 redirected .*1 tombstone/u);
      expect(next.output).toMatch(/recorded in .*provisional\.json/u);
      for (const [from, to] of [
        ['/people/andrey-noskov/', '/people/noskov/'],
        ['/en/people/andrey-noskov/', '/en/people/noskov/'],
      ] as const) {
        const page = next.page(from);
        expect(page.querySelector('meta[name="letopis-redirect"]')!.getAttribute('content')).toBe(to);
        expect(page.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
      }
      expect(record()['people/andrey-noskov']).toMatchObject({ status: 'redirect', to: '/people/noskov/' });
    });

    it('leaves a tombstone for a name no page has: proposed automatically, no longer proposed, nothing listed', () => {
      const ru = next.page('/people/olga-sidorenko/');
      expect(ru.querySelector('[data-provisional-retired]')!.getAttribute('data-provisional-retired')).toBe(
        'people/olga-sidorenko',
      );
      expect(ru.querySelector('h1')!.textContent).toBe('Ольга Сидоренко');
      expect(ru.querySelector('main')!.textContent).toMatch(/составлена автоматически.*больше не предлагается/su);
      expect(ru.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
      expect(ru.querySelector('[data-pagefind-body]')).toBeNull();
      expect(ru.querySelectorAll('main a.mention, main a[href*="/articles/"]')).toHaveLength(0);
      const en = next.page('/en/people/olga-sidorenko/');
      expect(en.documentElement.getAttribute('lang')).toBe('en');
      expect(en.querySelector('main')!.textContent).toMatch(/made automatically.*no longer proposed/su);
      expect(record()['people/olga-sidorenko']).toMatchObject({ status: 'tombstone' });
    });

    it('keeps both paths in the lock, out of its pages, of the sitemap and of the people index', () => {
      const nextLock = JSON.parse(readFileSync(join(next.contentDir, 'permalinks.json'), 'utf8')) as typeof lock;
      expect(nextLock.people).toMatchObject({
        'andrey-noskov': '/people/andrey-noskov/',
        'olga-sidorenko': '/people/olga-sidorenko/',
        noskov: '/people/noskov/',
      });
      expect(Object.keys(nextLock.pages!).filter((p) => /noskov|sidorenko/u.test(p))).toEqual([]);
      expect(next.read('/sitemap-0.xml')).not.toMatch(/people\/(?:andrey-noskov|olga-sidorenko)/u);
      expect(next.read('/people/index.html')).not.toMatch(/olga-sidorenko|andrey-noskov/u);
    });

    it('still stops on an editor’s path that is gone', () => {
      expect(strict.status).not.toBe(0);
      expect(strict.output).toMatch(
        /people\/rumas was published at \/people\/rumas\/ but is gone from content\/people\//u,
      );
    });
  });
});

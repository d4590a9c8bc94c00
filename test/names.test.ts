import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, type BuildResult } from './support/build.ts';

// test/fixtures/names: two articles written for these tests. Андрей Носков is in no registry file; he is
// named in full in both (in two cases) and by his bare surname in each (Носкова, Носков). Сергей Румас and Лукашенко are
// registry people; Лукашенко only in a Belarusian paragraph, inflected (Аляксандра Лукашэнкі). The photo
// credit names Пётр Фотографов, who must get nothing.
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
    expect(Object.keys(lock.people!).sort()).toEqual(['andrey-noskov', 'lukashenko', 'rumas']);
  });
});

import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry, RegistryError, splitFrontmatter } from './load-registry.ts';
import { contentDir } from './test-seeds.ts';

async function contentWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'letopis-registry-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const validPerson = `names: { ru: Сергей Румас, en: Sergei Rumas }
role: { ru: Премьер-министр, en: Prime Minister }
givenName: { ru: Сергей, en: Sergei }
surname: { ru: Румас, en: Rumas }
gender: male
`;

describe('loadRegistry', () => {
  it('loads the real registry without problems', async () => {
    const registry = await loadRegistry(contentDir);
    const refs = registry.entities.map((e) => e.ref);
    for (const ref of [
      'people/lukashenko',
      'people/medvedev',
      'people/rumas',
      'people/mishustin',
      'people/popkov',
      'people/nikiforov',
      'people/gryzlov',
      'people/putin',
      'people/trump',
      'organizations/hi-tech-park',
      'organizations/eaeu',
      'organizations/skolkovo',
      'organizations/union-state',
      'organizations/gostech',
      'events/open-innovations-2019',
      'events/forum-of-regions-2017',
      'events/digital-almaty-2023',
      'events/lukashenko-gryzlov-2022-05-12',
    ]) {
      expect(refs).toContain(ref);
    }
    expect(registry.topics.map((t) => t.id)).toEqual(
      expect.arrayContaining(['eaeu-digital-cooperation', 'hi-tech-park']),
    );
    expect(registry.topics.length).toBeGreaterThanOrEqual(6);
    for (const topic of registry.topics) expect(topic.body.length).toBeGreaterThan(50);
  });

  it('reports every problem at once, each with its file and a fix', async () => {
    const dir = await contentWith({
      'people/rumas.yaml': validPerson,
      'people/Bad_Name.yaml': validPerson,
      'people/typo.yaml': `${validPerson}gendr: male\n`,
      'people/broken.yaml': 'names: [unclosed\n',
      'people/no-surname.yaml': validPerson.replace(/surname:.*\n/, ''),
      'organizations/eaeu.yaml': 'names: { ru: ЕАЭС, en: EAEU }\nkind: union\nacronyms: [еаэс]\n',
      'events/forum.yaml':
        'names: { ru: Форум, en: Forum }\nkind: forum\nstart: 2017-06-30\nprecision: month\nplace: { ru: Минск }\n',
      'events/meeting.yaml':
        'names: { ru: Встреча, en: Meeting }\nkind: meeting\nstart: 2022-05-12\nprecision: day\nplace: { ru: Минск }\nparticipants: [people/nobody]\n',
      'events/leap.yaml':
        'names: { ru: Встреча, en: Meeting }\nkind: meeting\nstart: "2019-02-29"\nprecision: day\nplace: { ru: Минск }\n',
      'topics/ghost.mdx':
        '---\nnames: { ru: Призрак, en: Ghost }\nrule:\n  entities: [organizations/ghost]\n  keywords: ["organizations/phantom & цифровой"]\n---\n\nОписание.\n',
      'topics/no-frontmatter.mdx': 'Просто текст.\n',
      'people/short-alias.yaml': `${validPerson}aliases: ['Р', ' - ', Сергей Румас]\n`,
    });
    const error = await loadRegistry(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RegistryError);
    const problems = (error as RegistryError).problems;
    const byFile = (file: string) => problems.filter((p) => p.file === file).map((p) => p.message);

    expect(byFile('people/rumas.yaml')).toEqual([]);
    expect(byFile('people/Bad_Name.yaml')).toEqual([expect.stringMatching(/kebab-case.*Rename the file/)]);
    expect(byFile('people/typo.yaml')).toEqual([expect.stringMatching(/gendr.*Remove or rename the key/)]);
    expect(byFile('people/broken.yaml')).toEqual([expect.stringMatching(/not valid YAML/)]);
    expect(byFile('people/no-surname.yaml')).toEqual([expect.stringMatching(/^surname: .*Add the field/)]);
    expect(byFile('organizations/eaeu.yaml')).toEqual([
      expect.stringMatching(/^acronyms\.0:/),
      expect.stringMatching(/^kind:/),
    ]);
    expect(byFile('events/forum.yaml')).toEqual([
      expect.stringMatching(/^start: precision "month" needs start written YYYY-MM/),
    ]);
    expect(byFile('events/meeting.yaml')).toEqual([
      expect.stringMatching(/participants names "people\/nobody".*Create content\/people\/nobody\.yaml/),
    ]);
    // 2019 was not a leap year: the day looks like a date and is none.
    expect(byFile('events/leap.yaml')).toEqual([expect.stringMatching(/^start: must be a real date/)]);
    expect(byFile('topics/ghost.mdx')).toEqual([
      expect.stringMatching(/rule\.entities names "organizations\/ghost"/),
      expect.stringMatching(/rule\.keywords .* names "organizations\/phantom"/),
    ]);
    // A one-letter or letterless alias would link every sentence that starts with that letter.
    expect(byFile('people/short-alias.yaml')).toEqual([
      expect.stringMatching(/^aliases\.0: .*two letters/),
      expect.stringMatching(/^aliases\.1: .*two letters/),
    ]);
    expect(byFile('topics/no-frontmatter.mdx')).toEqual([expect.stringMatching(/no frontmatter/)]);
    // One message lists them all, each line naming its file.
    expect((error as Error).message.split('\n')).toHaveLength(problems.length + 1);
    for (const p of problems) expect((error as Error).message).toContain(`${p.file}: ${p.message}`);
  });

  it('splits MDX frontmatter', () => {
    expect(splitFrontmatter('---\na: 1\n---\n\nТекст\n')).toEqual({ frontmatter: 'a: 1', body: '\nТекст\n' });
    expect(splitFrontmatter('Текст')).toBeUndefined();
  });
});

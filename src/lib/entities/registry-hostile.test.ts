/**
 * Registry files an attacker or a careless editor could write: raw HTML and script links in a topic's
 * description, control characters, a second file for one id, bidi overrides in names, javascript: links.
 * Each is a clear problem naming the file (and line), or made harmless; never a stack trace.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry, RegistryError } from './load-registry.ts';

async function contentWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'letopis-registry-hostile-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const person = (ru: string, en = 'Vladimir Putin') => `names: { ru: "${ru}", en: "${en}" }
role: { ru: Президент, en: President }
givenName: { ru: Владимир, en: Vladimir }
surname: { ru: Путин, en: Putin }
gender: male
`;

const topic = (body: string) => `---
names: { ru: Тема, en: Topic }
rule:
  keywords: [тема]
---

${body}
`;

async function problemsOf(files: Record<string, string>): Promise<Array<{ file: string; message: string }>> {
  const error = await loadRegistry(await contentWith(files)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RegistryError);
  return [...(error as RegistryError).problems];
}

describe('hostile registry files', () => {
  it('refuses raw HTML, script links and foreign images in a topic description, with the line', async () => {
    const problems = await problemsOf({
      'topics/evil.mdx': topic(
        [
          'Описание темы.',
          '',
          '<script src="/captures/000_132f9a9ed851b9fb.txt"></script>',
          '',
          'Текст <meta http-equiv="refresh" content="5;url=https://evil.example/"> и <iframe src="https://evil.example/"></iframe>.',
          '',
          '[ссылка](javascript:alert(1)) и [другая](<JaVaScRiPt:alert(2)>) [ещё](data:text/html;base64,PHNjcmlwdD4=) ![картинка](https://evil.example/x.png)',
          '',
          '<form action="https://evil.example/"><input name="q"></form> <a href="#" onclick="alert(3)">a</a> <style>body{display:none}</style>',
          '',
          '<link rel="stylesheet" href="https://evil.example/x.css">',
        ].join('\n'),
      ),
    });
    const messages = problems.filter((p) => p.file === 'topics/evil.mdx').map((p) => p.message);
    // The body starts on line 7 of the file (after 5 lines of frontmatter and a blank line).
    expect(messages).toEqual([
      expect.stringMatching(/^line 9: raw HTML \(<script>\).*Write it in Markdown instead/),
      expect.stringMatching(/^line 11: raw HTML \(<meta>\)/),
      expect.stringMatching(/^line 13: the link "javascript:alert\(1\)"/),
      expect.stringMatching(/^line 13: the link "JaVaScRiPt:alert\(2\)"/),
      expect.stringMatching(/^line 13: the link "data:text\/html/),
      expect.stringMatching(/^line 13: the image "https:\/\/evil\.example\/x\.png"/),
      expect.stringMatching(/^line 15: raw HTML \(<form>\)/),
      expect.stringMatching(/^line 17: raw HTML \(<link>\)/),
    ]);
  });

  it('accepts Markdown an editor needs', async () => {
    const registry = await loadRegistry(
      await contentWith({
        'topics/fine.mdx': topic(
          '## Заголовок\n\n**Жирный**, _курсив_, `код`, [сайт](https://example.org/), [тема](/topics/x/), [почта](mailto:a@example.org).\n\n> цитата\n\n- один\n- два\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![схема](/images/scheme.png) и 2 < 3',
        ),
      }),
    );
    expect(registry.topics).toHaveLength(1);
  });

  it('names both files when two hold one id (putin.yaml and putin.yml)', async () => {
    const problems = await problemsOf({
      'people/putin.yaml': person('Владимир Путин'),
      'people/putin.yml': person('Самозванец'),
    });
    expect(problems).toEqual([
      {
        file: 'people/putin.yaml',
        message: expect.stringMatching(
          /same id as people\/putin\.yml.*Merge them into people\/putin\.yaml and delete people\/putin\.yml/,
        ),
      },
    ]);
  });

  it('refuses control characters, in the text or written as YAML escapes, naming the line or field', async () => {
    const problems = await problemsOf({
      'people/nul.yaml': person('Владимир\u0000Путин'),
      'people/escaped.yaml': person('Владимир\\0Путин'),
      'people/bell.yaml': person('Владимир Путин').replace('gender: male', 'gender: male\n# \u0007'),
    });
    const byFile = Object.fromEntries(problems.map((p) => [p.file, p.message]));
    expect(byFile['people/nul.yaml']).toMatch(/^line 1 holds the control character U\+0000.*Delete it/);
    expect(byFile['people/escaped.yaml']).toMatch(
      /^names\.ru holds the control character U\+0000 \(written as a YAML escape\)/,
    );
    expect(byFile['people/bell.yaml']).toMatch(/^line 6 holds the control character U\+0007/);
  });

  it('refuses javascript: and data: links in an entity', async () => {
    const problems = await problemsOf({
      'people/putin.yaml': `${person('Владимир Путин')}links: ["javascript:alert(1)", "data:text/html,x", "https://kremlin.ru/"]\n`,
    });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^links\.0:/),
      expect.stringMatching(/^links\.1:/),
    ]);
  });

  it('removes bidi overrides and zero-width characters from names, and refuses a name of nothing else', async () => {
    const registry = await loadRegistry(
      await contentWith({
        'people/putin.yaml': person('\u202EнитуП\u202C Влад\u200Bимир', 'Vla\u2066dimir\u2069 Pu\uFEFFtin'),
      }),
    );
    expect(registry.entities[0]!.names).toEqual({ ru: 'нитуП Владимир', en: 'Vladimir Putin' });
    const problems = await problemsOf({ 'people/putin.yaml': person('\u200B\u202E') });
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^names\.ru: must not be empty/)]);
  });
});

import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../src/lib/archive/read-metadata.ts';
import { parseIngestArgs, UsageError } from '../src/lib/ingest/args.ts';
import { metadataFromPage, parseMetaDate, personName } from '../src/lib/ingest/html-metadata.ts';
import { captureExtension, nextNumber } from '../src/lib/ingest/naming.ts';
import { runIngest } from '../src/lib/ingest/run.ts';
import { buildArchive } from './support/build.ts';
import { root } from './support/seeds.ts';
import { copyProjectInput } from './support/temp.ts';

const fixtures = join(root, 'test/fixtures/ingest');
const fixture = (name: string) => join(fixtures, name);

/** A copy of the project's seeds/ and content/ in test/.tmp: ingest never touches the real ones. */
const tempArchive = () => copyProjectInput('ingest-').dir;

/** Runs ingest in-process against `dir`, collecting what it prints. */
async function ingest(dir: string, ...argv: string[]) {
  const lines: string[] = [];
  const code = await runIngest([...argv, '--root', dir], {
    cwd: root,
    projectRoot: root,
    env: {},
    today: '2025-01-02',
    out: (l) => lines.push(l),
    err: (l) => lines.push(l),
  });
  const output = lines.join('\n');
  const urls = [...output.matchAll(/permanent URL: (\S+)/gu)].map((m) => m[1]!);
  return { code, output, urls };
}

const newFiles = (dir: string, sub: string) =>
  readdirSync(join(dir, sub))
    .filter((f) => /^0(0[5-9]|[1-9]\d)_/u.test(f))
    .sort();
const read = (dir: string, path: string) => readFileSync(join(dir, path));
const sidecarOf = (dir: string, capture: string) =>
  readFileSync(join(dir, 'content/articles', capture.replace(/\.[^.]+$/u, '.yaml')), 'utf8');

describe('ingest arguments', () => {
  it('reads a file and the optional flags', () => {
    expect(
      parseIngestArgs(['page.html', '--outlet', 'РГ', '--date', '2019-10', '--lang', 'RU', '--url', 'https://rg.ru/x']),
    ).toEqual({
      mode: 'ingest',
      target: 'page.html',
      flags: { outlet: 'РГ', date: '2019-10', lang: 'ru', url: 'https://rg.ru/x' },
      dryRun: false,
    });
    expect(parseIngestArgs(['--check'])).toEqual({ mode: 'check' });
  });

  it.each([
    [['x.txt', '--date', '2019-13'], /--date "2019-13" is not a real date.*YYYY-MM-DD/u],
    [['x.txt', '--url', 'rg.ru/x'], /--url "rg.ru\/x" is not a full address.*https:\/\//u],
    [['x.txt', '--lang', 'de'], /use ru, en or be/u],
    [['x.txt', '--outlet', ' '], /--outlet is empty/u],
    [['x.txt', '--colour', 'red'], /Unknown option '--colour'/u],
    [[], /name a file or folder/u],
    [['a.txt', 'b.txt'], /put them in a folder/u],
    [['--check', 'a.txt'], /--check validates the whole archive/u],
  ])('refuses %j, saying what to change', (argv, message) => {
    expect(() => parseIngestArgs(argv)).toThrow(UsageError);
    expect(() => parseIngestArgs(argv)).toThrow(message);
  });
});

describe('naming and page metadata', () => {
  it('takes the next free number after every numbered capture', () => {
    expect(nextNumber(['000_a.txt', '004_b.txt', 'SHA256SUMS', 'notes.txt'])).toBe('005');
    expect(nextNumber([])).toBe('000');
    expect(nextNumber(['999_a.txt'])).toBe('1000');
    expect(['a.TXT', 'b.md', 'c.htm', 'd.HTML', 'e.pdf', 'f'].map(captureExtension)).toEqual([
      'txt',
      'md',
      'html',
      'html',
      undefined,
      undefined,
    ]);
  });

  it('reads dates as pages write them, keeping the stated day', () => {
    expect(
      ['2023/05/12', '2023-05-12T23:35:00+03:00', '2023-5', '2023', '17.09.2021', '2023-02-30', 'вчера'].map(
        parseMetaDate,
      ),
    ).toEqual(['2023-05-12', '2023-05-12', '2023-05', '2023', '2021-09-17', undefined, undefined]);
    expect(personName('Петрова, Анна')).toBe('Анна Петрова');
  });

  it('prefers citation_* to og:* and ignores addresses as authors', () => {
    const tags = [
      { attribute: 'property' as const, key: 'article:author', value: 'https://facebook.com/someone' },
      { attribute: 'property' as const, key: 'og:url', value: 'https://a.example/x' },
      { attribute: 'link' as const, key: 'canonical', value: '/relative' },
      { attribute: 'name' as const, key: 'citation_publication_date', value: '2020/01/02' },
      { attribute: 'property' as const, key: 'article:published_time', value: '2020-01-03T01:00:00Z' },
    ];
    const meta = metadataFromPage(tags, 'Иван Иванов');
    expect(meta.url).toEqual({ value: 'https://a.example/x', source: '<meta property="og:url">' });
    expect(meta.date).toMatchObject({ value: '2020-01-02', source: '<meta name="citation_publication_date">' });
    expect(meta.author).toEqual({ value: 'Иван Иванов', source: "the page's byline" });
    expect(meta.outlet).toBeUndefined();
  });
});

describe('ingest of one file', () => {
  it('stores a saved news page byte for byte, with a sidecar from its meta tags, and prints the URL the build will give', async () => {
    const dir = tempArchive();
    const { code, output, urls } = await ingest(dir, fixture('news-page.html'));
    expect(code, output).toBe(0);
    const [capture] = newFiles(dir, 'seeds');
    expect(capture).toMatch(/^005_[0-9a-f]{16}\.html$/u);
    expect(read(dir, `seeds/${capture}`).equals(readFileSync(fixture('news-page.html')))).toBe(true);
    expect(readFileSync(join(dir, 'seeds/SHA256SUMS'), 'utf8')).toMatch(
      new RegExp(`^${capture!.slice(4, 20)}[0-9a-f]{48}  ${capture}$`, 'mu'),
    );

    const sidecar = sidecarOf(dir, capture!);
    const { metadata, problems } = readMetadata('x.yaml', sidecar);
    expect(problems).toEqual([]);
    expect(metadata).toEqual({
      outlet: 'Вестник Союза',
      url: 'https://vestnik-soyuza.example/tech/2023/05/12/minsk-i-moskva-zapustyat-centr-razrabotki.html',
      author: 'Анна Петрова',
      date: {
        value: '2023-05-12',
        precision: 'day',
        evidence: 'stated',
        note: expect.stringContaining('citation_publication_date'),
      },
    });
    expect(sidecar).toContain('outlet: Вестник Союза # from <meta property="og:site_name">');
    expect(sidecar).toContain('# from <meta name="citation_author"> "Петрова, Анна"');
    expect(sidecar).toMatch(/# outlet, url, author, date: read from the saved page's own tags/u);

    expect(urls).toEqual(['/articles/2023/minsk-i-moskva-zapustyat-sovmestny-tsentr-razrabotki-po/']);
    expect(output).toMatch(/extraction: +kept 7 paragraphs of the article; left out \d+ blocks of page: «Реклама»/u);
    expect(output).toContain('cleaner:       removed nothing');
    // The same URL as the build's own merge gives it, without writing the lock.
    expect(readFileSync(join(dir, 'content/permalinks.json'), 'utf8')).toBe(
      readFileSync(join(root, 'content/permalinks.json'), 'utf8'),
    );
    const check = await ingest(dir, '--check');
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain(
      `new permanent URL at the next build: ${urls[0]} (${capture!.replace('.html', '')})`,
    );
  });

  it('reads a Windows-1251 page by its <meta> charset', async () => {
    const dir = tempArchive();
    const { code, output, urls } = await ingest(dir, fixture('cp1251-page.html'));
    expect(code, output).toBe(0);
    expect(output).toContain('saved HTML page, windows-1251');
    expect(output).toContain('title:         Гродно и Смоленск обменяются опытом цифровизации');
    expect(urls).toEqual(['/articles/2021/grodno-i-smolensk-obmenyayutsya-opytom-tsifrovizatsii/']);
    const [capture] = newFiles(dir, 'seeds');
    expect(read(dir, `seeds/${capture}`).equals(readFileSync(fixture('cp1251-page.html')))).toBe(true);
    expect(readMetadata('x.yaml', sidecarOf(dir, capture!)).metadata).toMatchObject({
      outlet: 'Гродненская неделя',
      author: 'Ольга Ковалёва',
      date: { value: '2021-09-17' },
    });
    expect(output).toMatch(/unknown: +url/u);
  });

  it('files a capture nobody knows anything about under undated, and the sidecar says what is unknown', async () => {
    const dir = tempArchive();
    const { code, output, urls } = await ingest(dir, fixture('folder/d-note.txt'));
    expect(code, output).toBe(0);
    expect(urls).toEqual(['/articles/undated/belarus-and-russia-to-align-it-education-standards/']);
    const sidecar = sidecarOf(dir, newFiles(dir, 'seeds')[0]!);
    expect(readMetadata('x.yaml', sidecar)).toEqual({ metadata: {}, problems: [] });
    expect(sidecar).toContain('# Unknown at ingest: outlet, url, author, date.');
    expect(sidecar).toContain('#   value: "YYYY-MM-DD"');
    // Uncommenting the template gives a sidecar the build accepts.
    const filled = sidecar
      .replace('# outlet: …', 'outlet: Издание')
      .replace(/^# date:$/mu, 'date:')
      .replace(/^# {3}value: "YYYY-MM-DD"/mu, '  value: "2020-01-02"')
      .replace(/^# {3}(precision|evidence):/gmu, '  $1:');
    expect(readMetadata('x.yaml', filled)).toEqual({
      metadata: { outlet: 'Издание', date: { value: '2020-01-02', precision: 'day', evidence: 'stated' } },
      problems: [],
    });
    expect(output).toContain('add the date before the first build');
  });

  it('lets the flags win over the page and says the title it could not use', async () => {
    const dir = tempArchive();
    const { code, output, urls } = await ingest(
      dir,
      fixture('news-page.html'),
      '--outlet',
      'Другое издание',
      '--date',
      '2022',
      '--title',
      'Иначе',
      '--lang',
      'ru',
    );
    expect(code, output).toBe(0);
    expect(urls[0]).toMatch(/^\/articles\/2022\//u);
    const sidecar = sidecarOf(dir, newFiles(dir, 'seeds')[0]!);
    expect(readMetadata('x.yaml', sidecar).metadata).toMatchObject({
      outlet: 'Другое издание',
      date: { value: '2022', precision: 'year', evidence: 'stated' },
      language: 'ru',
    });
    expect(sidecar).not.toContain('og:site_name');
    expect(readMetadata('x.yaml', sidecar).metadata?.title).toBe('Иначе');
    expect(output).toContain("--title overrides the capture's own headline");
    expect(output).toContain('title:         [Иначе] (supplied)');
  });

  it("gives a capture without a headline a title drawn from its lead, and the editor's title with --title", async () => {
    const dir = tempArchive();
    const file = join(dir, 'untitled.txt');
    writeFileSync(
      file,
      'МОСКВА, 3 апр — Агентство. Министр рассказал журналистам о планах сотрудничества двух стран в сфере информационных технологий. Переговоры продлятся два дня.\n',
    );
    const drawn = await ingest(dir, file, '--dry-run');
    expect(drawn.code, drawn.output).toBe(0);
    expect(drawn.output).toContain(
      'title:         [Министр рассказал журналистам о планах сотрудничества двух стран в сфере информационных технологий] (supplied: drawn from the lead',
    );
    const { code, output } = await ingest(dir, file, '--title', 'О сотрудничестве');
    expect(code, output).toBe(0);
    expect(output).toContain('title:         [О сотрудничестве] (supplied)');
    expect(readMetadata('x.yaml', sidecarOf(dir, newFiles(dir, 'seeds')[0]!)).metadata).toEqual({
      title: 'О сотрудничестве',
    });
  });

  it('refuses a duplicate of an existing capture with its id, and writes nothing', async () => {
    const dir = tempArchive();
    const copy = await ingest(dir, fixture('folder/c-copy-of-000.txt'));
    expect(copy.code).toBe(1);
    expect(copy.output).toContain(
      'refused (duplicate): has the same text as seeds/000_132f9a9ed851b9fb.txt, already in the archive (id 000_132f9a9ed851b9fb)',
    );
    expect((await ingest(dir, fixture('news-page.html'))).code).toBe(0);
    const again = await ingest(dir, fixture('news-page.html'));
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/already in the archive \(id 005_[0-9a-f]{16}\)/u);
    expect(newFiles(dir, 'seeds')).toHaveLength(1);
    expect(newFiles(dir, 'content/articles')).toHaveLength(1);
  });

  it('compares with what the captures say now, whatever its duplicate index in the cache folder kept', async () => {
    const dir = tempArchive();
    const index = join(dir, 'node_modules/.astro/letopis-ingest-index.json');
    expect((await ingest(dir, fixture('news-page.html'))).code).toBe(0);
    expect(existsSync(index)).toBe(true);
    // A broken index is rebuilt from the captures, not trusted.
    writeFileSync(index, '{"version": 1, "captures": {"000_132f9a9ed851b9fb.txt": {"size": 1');
    expect((await ingest(dir, fixture('folder/c-copy-of-000.txt'), '--dry-run')).output).toContain(
      'has the same text as seeds/000_132f9a9ed851b9fb.txt',
    );
    // A capture edited after it was indexed is compared by its new text.
    const edited = join(dir, 'seeds/000_132f9a9ed851b9fb.txt');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(' и ', ' а также '));
    const copy = await ingest(dir, fixture('folder/c-copy-of-000.txt'), '--dry-run');
    expect(copy.code).toBe(0);
    expect(copy.output).not.toContain('same text');
  });

  it('writes nothing in a dry run', async () => {
    const dir = tempArchive();
    const { code, output } = await ingest(dir, fixture('news-page.html'), '--dry-run');
    expect(code).toBe(0);
    expect(output).toContain('would store:   seeds/005_');
    expect(newFiles(dir, 'seeds')).toEqual([]);
  });
});

describe('ingest of a folder', () => {
  it('ingests every good file, reports the bad one and the duplicate, and sums up', async () => {
    const dir = tempArchive();
    const { code, output, urls } = await ingest(dir, fixture('folder'));
    expect(code).toBe(1);
    const progress = output.split('\n').filter((l) => /^\[\d\/4\]/u.test(l));
    expect(progress).toEqual([
      expect.stringMatching(/^\[1\/4\] .*a-forum\.md → seeds\/005_[0-9a-f]{16}\.md$/u),
      expect.stringMatching(/^\[2\/4\] .*b-empty\.txt: skipped: the file is empty$/u),
      expect.stringMatching(/^\[3\/4\] .*c-copy-of-000\.txt: refused \(duplicate\): .*id 000_132f9a9ed851b9fb/u),
      expect.stringMatching(/^\[4\/4\] .*d-note\.txt → seeds\/006_[0-9a-f]{16}\.txt$/u),
    ]);
    expect(output).toContain('4 files: 2 ingested, 1 already archived (duplicate), 1 skipped (see above).');
    expect(output).toContain('line 7, prompt to subscribe, follow or share: «Подписывайтесь на наш канал в Telegram»');
    expect(urls).toEqual([
      '/articles/undated/forum-regionov-it-kompanii-vitebska-ishchut-partnyorov-v-pskove/',
      '/articles/undated/belarus-and-russia-to-align-it-education-standards/',
    ]);
    expect(newFiles(dir, 'seeds')).toHaveLength(2);
    expect(newFiles(dir, 'content/articles')).toHaveLength(2);
    expect((await ingest(dir, '--check')).code).toBe(0);
  });

  it('refuses --url and --title for a folder', async () => {
    const { code, output } = await ingest(tempArchive(), fixture('folder'), '--url', 'https://a.example/');
    expect(code).toBe(2);
    expect(output).toMatch(/--url and --title describe one article/u);
  });
});

describe('ingest --check', () => {
  it('lists the same problems the build would, with file, line and fix', async () => {
    const dir = tempArchive();
    writeFileSync(
      join(dir, 'content/articles/000_132f9a9ed851b9fb.yaml'),
      'outlet: РГ\ndate:\n  value: "2019-10"\n  precision: day\n  evidence: stated\n',
    );
    writeFileSync(join(dir, 'seeds/005_empty.html'), '');
    // Listed in SHA256SUMS as ingest would (an unlisted capture is a problem of its own, test/integrity.test.ts).
    appendFileSync(
      join(dir, 'seeds/SHA256SUMS'),
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  005_empty.html\n',
    );
    const { code, output } = await ingest(dir, '--check');
    expect(code).toBe(1);
    expect(output).toContain('found 2 problems');
    expect(output).toContain(
      'content/articles/000_132f9a9ed851b9fb.yaml:3: date.value: precision "day" needs a date written YYYY-MM-DD',
    );
    expect(output).toContain('seeds/005_empty.html: the file is empty');
    expect(output).toContain('→ ');
    expect(output).not.toMatch(/    at /u);
  });

  it('lists a broken lock together with every other problem, in one go', async () => {
    const dir = tempArchive();
    writeFileSync(join(dir, 'content/permalinks.json'), '{ "articles": ');
    writeFileSync(join(dir, 'content/redirects.yaml'), '- from: /articles/2019/loop/\n  to: /articles/2019/loop/\n');
    const { code, output } = await ingest(dir, '--check');
    expect(code, output).toBe(1);
    expect(output).toContain('content/permalinks.json: is not valid JSON');
    expect(output).toMatch(/content\/redirects\.yaml:\d+: .*\/articles\/2019\/loop\//u);
    expect(output).toContain('Fix each file listed above');
    expect(output).not.toMatch(/    at /u);
  });
});

describe('the ingest command line', () => {
  const cli = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', '--experimental-strip-types', 'scripts/ingest.ts', ...args],
      { cwd: root, encoding: 'utf8', env: { ...process.env, INIT_CWD: root } },
    );

  it('runs on Node 22 with nothing but its own output', () => {
    const dir = tempArchive();
    const run = cli(join(fixtures, 'folder/d-note.txt'), '--root', dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^.*d-note\.txt → seeds\/005_/u);
  });

  it('says what is wrong with the command, without a stack trace', () => {
    const run = cli('missing.txt', '--root', tempArchive());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ingest: missing.txt does not exist');
    expect(run.stderr).not.toMatch(/    at /u);
  });
});

describe('a real build of ingested HTML captures', () => {
  it('publishes them at exactly the URLs ingest printed, with the article text alone', async () => {
    const dir = tempArchive();
    const folder = join(dir, 'new');
    mkdirSync(folder);
    cpSync(fixture('news-page.html'), join(folder, 'news-page.html'));
    cpSync(fixture('cp1251-page.html'), join(folder, 'cp1251-page.html'));
    const { code, output, urls } = await ingest(dir, folder);
    expect(code, output).toBe(0);
    expect(urls).toHaveLength(2);
    const site = await buildArchive('ingest', {
      env: { LETOPIS_SEEDS: join(dir, 'seeds'), LETOPIS_CONTENT: join(dir, 'content') },
    });
    expect(site.status, site.output).toBe(0);
    const lock = JSON.parse(readFileSync(join(dir, 'content/permalinks.json'), 'utf8')) as {
      articles: Record<string, string>;
    };
    expect(Object.values(lock.articles)).toEqual(expect.arrayContaining(urls));
    const page = site.page(urls.find((u) => u.includes('minsk'))!);
    expect(page.querySelector('h1')!.textContent).toBe('Минск и Москва запустят совместный центр разработки ПО');
    const body = page.querySelector('.article-body')!;
    expect(body.querySelectorAll('[id^="p-"]')).toHaveLength(7);
    for (const chrome of [
      'Читайте также',
      'Поделиться',
      'Комментарии',
      'Новости по теме',
      'Политика',
      'Все права защищены',
    ])
      expect(body.textContent).not.toContain(chrome);
    expect(page.querySelector('.meta')!.textContent).toContain('Вестник Союза');
    expect(site.read(page.querySelector('.as-captured a.capture-link')!.getAttribute('href')!)).toBe(
      readFileSync(fixture('news-page.html'), 'utf8'),
    );
    const cp1251 = site.page(urls.find((u) => u.includes('grodno'))!);
    expect(cp1251.querySelector('.as-captured .meta')!.textContent).toContain('windows-1251');
    expect(cp1251.querySelector('.article-body')!.textContent).toContain('Смоленск покажет белорусским коллегам');
    expect(existsSync(join(dir, 'seeds/SHA256SUMS'))).toBe(true);
  });
});

describe('ingest of captures that state their date', () => {
  const dated = (name: string) => join(root, 'test/fixtures/capture-meta', name);
  const sidecarFor = (dir: string) =>
    readFileSync(join(dir, 'content/articles', `${newFiles(dir, 'seeds')[0]!.replace(/\.[^.]+$/u, '')}.yaml`), 'utf8');

  it('dates a text by its header, not by its update or a date in its body, and the sidecar says where the date is', async () => {
    const dir = tempArchive();
    const { code, output, urls } = await ingest(
      dir,
      dated('updated-vs-published.txt'),
      '--title',
      'Могилёвский завод начал выпуск электробусов',
    );
    expect(code, output).toBe(0);
    expect(urls[0]).toMatch(/^\/articles\/2021\//u);
    const sidecar = sidecarFor(dir);
    expect(readMetadata('x.yaml', sidecar).metadata?.date).toEqual({
      value: '2021-04-03',
      precision: 'day',
      evidence: 'stated',
      note: expect.stringContaining('Опубликовано 3 апреля 2021'),
    });
    expect(sidecar).toContain('# date: found by the capture reader in');
  });

  it('records a date read from the address as inferred, with its note', async () => {
    const dir = tempArchive();
    const { code, output } = await ingest(dir, dated('url-only.html'));
    expect(code, output).toBe(0);
    expect(readMetadata('x.yaml', sidecarFor(dir)).metadata?.date).toEqual({
      value: '2021-04-12',
      precision: 'day',
      evidence: 'inferred',
      note: expect.stringContaining('/2021/04/12/'),
    });
  });

  it('lets --date win over the date the capture states', async () => {
    const dir = tempArchive();
    const { code, output } = await ingest(
      dir,
      dated('belarusian-date.txt'),
      '--date',
      '2016-04',
      '--title',
      'У Брэсце адкрылі новы мост праз Мухавец',
    );
    expect(code, output).toBe(0);
    expect(readMetadata('x.yaml', sidecarFor(dir)).metadata?.date).toEqual({
      value: '2016-04',
      precision: 'month',
      evidence: 'stated',
    });
  });
});

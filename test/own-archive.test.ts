/**
 * An archive anyone can start: a fixture archive on another subject (test/fixtures/own-archive, a climate-policy
 * archive with one capture written for it) builds with its own identity from content/archive.yaml and shows no
 * trace of this one; an empty archive builds and shows a first page; a build for publication refuses without
 * a public address.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, type BuildResult } from './support/build.ts';
import { root } from './support/seeds.ts';
import { tempDir } from './support/temp.ts';

/** Every file of a built site with its text. */
function files(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push([relative(dir, path), readFileSync(path, 'utf8')]);
    }
  };
  walk(dir);
  return out;
}

/**
 * Words of this archive's identity and subject that another archive must never show. (Belarusian the language,
 * "белорусский"/"Belarusian", is the engine's: it reads captures in Belarusian and names the language.)
 */
const traces =
  /Летопис|Letopis|letopis\.example|Беларус|Belarus(?!ian)|белорусско-|Лукашенко|Lukashenko|ПВТ|ЕАЭС|EAEU/u;

describe('an archive on another subject, with its own identity', () => {
  let built: BuildResult;
  beforeAll(async () => {
    built = await buildArchive('own-archive', { fixture: 'own-archive', env: { LETOPIS_SITE: '' } });
    if (built.status !== 0) throw new Error(built.output);
  });

  it('shows no trace of this archive anywhere in its output (pages, feeds, citations, sitemap)', () => {
    const all = files(built.outDir).filter(([path]) => !/\.(woff2|wasm|pf_\w+|png|ico)$|^pagefind\//u.test(path));
    expect(all.length).toBeGreaterThan(20);
    expect(
      all.filter(([, text]) => traces.test(text)).map(([path, text]) => `${path}: ${traces.exec(text)![0]}`),
    ).toEqual([]);
  });

  it('names itself, in both interfaces, and is cited at its own public address', () => {
    expect(built.page('/').querySelector('.site-name')!.textContent).toBe('Жара');
    expect(built.page('/en/').querySelector('.site-name')!.textContent).toBe('Heatwatch');
    expect(built.page('/en/').querySelector('.site-tagline')!.textContent).toBe(
      'One newspaper\u2019s reporting on city climate policy'.replace('\u2019', "'"),
    );
    const [bib] = files(join(built.outDir, 'citations')).filter(([p]) => p.endsWith('.bib'));
    expect(bib![1]).toMatch(/url = \{https:\/\/heatwatch\.example\.net\/articles\/2025\//u);
    expect(bib![1]).toContain('Archived copy: Жара, captured 2025-05-14');
    // Accessed, as built: the day the copy was taken (src/lib/cite/citation-record.ts), not the day of the build.
    expect(bib![1]).toContain('urldate = {2025-05-14}');
    expect(built.page('/').querySelector('.preview-notice')).toBeNull();
  });

  it('names its editor and contact on the About page, with its own About text', () => {
    const about = built.page('/en/about/');
    expect(about.querySelector('.lead strong')!.textContent).toBe("one newspaper's");
    expect(about.querySelector('#editor + p')!.textContent).toContain('Dana Example');
    expect(about.querySelector('#editor + p a')!.getAttribute('href')).toBe('mailto:editor@heatwatch.example.net');
  });

  it('shows when an article was captured, apart from its publication, and the rights in its text', () => {
    const [path] = files(built.outDir)
      .map(([p]) => p)
      .filter((p) => /^articles\/2025\/.+\/index\.html$/u.test(p));
    const page = built.page(`/${path!.replace(/index\.html$/u, '')}`);
    expect(page.querySelector('[data-provenance="captured"] time')!.getAttribute('datetime')).toBe('2025-05-14');
    expect(page.querySelector('[data-cite-accessed]')!.getAttribute('datetime')).toBe('2025-05-14');
    expect(page.querySelector('[data-provenance="rights"]')!.textContent).toBe(
      '© The Riverside Courier; quoted for research',
    );
  });
});

describe('an archive with a Russian interface only', () => {
  it('publishes no /en/ pages, shows no language switch and lists no English page in its sitemap', async () => {
    const work = tempDir('ru-only-archive-');
    const fixture = join(root, 'test/fixtures/own-archive');
    cpSync(join(fixture, 'content'), join(work, 'content'), { recursive: true });
    const yaml = readFileSync(join(work, 'content/archive.yaml'), 'utf8').replace(
      'languages: [ru, en]',
      'languages: [ru]',
    );
    writeFileSync(join(work, 'content/archive.yaml'), yaml);
    const built = await buildArchive('ru-only-archive', {
      env: { LETOPIS_SEEDS: join(fixture, 'seeds'), LETOPIS_CONTENT: join(work, 'content'), LETOPIS_SITE: '' },
    });
    expect(built.status, built.output).toBe(0);
    expect(existsSync(join(built.outDir, 'en'))).toBe(false);
    expect(built.exists('/about/')).toBe(true);
    expect(built.page('/').querySelector('.language-switch')).toBeNull();
    expect(built.page('/').querySelector('link[hreflang="en"]')).toBeNull();
    expect(built.read('/sitemap-0.xml')).not.toContain('/en/');
    expect(built.read('/404.html')).not.toContain('/en/');
  });
});

describe('an archive with nothing in it yet', () => {
  it('builds, shows a first page that says what to do, and says its links point to the local preview', async () => {
    const work = tempDir('empty-archive-');
    mkdirSync(join(work, 'seeds'));
    mkdirSync(join(work, 'content'));
    const built = await buildArchive('empty-archive', {
      env: { LETOPIS_SEEDS: join(work, 'seeds'), LETOPIS_CONTENT: join(work, 'content'), LETOPIS_SITE: '' },
    });
    expect(built.status, built.output).toBe(0);
    const home = built.page('/');
    expect(home.querySelector('.site-name')!.textContent).toBe('Архив');
    expect(home.querySelector('.empty-archive')!.textContent).toContain('content/archive.yaml');
    expect(home.querySelector('.preview-notice')!.textContent).toContain('content/archive.yaml');
    expect(home.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe('http://localhost:4321/');
  });

  it('refuses to build for publication without a public address, naming the file to fix', async () => {
    const work = tempDir('publish-archive-');
    mkdirSync(join(work, 'seeds'));
    mkdirSync(join(work, 'content'));
    const built = await buildArchive('publish-archive', {
      env: {
        LETOPIS_SEEDS: join(work, 'seeds'),
        LETOPIS_CONTENT: join(work, 'content'),
        LETOPIS_SITE: '',
        LETOPIS_PUBLISH: '1',
      },
    });
    expect(built.status).not.toBe(0);
    expect(built.output).toContain('content/archive.yaml');
    expect(built.output).toContain('site: https://');
  });
});

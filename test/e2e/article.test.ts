import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { root } from '../support/seeds.ts';
import { SUB_PATH } from '../support/shared-build.ts';

const lock = JSON.parse(readFileSync(`${root}content/permalinks.json`, 'utf8')) as { articles: Record<string, string> };
const pathOf = (n: string) => Object.entries(lock.articles).find(([id]) => id.startsWith(`${n}_`))![1];

describe('a reader opens the archive', () => {
  const shared = useBuiltSite(SUB_PATH);

  it('goes from the home page to an article and to one of its paragraphs', async () => {
    const page = await shared.browser.newPage();
    await page.goto(shared.url('/'));
    await page
      .getByRole('link', { name: 'Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации' })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/letopis${pathOf('000')}`);
    await page.locator('#p-3 a.paragraph-anchor').click();
    expect(new URL(page.url()).hash).toBe('#p-3');
    expect(await page.locator('#p-3').evaluate((p) => getComputedStyle(p).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    );
    await page.close();
  });

  it('opens the "as captured" section, sees what was removed and opens the unchanged capture', async () => {
    const page = await shared.browser.newPage();
    await page.goto(shared.url(pathOf('004')));
    const removed = page.locator('.removed-blocks').getByText('Leave a Reply');
    await expect.poll(() => removed.isVisible()).toBe(false);
    await page.locator('summary', { hasText: 'Как сохранено' }).click();
    await expect.poll(() => removed.isVisible()).toBe(true);
    await page.locator('.as-captured a.capture-link').click();
    await expect.poll(() => page.locator('body').textContent()).toContain('Leave a Reply');
    expect(new URL(page.url()).pathname).toMatch(/\/captures\/004_[0-9a-f]{16}\.txt$/u);
    await page.close();
  });

  it('cites a paragraph in every format and copies a reference, all dated today', async () => {
    const context = await shared.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(shared.url(pathOf('000')));
    const now = new Date();
    const today = `${String(now.getDate()).padStart(2, '0')}.${String(now.getMonth() + 1).padStart(2, '0')}.${now.getFullYear()}`;
    await page.getByRole('button', { name: 'Цитировать абзац: Абзац 3' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const gostBlock = dialog.locator('[data-paragraph-format="gost"]');
    const quote = await gostBlock.locator('pre').textContent();
    expect(quote).toMatch(/^«Румас признался, что впечатлен увиденным/u);
    expect(quote).toContain(`#p-3 (дата обращения: ${today})`);
    // The original's address is named too, with its own access date (unknown for the seeds: no capture day).
    expect(quote).toContain(
      'URL: https://rg.ru/2019/10/23/dmitrij-medvedev-pokazal-belorusskomu-kollege-sergeiu-rumasu-innovacii.html (дата обращения неизвестна)',
    );
    await gostBlock.getByRole('button', { name: 'Копировать' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(quote);
    expect(await dialog.locator('[data-paragraph-format="apa"] pre').textContent()).toMatch(
      /^\(Дмитрий Медведев показал .*, 2019, para\. 3\)\n/u,
    );
    const bib = (await dialog.locator('[data-paragraph-format="bibtex"] pre').textContent())!;
    expect(bib).toMatch(/url = \{.*#p-3\}/u);
    expect(bib).toContain(
      `urldate = {${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}}`,
    );
    expect(await dialog.locator('[data-paragraph-format="ris"] pre').textContent()).toMatch(/UR {2}- .*#p-3\r?\n/u);
    expect(
      JSON.parse((await dialog.locator('[data-paragraph-format="csl-json"] pre').textContent())!)[0],
    ).toMatchObject({ locator: '3', label: 'paragraph' });
    await dialog.getByRole('button', { name: 'Закрыть' }).click();
    // The example of a paragraph citation is dated as the references above it.
    expect(await page.locator('.cite-paragraph-example').textContent()).toContain(`#p-1 (дата обращения: ${today})`);
    const gost = page.locator('[data-citation-format="gost"]');
    expect(await gost.locator('pre').textContent()).toContain(`(дата обращения: ${today})`);
    await gost.getByRole('button', { name: 'Копировать' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Российская газета. – 2019. – 23 окт.');
    await context.close();
  });

  it('dates the short references of entity pages and the examples on /cite/ today too', async () => {
    const page = await shared.browser.newPage();
    const now = new Date();
    const today = `${String(now.getDate()).padStart(2, '0')}.${String(now.getMonth() + 1).padStart(2, '0')}.${now.getFullYear()}`;
    await page.goto(shared.url('/people/lukashenko/'));
    await expect.poll(() => page.locator('.short-cite').textContent()).toContain(`(дата обращения: ${today})`);
    await page.goto(shared.url('/cite/'));
    await expect
      .poll(() => page.locator('[data-cite-live="gost"]').textContent())
      .toContain(`(дата обращения: ${today})`);
    await page.close();
  });

  it('shows a file format (BibTeX) on opening it, to copy or download', async () => {
    const context = await shared.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(shared.url(pathOf('000')));
    const bibtex = page.locator('[data-citation-format="bibtex"]');
    await expect.poll(() => bibtex.locator('pre').isVisible()).toBe(false);
    await bibtex.locator('summary').click();
    await expect.poll(() => bibtex.locator('pre').isVisible()).toBe(true);
    const entry = await bibtex.locator('pre').textContent();
    expect(entry).toMatch(/^@online\{/u);
    await bibtex.getByRole('button', { name: 'Копировать' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(entry);
    expect(await bibtex.getByRole('link', { name: 'Скачать .bib' }).getAttribute('download')).toMatch(
      /^000_[0-9a-f]{16}\.bib$/u,
    );
    await context.close();
  });
});

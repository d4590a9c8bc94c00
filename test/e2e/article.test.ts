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
    await page.getByRole('link', { name: 'Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/letopis${pathOf('000')}`);
    await page.locator('#p-3 a.paragraph-anchor').click();
    expect(new URL(page.url()).hash).toBe('#p-3');
    expect(await page.locator('#p-3').evaluate((p) => getComputedStyle(p).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('opens the "as captured" section, sees what was removed and opens the unchanged capture', async () => {
    const page = await shared.browser.newPage();
    await page.goto(shared.url(pathOf('004')));
    const removed = page.locator('.removed-blocks').getByText('Leave a Reply');
    await expect.poll(() => removed.isVisible()).toBe(false);
    await page.getByText('Как сохранено').click();
    await expect.poll(() => removed.isVisible()).toBe(true);
    await page.locator('.as-captured a.capture-link').click();
    await expect.poll(() => page.locator('body').textContent()).toContain('Leave a Reply');
    expect(new URL(page.url()).pathname).toMatch(/\/captures\/004_[0-9a-f]{16}\.txt$/u);
    await page.close();
  });

  it('cites a paragraph and copies a reference, dated today', async () => {
    const context = await shared.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(shared.url(pathOf('000')));
    const now = new Date();
    const today = `${String(now.getDate()).padStart(2, '0')}.${String(now.getMonth() + 1).padStart(2, '0')}.${now.getFullYear()}`;
    await page.getByRole('button', { name: 'Цитировать абзац: Абзац 3' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const quote = await dialog.locator('pre').textContent();
    expect(quote).toMatch(/^«Румас признался, что впечатлен увиденным/u);
    expect(quote).toContain(`#p-3 (дата обращения: ${today})`);
    await dialog.getByRole('button', { name: 'Копировать' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(quote);
    await dialog.getByRole('button', { name: 'Закрыть' }).click();
    const gost = page.locator('[data-citation-format="gost"]');
    expect(await gost.locator('pre').textContent()).toContain(`(дата обращения: ${today})`);
    await gost.getByRole('button', { name: 'Копировать' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Российская газета. – 2019. – 23 окт.');
    await context.close();
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
    expect(await bibtex.getByRole('link', { name: 'Скачать .bib' }).getAttribute('download')).toMatch(/^000_[0-9a-f]{16}\.bib$/u);
    await context.close();
  });
});

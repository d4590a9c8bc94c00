import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  hasRendering,
  keepRendering,
  pruneRenderings,
  readRendering,
  renderingForPage,
  renderingFile,
  useRenderingsFolder,
} from './rendering-store.ts';

const work = mkdtempSync(join(tmpdir(), 'letopis-renderings-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the renderings kept beside the content store (performance)', () => {
  it('gives back a kept rendering byte for byte, by its digest', () => {
    const folder = join(work, 'kept');
    expect(hasRendering(folder, 'a1b2')).toBe(false);
    const html = '<p id="p-1" data-paragraph="1">Первый абзац — «цитата»</p>\n';
    keepRendering(folder, 'a1b2', html);
    expect(hasRendering(folder, 'a1b2')).toBe(true);
    expect(readRendering(folder, 'a1b2')).toBe(html);
    useRenderingsFolder(folder);
    expect(renderingForPage('a1b2')).toBe(html);
  });

  it('says which file is missing and what to do, and files nothing under a name that is not a digest', () => {
    const folder = join(work, 'missing');
    expect(() => readRendering(folder, 'ffff')).toThrow(/ffff\.html.*delete the cache folder/u);
    expect(() => renderingFile(folder, '../escape')).toThrow(/not a content digest/u);
  });

  it('removes the renderings no entry has any more, and leftovers of interrupted writes', () => {
    const folder = join(work, 'pruned');
    for (const digest of ['aa', 'bb', 'cc']) keepRendering(folder, digest, digest);
    writeFileSync(join(folder, 'dd.html.123.tmp'), 'half');
    expect(pruneRenderings(folder, new Set(['bb']))).toBe(3);
    expect(readdirSync(folder)).toStrictEqual(['bb.html']);
    expect(pruneRenderings(join(work, 'none'), new Set())).toBe(0);
    expect(existsSync(join(work, 'none'))).toBe(false);
  });
});

/**
 * The content store's module as the build gives it (store-module.ts): the store file, read and parsed when the
 * module runs, so the pages get the data Astro's own module would have given them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { storeModuleSource } from './store-module.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Imports the module made for `file` (written beside it). */
async function importStore(file: string): Promise<unknown> {
  const module = join(dir!, `store-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(module, storeModuleSource(file, 'stamp'));
  return ((await import(pathToFileURL(module).href)) as { default: unknown }).default;
}

describe('the content store module', () => {
  it('exports what the store file holds, quotes, backslashes and Cyrillic included', async () => {
    dir = mkdtempSync(join(tmpdir(), 'letopis-store-module-'));
    const data = [{ articles: 1 }, 'Лукашенко сказал: "нет" \\ 1', [2, 3], null];
    const file = join(dir, 'data-store.json');
    writeFileSync(file, JSON.stringify(data));
    expect(await importStore(file)).toEqual(data);
  });

  it('fails, naming the file, when the store cannot be read', async () => {
    dir = mkdtempSync(join(tmpdir(), 'letopis-store-module-'));
    const missing = join(dir, 'gone', 'data-store.json');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      await expect(importStore(missing)).rejects.toThrow(/ENOENT/u);
    } finally {
      console.error = original;
    }
    expect(String(errors[0])).toContain(missing);
    // The stamp is used by the module's code: a bundler keeps it, and the module's name changes with it.
    expect(String(errors[0])).toContain('(stamp)');
  });

  it('differs with the state of the store file it reads, so a second build in one process imports the new one', () => {
    expect(storeModuleSource('/cache/data-store.json', '10 1 2')).not.toBe(
      storeModuleSource('/cache/data-store.json', '11 3 4'),
    );
  });
});

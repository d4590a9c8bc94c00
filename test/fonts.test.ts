/**
 * The web fonts the archive ships (src/assets/fonts/, made by `npm run fonts`) are Fontsource's PT Serif
 * files without their hinting: the same characters, much smaller; and the stylesheet loads those files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { root } from './support/seeds.ts';

const shippedDir = join(root, 'src/assets/fonts');
const originalDir = join(root, 'node_modules/@fontsource/pt-serif/files');
const shipped = readdirSync(shippedDir).filter((file) => file.endsWith('.woff2'));
/** TrueType hinting: the font program, the control value program and table. */
const hintingTables = ['fpgm', 'prep', 'cvt '];

async function face(path: string): Promise<Face> {
  return new Face(new Blob(await fontverter.convert(readFileSync(path), 'sfnt')));
}

describe('the shipped web fonts', () => {
  it('are the regular, italic and bold faces in Cyrillic and Latin, as fonts.css loads them', () => {
    expect(shipped.sort()).toEqual(
      ['400-italic', '400-normal', '700-normal']
        .flatMap((f) => ['cyrillic', 'latin'].map((s) => `pt-serif-${s}-${f}.woff2`))
        .sort(),
    );
    const css = readFileSync(join(root, 'src/styles/fonts.css'), 'utf8');
    const loaded = [...css.matchAll(/url\('([^']+\.woff2)'\)/gu)].map((m) => m[1]!);
    expect(loaded.map((url) => url.replace('../assets/fonts/', '')).sort()).toEqual(shipped.sort());
    for (const url of loaded) expect(existsSync(join(root, 'src/styles', url)), url).toBe(true);
    expect(existsSync(join(shippedDir, 'OFL.txt'))).toBe(true);
  });

  it.each(shipped)(
    '%s covers every character of its Fontsource original, without hinting, in at most half the bytes',
    async (file) => {
      const [ours, original] = [await face(join(shippedDir, file)), await face(join(originalDir, file))];
      expect([...ours.collectUnicodes()]).toEqual([...original.collectUnicodes()]);
      expect(hintingTables.filter((table) => original.referenceTable(table))).not.toEqual([]);
      expect(hintingTables.filter((table) => ours.referenceTable(table))).toEqual([]);
      expect(readFileSync(join(shippedDir, file)).length).toBeLessThan(
        readFileSync(join(originalDir, file)).length / 2,
      );
    },
  );
});

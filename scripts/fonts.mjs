#!/usr/bin/env node
// `npm run fonts`: makes the web fonts the archive ships (src/assets/fonts/) from @fontsource/pt-serif.
// Each file keeps every character of its Fontsource counterpart (and the glyphs they shape to) and drops only the
// TrueType hinting, which modern browsers do
// not use (DirectWrite, Core Text and FreeType's light hinting rasterize outlines on their own): the
// regular Cyrillic and Latin pair goes from 55 KB to 21 KB, and every first visit downloads that much less.
// PT Serif is under the SIL Open Font License (no reserved font name), which allows modified versions;
// its licence is copied beside the files. The output is deterministic; test/fonts.test.ts checks it.
//
//   node scripts/fonts.mjs
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';

const root = fileURLToPath(new URL('..', import.meta.url));
const fontsource = join(root, 'node_modules/@fontsource/pt-serif');
const out = join(root, 'src/assets/fonts');

/** The faces the archive uses: regular, italic and bold, in the Cyrillic and Latin subsets. */
const shippedFonts = ['400-normal', '400-italic', '700-normal'].flatMap((face) =>
  ['cyrillic', 'latin'].map((subset) => `pt-serif-${subset}-${face}.woff2`),
);

/** Every character the font has (its cmap), so that nothing but the hinting goes. */
async function charactersOf(font) {
  const face = new Face(new Blob(await fontverter.convert(font, 'sfnt')));
  return String.fromCodePoint(...face.collectUnicodes());
}

mkdirSync(out, { recursive: true });
for (const file of shippedFonts) {
  const original = readFileSync(join(fontsource, 'files', file));
  const unhinted = await subsetFont(original, await charactersOf(original), { targetFormat: 'woff2', noHinting: true });
  writeFileSync(join(out, file), unhinted);
  console.log(`${file}: ${original.length} → ${unhinted.length} bytes`);
}
copyFileSync(join(fontsource, 'LICENSE'), join(out, 'OFL.txt'));

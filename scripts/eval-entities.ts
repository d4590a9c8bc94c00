// `npm run eval:entities -- <folder>`: precision and recall of name detection against hand-marked names.
// The folder holds pairs `<doc>.txt` (the text; each line is a paragraph) and `<doc>.gold.tsv` (one name a
// line: `start<TAB>end<TAB>person|organization|place[<TAB>normal form]`, offsets in the .txt's characters).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { detectNames } from '../src/lib/entities/detect/index.ts';
import { emptyScore, formatScore, parseGold, scoreDocument } from '../src/lib/entities/evaluate.ts';
import { loadMorphology } from '../src/lib/entities/morphology.ts';

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: npm run eval:entities -- <folder with <doc>.txt and <doc>.gold.tsv pairs>');
  process.exit(2);
}
const morphology = await loadMorphology();
const score = emptyScore();
let documents = 0;
let elapsed = 0;
for (const file of readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const base = file.slice(0, -4);
  let goldSource: string;
  try {
    goldSource = readFileSync(path.join(folder, `${base}.gold.tsv`), 'utf8');
  } catch {
    console.error(
      `${path.join(folder, file)}: no ${base}.gold.tsv next to it; skipped. Write one (see scripts/eval-entities.ts).`,
    );
    continue;
  }
  const text = readFileSync(path.join(folder, file), 'utf8').replace(/\r\n/g, '\n');
  const lines = text.split('\n');
  const offsets: number[] = [];
  lines.reduce((offset, line) => (offsets.push(offset), offset + line.length + 1), 0);
  const started = performance.now();
  const names = detectNames(lines, morphology).map((n) => ({
    ...n,
    start: n.start + offsets[n.paragraph - 1],
    end: n.end + offsets[n.paragraph - 1],
  }));
  elapsed += performance.now() - started;
  scoreDocument(names, parseGold(goldSource, path.join(folder, `${base}.gold.tsv`)), score);
  documents++;
}
console.log(formatScore(score, documents));
console.log(`detection: ${(elapsed / Math.max(1, documents)).toFixed(2)} ms per document`);
if (process.argv.includes('--wrong'))
  for (const w of score.wrongNormals) console.log(`  ${w.text} → ${w.normal} (gold: ${w.gold})`);

// `npm run bench:enrichment -- [N]`: enrichment (registry mentions, quotes, topics and name detection)
// per article on the bench's deterministic synthetic archive of N articles (default 10,000), without the
// enrichment cache, as a cold build pays it. Figures depend on the machine and its load (printed).
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateArchive } from './bench/generate.mjs';
import { archivePaths } from '../src/lib/inputs/paths.ts';
import { readArchive } from '../src/lib/archive/read-archive.ts';
import { compileRegistry, enrichWith } from '../src/lib/entities/index.ts';
import { detectNames } from '../src/lib/entities/detect/index.ts';

const n = Number(process.argv[2] ?? 10000);
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(tmpdir(), `letopis-bench-enrichment-${n}`);
const archive = generateArchive({ n, dir, root, markdown: false });
const paths = archivePaths(root, { LETOPIS_SEEDS: archive.seedsDir, LETOPIS_CONTENT: archive.contentDir });
const started = performance.now();
const reading = await readArchive(paths);
const total = performance.now() - started;
if (!reading.ok) throw new Error(reading.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
const compiled = await compileRegistry(reading.archive.registry);
const articles = reading.archive.articles;
const again = performance.now();
for (const article of articles) {
  enrichWith(
    article.paragraphs.map((p) => p.text),
    compiled.index,
    compiled.topics,
    compiled.morphology,
  );
  detectNames(article.paragraphs, compiled.morphology);
}
const warm = performance.now() - again;
console.log(`${articles.length} articles, load average ${loadavg()[0].toFixed(1)}:`);
console.log(
  `  reading the archive with enrichment and detection, no cache: ${(total / articles.length).toFixed(2)} ms per article`,
);
console.log(
  `  enrichment and detection alone, morphology warm: ${(warm / articles.length).toFixed(2)} ms per article (target ≤ 20)`,
);
rmSync(dir, { recursive: true, force: true });
